// tsc copies no .lua files: put every src/**/*.lua next to its compiled module in dist/src (run by `npm run build`).
const { cpSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
cpSync(join(root, 'src'), join(root, 'dist', 'src'), {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || source.endsWith('.lua'),
});
