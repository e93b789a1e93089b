/**
 * Aimed threats: when a veiled threat or an intimidation becomes a threat (a second cue, an insult, the journalist or a
 * politician named; {@link escalatedThreat}), and a cue beside the reader's address ({@link cueAtAddress}).
 */
import type { Token } from './text-normalizer';
import { WordSet } from './word-table';
import type { LexiconHit } from './context-rules';

/**
 * A veiled threat ("du wirst es bereuen", "tu vas le regretter", "ti aspettiamo sotto casa") is held alone: the same
 * words are advice, banter or an appointment. A second, separate cue in the writer's own words aims it: an insult
 * (the threatened person is abused), a promise or an oath ("das verspreche ich dir", "parola mia"; THREAT_CUES),
 * or a second threat. Likewise a word of violence or pest control that is harmless about things ("loswerden",
 * "put down", "ausmerzen") next to people called vermin or animals. Quoted, reported, negated and fictional hits
 * have contexts and do not count.
 * Rows marked `veiled` ("un accident est vite arrivé", "deine Zeit wird kommen", "tu vas le regretter") are aimed
 * also by a cue or a second threat, and by naming the journalist or the writer ("Herr Redaktor", "journaleux",
 * "scribacchino"; {@link AIM}): said to the press, they are intimidation. Those that weigh below hold
 * ({@link VEILED_THREAT}) are approved alone.
 */
export const VEILED_THREAT = 0.6;
const WEAK_THREAT = 0.3;
const CUE_THREAT = 0.3;
const AIMING_INSULT = 0.6;
const DEHUMANISING_INSULT = 0.5;
const ESCALATED_THREAT = 0.92;

/**
 * Words for the journalist or the writer of an article, respectful or not: a veiled threat that names them is
 * intimidation of the press ("Un accident est vite arrivé, monsieur le journaliste", "Pass auf dich auf, Schreiberling").
 */
const AIM = new WordSet(new Set([
  'journalist', 'journalistin', 'journalisten', 'journalistinnen', 'journi', 'journis', 'redaktor', 'redaktorin', 'redaktoren', 'redakteur', 'redakteurin',
  'schreiberling', 'schreiberlinge', 'schreiberlingen', 'schmierfink', 'schmierfinken', 'lohnschreiber', 'schmierenjournalist', 'schmierenjournalisten',
  'pressefuzzi', 'luegenpresse', 'journaliste', 'journalistes', 'journaleux', 'journalope', 'journalopes', 'scribouillard', 'scribouillards', 'plumitif',
  'plumitifs', 'redacteur', 'redactrice', 'giornalista', 'giornalisti', 'giornalaio', 'giornalai', 'pennivendolo', 'pennivendoli', 'scribacchino',
  'scribacchini', 'redattore', 'redattrice', 'cronista', 'journalists', 'reporter', 'reporters', 'hack', 'hacks', 'scribbler', 'presstitute', 'presstitutes',
]));

/** Politicians' titles: a veiled threat addressed to one ("Herr Nationalrat", "Madame la conseillère") is intimidation too. */
const AIM_TITLE: ReadonlySet<string> = new Set(['nationalrat', 'nationalraetin', 'staenderat', 'staenderaetin', 'bundesrat', 'bundesraetin', 'gemeinderat', 'gemeinderaetin',
  'regierungsrat', 'regierungsraetin', 'grossrat', 'grossraetin', 'kantonsrat', 'kantonsraetin', 'stadtrat', 'stadtraetin', 'gemeindepraesident', 'gemeindepraesidentin',
  'stadtpraesident', 'stadtpraesidentin', 'minister', 'ministerin', 'conseiller', 'conseillere', 'ministre', 'depute', 'deputee', 'syndic', 'maire', 'consigliere', 'consigliera',
  'sindaco', 'sindaca', 'ministro', 'deputato', 'deputata', 'councillor', 'councilor', 'mayor', 'mp', 'senator']);
/** Forms of address before a title ("Herr", "Frau", "monsieur le", "signor"). */
const HONORIFIC: ReadonlySet<string> = new Set(['herr', 'frau', 'liebe', 'lieber', 'geschaetzte', 'geschaetzter', 'monsieur', 'madame', 'le', 'la', 'signor', 'signora', 'egregio',
  'gentile', 'mr', 'mrs', 'ms', 'dear']);

/** Road and traffic words: "Herr Nationalrat, ein Unfall ist schnell passiert auf dieser Strasse" is a plea for safety. */
const ROAD: ReadonlySet<string> = new Set(['strasse', 'strassen', 'kreisel', 'verkehr', 'tempo', 'velo', 'velos', 'kreuzung', 'trottoir', 'fussgaenger', 'autobahn', 'route', 'routes',
  'carrefour', 'vitesse', 'trottoir', 'strada', 'strade', 'incrocio', 'velocita', 'road', 'roads', 'traffic', 'junction', 'speed', 'crossing', 'radar',
  // Texting at the wheel: "surtout pour ceux qui écrivent des SMS au volant".
  'sms', 'texto', 'textos', 'volant', 'lenkrad', 'steuer', 'handy', 'volante', 'messaggi', 'wheel', 'texting', 'texts']);
/** "like you", "comme vous", "wie du", "come te": the reader singled out. */
const LIKE: ReadonlySet<string> = new Set(['like', 'comme', 'wie', 'come']);
const LIKE_YOU: ReadonlySet<string> = new Set(['you', 'yours', 'vous', 'toi', 'du', 'dich', 'dir', 'euch', 'te', 'voi', 'ihr']);
/** Writing verbs: "people who write articles like that", "chi scrive certe cose", "Leute, die so etwas schreiben". */
const WRITES: ReadonlySet<string> = new Set(['write', 'writes', 'ecrit', 'ecrivent', 'ecris', 'ecrire', 'scrive', 'scrivono', 'scrivi', 'scrivere', 'schreibt', 'schreiben',
  'schreibst', 'schriibt', 'schriibe', 'schriibsch']);

/**
 * Whether the comment names a journalist or the writer ({@link AIM}, also in compounds: "Drecksjournalist"), addresses a
 * politician by title ("Herr Nationalrat", "Madame la conseillère"), points at whoever writes ({@link WRITES}) or singles
 * out the reader ("like you", {@link LIKE}), and is not about road safety.
 */
export function namesTheWriter(tokens: readonly Token[]): boolean {
  let road = false;
  for (const token of tokens) road ||= ROAD.has(token.norm);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.quoted) continue;
    if (AIM.has(token) || /journalist(?:en|in|innen)?$|journi$/.test(token.norm)) return true;
    if (!road && k > 0 && AIM_TITLE.has(token.norm) && HONORIFIC.has((tokens[k - 1] as Token).norm)) return true;
    // Whoever writes ("especially to people who write articles like yours", "soprattutto a chi scrive certe cose") or
    // the reader singled out ("comme vous"), unless the comment is about roads and traffic.
    if (!road && (WRITES.has(token.norm) || (LIKE.has(token.norm) && LIKE_YOU.has(tokens[k + 1]?.norm ?? '')))) return true;
  }
  return false;
}

/** The reader's address or way to work ("deine Adresse", "ton trajet", "il tuo indirizzo", "your address"). */
const READER_POSSESSIVE: ReadonlySet<string> = new Set(['dein', 'deine', 'deinen', 'deinem', 'deiner', 'dini', 'din', 'ihre', 'ihren', 'ihrem', 'eure', 'euri', 'ta', 'ton', 'tes', 'votre',
  'vos', 'tua', 'tuo', 'tuoi', 'vostro', 'vostra', 'your']);
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['adresse', 'adraesse', 'wohnadresse', 'privatadresse', 'wohnort', 'arbeitsweg', 'schulweg', 'heimweg', 'domicile', 'trajet',
  'indirizzo', 'domicilio', 'tragitto', 'address', 'commute']);

/**
 * A cue that aims ("Denk mal drüber nach", "réfléchis bien", "pensaci", "think about it") in a comment that names the
 * reader's address or way to work ("Deine Adresse ist kein Geheimnis. Denk mal drüber nach."): held. Neither is a
 * threat alone (an address is asked for, a cue is advice), and the cue is no threat row, so nothing else joins them.
 */
export function cueAtAddress(hits: readonly LexiconHit[], tokens: readonly Token[]): boolean {
  let cue = false;
  for (const h of hits) cue ||= h.contexts.length === 0 && h.category === 'threat' && (h.weights.TOXICITY ?? 0) === 0 && h.veiled !== true && (h.weights.THREAT ?? 0) >= CUE_THREAT;
  if (!cue) return false;
  for (let k = 1; k < tokens.length; k++) {
    if (!ADDRESS_WORDS.has((tokens[k] as Token).norm) || (tokens[k] as Token).quoted) continue;
    if (READER_POSSESSIVE.has((tokens[k - 1] as Token).norm) || (k > 1 && READER_POSSESSIVE.has((tokens[k - 2] as Token).norm))) return true;
  }
  return false;
}

export function escalatedThreat(hits: readonly LexiconHit[], aimed: () => boolean): number {
  const own = hits.filter((h) => h.contexts.length === 0);
  for (const threat of own) {
    const t = threat.weights.THREAT ?? 0;
    // A cue (THREAT only, no TOXICITY: "crois-moi", "I promise you") aims a threat but is none: it never starts one.
    // A veiled row without TOXICITY is no cue: it is nothing alone ("un accident est vite arrivé") and a threat aimed.
    if (t < WEAK_THREAT || t >= ESCALATED_THREAT || ((threat.weights.TOXICITY ?? 0) === 0 && threat.veiled !== true)) continue;
    // Said to the journalist or to a politician addressed by title, a veiled threat or an intimidation ("Wir kriegen
    // dich schon noch, du Drecksjournalist") is a threat.
    if ((threat.veiled === true || (t >= VEILED_THREAT && threat.category === 'threat')) && aimed()) return ESCALATED_THREAT;
    // Below hold, a veiled row is aimed only by a cue, a second threat or an insult at the reader: an insult about
    // someone else ("Ein Unfall ist schnell passiert, wenn solche Idioten rasen") is no threat.
    if (threat.veiled === true && t < VEILED_THREAT) {
      for (const other of own) {
        if (other === threat || (other.begin < threat.end && threat.begin < other.end)) continue;
        const insult = other.category === 'threat' ? 0 : (other.weights.INSULT ?? 0);
        if ((other.weights.THREAT ?? 0) >= CUE_THREAT || (other.addressed && insult >= DEHUMANISING_INSULT)) return ESCALATED_THREAT;
      }
      continue;
    }
    const veiled = t >= VEILED_THREAT;
    for (const other of own) {
      if (other === threat || (other.begin < threat.end && threat.begin < other.end)) continue;
      const insult = other.category === 'threat' ? 0 : (other.weights.INSULT ?? 0);
      if (veiled && (insult >= AIMING_INSULT || (other.weights.THREAT ?? 0) >= CUE_THREAT)) return ESCALATED_THREAT;
      if (insult >= DEHUMANISING_INSULT) return ESCALATED_THREAT;
    }
  }
  return 0;
}
