/**
 * Words that name a group of people (nationality, religion, origin, gender, sexuality, disability), in
 * normalised form (lowercase, ä → ae, accents removed). The learned model must not read them as evidence:
 * "Flüchtlinge sind Menschen wie du und ich" is no more offensive than "Nachbarn sind Menschen wie du und ich".
 * The feature hasher therefore reads the comment as if the group were not named at all, so what is *said* about
 * a group carries the score, never the group itself.
 */

const GERMAN_STEMS: readonly [stem: string, endings: readonly string[]][] = [
  ['fluechtling', ['', 'e', 'en', 's']],
  ['gefluechtete', ['', 'n', 'r']],
  ['auslaender', ['', 'n', 'in', 'innen']],
  ['migrant', ['', 'en', 'in', 'innen']],
  ['einwanderer', ['', 'n']],
  ['zuwanderer', ['', 'n']],
  ['asylbewerber', ['', 'n', 'in', 'innen']],
  ['asylsuchende', ['', 'n', 'r']],
  ['muslim', ['', 'e', 'en', 'in', 'innen', 'a']],
  ['moslem', ['', 's']],
  ['islam', ['']],
  ['jude', ['', 'n']],
  ['juedin', ['', 'nen']],
  ['christ', ['', 'en', 'in', 'innen']],
  ['schwule', ['', 'n', 'r']],
  ['schwuler', ['']],
  ['lesbe', ['', 'n']],
  ['homosexuelle', ['', 'n', 'r']],
  ['transmensch', ['', 'en']],
  ['transfrau', ['', 'en']],
  ['transmann', ['']],
  ['transmaenner', ['', 'n']],
  ['frau', ['', 'en']],
  ['schwarze', ['', 'n', 'r']],
  ['behinderte', ['', 'n', 'r']],
  ['afrikaner', ['', 'n', 'in', 'innen']],
  ['araber', ['', 'n', 'in', 'innen']],
  ['tuerke', ['', 'n']],
  ['tuerkin', ['', 'nen']],
  ['roma', ['']],
  ['sinti', ['']],
  ['syrer', ['', 'n', 'in', 'innen']],
  ['afghane', ['', 'n']],
  ['eritreer', ['', 'n']],
  ['albaner', ['', 'n']],
  ['kosovare', ['', 'n']],
  ['jugo', ['', 's']],
  ['italiener', ['', 'n']],
  ['deutsche', ['', 'n', 'r']],
  ['schweizer', ['', 'n', 'in', 'innen']],
  ['ukrainer', ['', 'n', 'in', 'innen']],
  ['russe', ['', 'n']],
  ['amerikaner', ['', 'n']],
  ['israeli', ['', 's']],
  ['palaestinenser', ['', 'n']],
  ['schwul', ['', 'e', 'en', 'er', 'es']],
  ['lesbisch', ['', 'e', 'en', 'er', 'es']],
  ['homosexuell', ['', 'e', 'en', 'er', 'es']],
  ['queer', ['', 'e', 'en', 'er', 'es']],
  ['transperson', ['', 'en']],
  ['tamile', ['', 'n']],
  ['juedinnen', ['']],
  ['lesben', ['']],
  ['transsexuelle', ['', 'n', 'r']],
  ['buddhist', ['', 'en', 'in', 'innen']],
  ['hindu', ['', 's']],
  ['sikh', ['', 's']],
  ['alevit', ['', 'en', 'in', 'innen']],
  ['jeside', ['', 'n']],
  ['jenische', ['', 'n', 'r']],
  ['asiate', ['', 'n']],
  ['asiatin', ['', 'nen']],
  ['chinese', ['', 'n']],
  ['chinesin', ['', 'nen']],
  ['pakistaner', ['', 'n']],
  ['vietnamese', ['', 'n']],
  ['philippiner', ['', 'n']],
  ['latino', ['', 's']],
  ['mexikaner', ['', 'n']],
  ['rumaene', ['', 'n']],
  ['portugiese', ['', 'n']],
  ['serbe', ['', 'n']],
  ['kroate', ['', 'n']],
  ['kurde', ['', 'n']],
  ['tschetschene', ['', 'n']],
];

const OTHER_LANGUAGES: readonly string[] = [
  // English
  'women', 'woman', 'muslims', 'muslim', 'jews', 'jew', 'gay', 'gays', 'lesbians', 'lesbian', 'trans', 'transgender', 'black', 'blacks',
  'immigrants', 'immigrant', 'refugees', 'refugee', 'migrants', 'migrant', 'disabled', 'foreigners', 'arabs', 'africans',
  // French
  'femmes', 'femme', 'musulmans', 'musulman', 'musulmane', 'musulmanes', 'juifs', 'juif', 'juive', 'juives', 'noirs', 'noir', 'noires',
  'homosexuels', 'homosexuel', 'homos', 'lesbiennes', 'lesbienne', 'refugies', 'refugie', 'immigres', 'immigre', 'handicapes', 'handicape',
  'etrangers', 'etranger', 'arabes', 'africains', 'migrants',
  // Italian
  'donne', 'donna', 'musulmani', 'musulmano', 'musulmana', 'ebrei', 'ebreo', 'ebrea', 'neri', 'nero', 'nera', 'omosessuali', 'omosessuale',
  'lesbiche', 'lesbica', 'immigrati', 'immigrato', 'rifugiati', 'rifugiato', 'disabili', 'disabile', 'stranieri', 'straniero', 'migranti',
  'migrante', 'arabi', 'africani',
  // Origins and religions the lists above lacked (also group names for the lexicon: lexicon-insults.ts).
  'asians', 'latinos', 'sikhs', 'kurds', 'syrians', 'afghans', 'turks', 'albanians', 'buddhists', 'eritreans', 'somalis', 'hindus', 'chinese',
  'asiatiques', 'chinois', 'tsiganes', 'roms', 'bouddhistes', 'hindous', 'kurdes', 'albanais', 'kosovars', 'erythreens', 'syriens', 'afghans', 'turcs',
  'maghrebins', 'asiatici', 'cinesi', 'albanesi', 'buddisti', 'curdi', 'eritrei', 'siriani', 'afghani', 'turchi', 'kosovari', 'marocchini',
  'tunisini', 'nigeriani', 'rumeni', 'rom', 'zingari',
];

function build(): ReadonlySet<string> {
  const out = new Set<string>(OTHER_LANGUAGES);
  for (const [stem, endings] of GERMAN_STEMS) for (const ending of endings) out.add(stem + ending);
  return out;
}

/** Normalised word forms that name a group of people. */
export const IDENTITY_FORMS: ReadonlySet<string> = build();

/**
 * Surnames of politicians that comment sections argue about, normalised. Read like group names (as if not there):
 * GermEval's tweets about Merkel or Erdogan were mostly abusive, and the model learnt to hold "Erdogan unterdrückt
 * die Presse" for the name. What is said about a politician carries the score, never the name.
 */
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set([
  'merkel', 'erdogan', 'putin', 'trump', 'blocher', 'kim', 'biden', 'macron', 'scholz', 'orban', 'selenskyj', 'selensky', 'netanjahu',
  'netanyahu', 'lukaschenko', 'assad', 'maduro', 'berset', 'seehofer', 'gauland', 'weidel', 'hoecke', 'koeppel', 'meloni', 'salvini',
  'obama', 'clinton', 'xi', 'jinping', 'khamenei', 'chamenei',
]);
