// Validates eval-data/*.jsonl (every line parses, has all fields with allowed values) and prints counts.
// Usage: node eval-data/validate.cjs
const fs = require('fs');
const path = require('path');
const SPECS = {
  'newsroom-dev.jsonl': {
    fields: { id: /^nr-\d{4}$/, language: ['de', 'fr', 'it', 'en'], dialect: [true, false], label: ['clean', 'insult', 'threat'], kind: /^[a-z-]+$/, text: /\S/ },
    groups: [['language'], ['label'], ['language', 'label'], ['language', 'dialect'], ['label', 'kind']],
  },
  'de-functional.jsonl': {
    fields: { id: /^fn-\d{4}$/, functionality: /^[a-z_]+$/, label: ['hateful', 'non-hateful', 'insult'],
      target: ['women', 'refugees', 'muslims', 'jews', 'gay', 'trans', 'black', 'disabled', 'foreigners', 'none', 'individual'], text: /\S/ },
    groups: [['label'], ['functionality', 'label'], ['target']],
  },
};
let failed = false;
for (const [file, spec] of Object.entries(SPECS)) {
  const lines = fs.readFileSync(path.join(__dirname, file), 'utf8').split('\n').filter((l) => l !== '');
  const rows = [];
  const ids = new Set();
  lines.forEach((line, i) => {
    let o;
    try { o = JSON.parse(line); } catch { console.error(`${file}:${i + 1}: invalid JSON`); failed = true; return; }
    for (const [k, rule] of Object.entries(spec.fields)) {
      const v = o[k];
      const ok = Array.isArray(rule) ? rule.includes(v) : typeof v === 'string' && rule.test(v);
      if (!ok) { console.error(`${file}:${i + 1}: bad field ${k}=${JSON.stringify(v)}`); failed = true; }
    }
    if (Object.keys(o).length !== Object.keys(spec.fields).length) { console.error(`${file}:${i + 1}: extra fields`); failed = true; }
    if (ids.has(o.id)) { console.error(`${file}:${i + 1}: duplicate id`); failed = true; }
    if (/ß/.test(o.text)) { console.error(`${file}:${i + 1}: contains ß`); failed = true; }
    ids.add(o.id);
    rows.push(o);
  });
  console.log(`\n## ${file}: ${rows.length} rows`);
  for (const g of spec.groups) {
    const c = {};
    for (const r of rows) { const k = g.map((f) => r[f]).join(' / '); c[k] = (c[k] || 0) + 1; }
    console.log(`\nby ${g.join(' / ')}:`);
    for (const k of Object.keys(c).sort()) console.log(`  ${k}: ${c[k]}`);
  }
}
if (failed) { console.error('\nVALIDATION FAILED'); process.exit(1); }
console.log('\nOK: all lines parse and have all fields');
