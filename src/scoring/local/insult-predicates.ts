/**
 * Insults said in a sentence rather than in a set phrase, for French, Italian and English: a grammar over tokens
 * instead of lists of strings, so that every subject, copula, intensifier, article and gender or number of the
 * insult is covered at once.
 *
 * - **Predicates**: subject + copula + (intensifiers, articles, "bande de") + insult noun or adjective:
 *   "vous êtes tous des moutons", "t'es vraiment qu'un minable", "ce journaliste est un vendu", "sei proprio un
 *   buffone", "questi politici sono dei ladri", "you're pathetic", "this author is a hack", "are you thick?".
 *   The subject is the reader (tu, t', vous, sei, siete, you), a pronoun (il, elle, lui, he, they), a word for a
 *   person (journaliste, ministro, referee, …) a few words before, or "c'est" / "that's" with a noun.
 *   Adjectives need a person as subject ("cette politique est stupide" is criticism of a thing) and are not
 *   followed by "de"/"di"/"to"/"of" ("il est stupide de …", "incapable de gérer", "incapace di").
 * - **Exclamations and groups**: "quelle bande d'incapables", "che branco di idioti", "what a bunch of clowns",
 *   "tous des voleurs", "quel pagliaccio"; a demonstrative before an insult ("ce crétin de ministre", "quel
 *   cretino del ministro"); a person word + "de merde" / "di merda" ("journaliste de merde").
 * - **Dismissive imperatives** at the start of a clause: "ferme-la", "va te faire voir", "retourne à l'école",
 *   "stai zitto", "torna a scuola", "shut up", "go back to school" (not "ma fille retourne à l'école").
 * - **Allowed** (masked for the model, lexicon hits inside dropped): criticism of a thing ("cette décision est
 *   stupide", "une idée idiote", "this policy is idiotic", "un'idea stupida"), impersonal "c'est idiot de …",
 *   "it's stupid to …", and speaking of oneself ("I was an idiot to vote for them", "je suis bête").
 *
 * - **German** (Standard with Swiss spelling, Swiss German): only the allowed part, criticism of a thing ("Diese
 *   Politik ist dumm", "Den Entscheid finde ich dumm", "Das isch doch bireweich"), in German word order; German
 *   insults of people are the lexicon's rows and German context rules (lexicon-scorer.ts).
 *
 * Negation ("il n'est pas idiot"), quotation, reported speech and counter-speech are applied afterwards by the
 * lexicon's context rules, since the match spans the whole clause. A quoted insult word alone is reported as a
 * weak hit, so that a comment quoting it to condemn it («moutons», "vendu") counts as a mention.
 */
import type { Language } from '../../domain';
import { clauseBreak, startsUpper } from './clause-helpers';
import { assertsDespiteNegation, CAN, pointedOther } from './negation';
import type { LexiconPayload } from './lexicon-data';
import { expand, insult, italianForms, type LexiconWeights } from './lexicon-rows';
import type { AllowedRange, TermMatch } from './term-matcher';
import type { Token } from './text-normalizer';
import { WORDS, WordFlags, WordSet } from './word-table';
import { EN_PEOPLE, FR_PEOPLE, IT_PEOPLE, grammarWords } from './lexicon-people';

// Word classes (bits).
const COP = 1 << 0;
const ADDR = 1 << 1;
const SUBJ3 = 1 << 2;
const DEM_SUBJ = 1 << 3;
const PERSON = 1 << 4;
const FILLER = 1 << 5;
const ART = 1 << 6;
const STRONG = 1 << 7;
const WEAK = 1 << 8;
const ADJ = 1 << 9;
const EXCLAIM = 1 << 10;
const DET = 1 << 11;
const THING = 1 << 12;
const CRIT = 1 << 13;
const GROUP = 1 << 14;
const OF = 1 << 15;
const ADDR_COP = 1 << 16;
const PLURAL_ART = 1 << 17;
const AFTER_ADJ = 1 << 18;
const ANIMAL = 1 << 19;
const SELF = 1 << 20;
const SELF_COP = 1 << 21;
const MERDE = 1 << 22;
const ALL = 1 << 23;
/** Only about a person, never of a thing or in an exclamation: "you're a disgrace" but not "what a disgrace". */
const PRED_ONLY = 1 << 24;
/** First word of a dismissive imperative. */
const IMP = 1 << 25;
const AGENT = 1 << 26;
const AND = 1 << 27;
const NEG = 1 << 28;
const PRE = 1 << 29;
const INSULTING = STRONG | WEAK | ADJ | PRED_ONLY;
const KNOWN = 1 << 30;
/**
 * The classes that open a rule of the token-by-token pass of {@link findIn} (each rule there asks for one of them in
 * the token it stands on): a token with none of them ("is", "of", "and", "you") has only a comparison to look for.
 */
const TOKEN_RULES = NEG | THING | CRIT | INSULTING | EXCLAIM | DET | GROUP | ALL | PRE | AGENT | PERSON | ANIMAL | ART;

type Lang = 'fr' | 'it' | 'en' | 'de';


interface Grammar {
  classes: Map<string, number>;
  /** Phrases said to the reader by first word: valid at the start of a clause; `end` ones only before the clause ends. */
  imperatives: ReadonlyMap<string, { words: string[]; end: boolean }[]>;
  /** Words that may stand between an imperative and the end of its clause ("ferme-la donc"). */
  tails: ReadonlySet<string>;
  /** Words that may open a clause before an imperative ("mais", "allez", "oh"). */
  openers: ReadonlySet<string>;
  /** "que", "che", "that": a negation before them belongs to another clause. */
  that: ReadonlySet<string>;
  /** Verbs of opinion and saying: a negation before them denies what follows ("je ne pense pas que …"). */
  opinion: ReadonlySet<string>;
  /**
   * Two or three words after a person that belittle them ("de pacotille", "de mes deux", "da quattro soldi"), as
   * whole phrases: "à la", "da quattro", "on the" alone also start "ministre à la santé", "da quattro anni", "on the radio".
   */
  cheap: ReadonlySet<string>;
  /** The first words of {@link cheap}: a person followed by any other word starts none (most are). */
  cheapFirst: ReadonlySet<string>;
  /**
   * Verbs of thinking, speaking and acting before "comme"/"come"/"like" ("tu raisonnes comme une huître", "vous
   * votez comme des moutons"): a comparison with an insult is one. Not "traités comme des chiens", "vivent comme des
   * rats", which pity rather than insult.
   */
  compareVerbs: ReadonlySet<string>;
  /** "comme", "come", "like". */
  like: string;
  /**
   * Whether the grammar reports insults, or only what is said of things and of oneself (German: the lexicon's rows
   * and its German context rules already find insults of persons; the grammar only keeps criticism of a thing from
   * counting as one).
   */
  insults: boolean;
}

function grammar(spec: Partial<Record<number, string[]>>, imperatives: string[], tails: string, openers: string, that: string, opinion: string, cheap: string[], compare: [like: string, verbs: string[]], insults = true): Grammar {
  const classes = new Map<string, number>();
  for (const [bit, words] of Object.entries(spec)) for (const w of words ?? []) classes.set(w, (classes.get(w) ?? 0) | Number(bit));
  const byFirst = new Map<string, { words: string[]; end: boolean }[]>();
  for (const p of imperatives) {
    const words = p.replace(/\$$/, '').trim().split(' ');
    const first = words[0] as string;
    classes.set(first, (classes.get(first) ?? 0) | IMP);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { words, end: p.endsWith('$') }]);
  }
  return {
    classes,
    imperatives: byFirst,
    tails: new Set(tails.split(' ')),
    openers: new Set(openers.split(' ')),
    that: new Set(that.split(' ')),
    opinion: new Set(opinion.split(' ')),
    cheap: new Set(cheap),
    cheapFirst: new Set(cheap.map((phrase) => phrase.split(' ')[0] as string)),
    like: compare[0],
    compareVerbs: new Set(compare[1]),
    insults,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// French
// ---------------------------------------------------------------------------------------------------------------

const FR_PERSON = expand(
  'journaliste:s auteur:s,e,es autrice:s redact:eur,eurs,rice,rices redac chroniqu:eur,eurs,euse,euses editorialiste:s ' +
    'commentat:eur,eurs,rice,rices reporter:s presentat:eur,eurs,rice,rices ministre:s conseiller:s,e,es depute:s,e,es president:s,e,es ' +
    'politicien:s,ne,nes ' +
    'elu:s,e,es maire:s syndic:s senateur:s chancelier:s,e,es diplomate:s arbitre:s entrain:eur,eurs,euse,euses coach jou:eur,eurs,euse,euses ' +
    'gardien:s attaquant:s defenseur:s dirigeant:s patron:s,ne,nes direct:eur,eurs,rice,rices pape eveque:s pretre:s imam:s rabbin:s ' +
    'blogu:eur,eurs,euse,euses influenc:eur,eurs,euse,euses expert:s,e,es type:s mec:s gars bonhomme femme:s homme:s gens supporter:s supporteur:s ' +
    'militant:s,e,es gauchiste:s ecolo:s fonctionnaire:s professeur:s prof:s scientifique:s medecin:s avocat:s,e,es juge:s ' +
    'lect:eur,eurs,rice,rices internaute:s gouvernant:s bureaucrate:s personnage:s individu:s promoteur:s municipal:e,es municipaux ' +
    'syndique:s candidat:e,s,es banquier:s,e,es partisan:s,e,es opposant:s,e,es adversaire:s manifestant:s,e,es electeur:s,rice,rices ' +
    'selectionn:eur,eurs,euse,euses chef:s amateur:s amatrice:s star:s',
);
/** Nouns that insult a person only (no other common sense). */
const FR_STRONG = expand(
  'idiot:e,s,es imbecile:s cretin:e,s,es abruti:e,s,es debile:s con:ne,s,nes connard:s connasse:s minable:s guignol:s bouffon:s,ne,nes ' +
    'ignare:s ignorant:e,s,es incapable:s incompetent:e,s,es larbin:s lache:s tocard:e,s,es escroc:s charlatan:s hypocrite:s ' +
    'menteur:s menteuse:s nul:s,le,les nullard:s,e,es nullite:s branleur:s,se,ses rigolo:s baudruche:s fumiste:s girouette:s ' +
    'pantin:s marionnette:s laquais valet:s vendu:e,s,es traitre:s,sse,sses gateux hysterique:s demeure:e,s,es leche ' +
    'attarde:e,s,es tare:e,s,es cingle:e,s,es neuneu:s crevard:s,e,es pourri:e,s,es ordure:s racaille:s vaurien:s,ne,nes ' +
    'loser:s looser:s rate:e,s,es naze:s boulet:s pitre:s clown:s charlot:s voleur:s voleuse:s escrocs corrompu:e,s,es ' +
    'feignasse:s faineant:e,s,es gaucho:s journaleux journalope:s merdia:s presstitue:e,s,es couard:e,s,es froussard:e,s,es pleutre:s mythomane:s psychopathe:s ignare:s ' +
    'idiote incompetents crapule:s salaud:s salopard:s enfoire:e,s,es batard:e,s,es andouille:s troll:s pourriture:s raclure:s ' +
    'crevure:s fripouille:s minus cretine:s profiteur:s profiteuse:s ' +
    // Slang, verlan and Swiss romand words for fools ("teubé", "bolos", "niolu", "tadié", "bobet", "taborniau").
    'teube:s bolos boloss cassos collabo:s enflure:s decerebre:e,s,es lobotomise:e,s,es barje:s barjot:s,e,es niolu:e,s,es ' +
    'tadie:s bobet:s,te,tes taborniau:x taborgniau:x rageux chochotte:s pleurnichard:s,e,es pleurnicheur:s,euse,euses nabot:s dadais ' +
    'pequenot:s greluche:s politicard:s,e,es politicaillon:s ' +
    // Said of journalists and oafs only ("ce plumitif de la Tribune", "ce gros lourdaud de député").
    'plumitif:s scribouillard:s,e,es lourdaud:e,s,es branquignol:s zigoto:s tebe:s nigaud:s,e,es tartuffe:s blereau:x naz ' +
    // Idlers and thugs ("t'es qu'un glandeur", "quel voyou").
    'glandeur:s,euse,euses feignant:s,e,es voyou:s ' +
    // Session 24 (a twin file of French newsroom insults): Swiss romand hicks and hags ("une bande de pedzouilles", "cette vieille gaupe").
    'pedzouille:s gaupe:s',
);
/** Also animals, things or participles ("un mouton", "il a vendu", "une passoire"): only as a predicate or in an exclamation. */
/** Animals that name people ("espèce de chacal", "ce porc"): weak words, and animals for the rules that read animals. */
const FR_ANIMAL_WORDS = 'orque:s huitre:s buse:s blaireau:x mouton:s ane:s mule:s chevre:s dinde:s oie:s veau:x brebis singe:s porc:s chien:s rat:s serpent:s vipere:s ' +
  'chacal:s bouc:s pintade:s becasse:s hyene:s cochon:s limace:s mollusque:s bique:s';
const FR_WEAK = expand('fou:s folle:s orc:s pretentieux pretentieuse:s arrogant:e,s,es aigri:e,s,es frustre:e,s,es beauf:s nazi:s fasciste:s facho:s gauchiste:s gamin:e,s,es tache:s cruche:s gourde:s planque:s,e,es assiste:s,e,es passoire:s ' +
    // Food and things that name fools ("bande de nouilles", "quel gland", "quel torchon").
    'nouille:s cornichon:s gland:s cloche:s bof:s torchon:s tanche:s burne:s ' +
    // Manure, vermin and bloodsuckers on a farm or in a pond, and people ("quel fumier", "t'es une sangsue").
    'fumier:s cafard:s sangsue:s vermine:s ' +
    // Also pests in a garden or a gut ("ce parasite a détruit mes tomates"): a person only as a predicate or exclamation.
    'parasite:s ' +
    // Session 24: a demagogue, as a predicate ("le président est un démagogue de bas étage").
    'demagogue:s ' + FR_ANIMAL_WORDS);
const FR_ANIMAL = expand(FR_ANIMAL_WORDS);
const FR_ADJ = expand(
  'idiot:e,s,es con:ne,s,nes bete:s stupide:s debile:s nul:le,s,les pathetique:s minable:s pitoyable:s ridicule:s lamentable:s ' +
    'incompetent:e,s,es incapable:s ignorant:e,s,es inculte:s abruti:e,s,es tare:e,s,es demeure:e,s,es attarde:e,s,es borne:e,s,es ' +
    'obtus:e,es lache:s pourri:e,s,es hypocrite:s gateux senile:s hysterique:s cingle:e,s,es bouche:e,s,es cretin:e,s,es ' +
    'imbecile:s vendu:e,s,es relou:s barje:s ' +
    // Contempt for a person's character ("ce ministre est abject"); of a law or a deed ("une loi odieuse") it is criticism.
    'meprisable:s abject:e,s,es odieux odieuse:s mesquin:e,s,es pretentieux pretentieuse:s arrogant:e,s,es',
);
const FR_THING = expand(
  'guerre:s pandemie:s crise:s decision:s idee:s loi:s politique:s reforme:s projet:s proposition:s mesure:s article:s question:s argument:s texte:s campagne:s ' +
    'initiative:s votation:s vote:s plan:s strategie:s systeme:s regle:s situation:s debat:s choix comportement:s raisonnement:s ' +
    'affiche:s pub:s publicite:s film:s match:s resultat:s gestion programme:s budget:s taxe:s impot:s ordonnance:s accord:s ' +
    'interdiction:s discours emission:s sondage:s theorie:s logique reponse:s titre:s chiffre:s calcul:s tactique:s transfert:s ' +
    'accusation:s critique:s propos commentaire:s remarque:s declaration:s affirmation:s promesse:s excuse:s analyse:s erreur:s faute:s bourde:s ' +
    'menace:s attaque:s insulte:s harcelement violence:s ' +
    // Everyday things a comment calls stupid or lousy: "un accident stupide", "un salaire minable", "la batterie est naze".
    // Not "été" (a participle), "train" ("en train de") nor the days and seasons (one cost a blind insult).
    'accident:s incident:s temps meteo saison:s annee:s salaire:s prix batterie:s voiture:s retard:s panne:s bouchon:s embouteillage:s ' +
    'chantier:s travaux autoroute:s semaine:s soiree:s weekend:s coincidence:s hasard malentendu:s loyer:s facture:s primes telephone:s portable:s ordinateur:s ordi:s imprimante:s ' +
    // Session 21: software. Not illnesses: "[group] are a virus" dehumanises (HateCheck's derogation templates).
    'logiciel:s appli:s application:s',
);
const FR = grammar(
  {
    [COP]: ['est', 'es', 'etes', 'sont', 'etait', 'etaient', 'etiez', 'restes', 'reste', 'restez', 'restent', 'devient', 'deviens', 'soient', 'soit', 'sois', 'soyez', 'serait', 'seraient', 'serais', 'sera', 'seront', 'seras', 'serez'],
    [ADDR]: ['tu', 't', 'vous', 'toi'],
    [SUBJ3]: ['il', 'elle', 'ils', 'elles', 'lui', 'celui', 'celle', 'ceux', 'celles'],
    [DEM_SUBJ]: ['c', 'ce', 'ca'],
    [PERSON]: FR_PERSON,
    [FILLER]: expand(
      'vraiment tellement trop completement totalement franchement juste decidement bien si tous toutes tout encore rien qu que ' +
        'plus aussi un peu vrai:e veritable:s parfait:e,s,es gros grosse:s petit:e,s,es pauvre:s pauv pov sale:s vieux vieille:s sacre:e,s,es ' +
        'beau bel belle:s grand:e,s,es fameux fameuse:s simplement clairement carrement profondement absolument mais pas jamais ne n assez ' +
        'sacrement sans doute surtout ete toujours desormais finalement autre',
    ),
    [ART]: ['un', 'une', 'des', 'd', 'de', 'les', 'le', 'la', 'l'],
    [PLURAL_ART]: ['des'],
    // Everyday words for people from lexicon-people.ts ("énergumène", "cazzaro", "blowhard"; "marteau", "trombone", "plank").
    [STRONG]: [...FR_STRONG, ...grammarWords(FR_PEOPLE, 'strong')],
    [WEAK]: [...FR_WEAK, ...grammarWords(FR_PEOPLE, 'weak')],
    // Parrots only in comparisons: "elle répète tout comme un perroquet".
    [ANIMAL]: [...FR_ANIMAL, 'perroquet', 'perroquets'],
    [ADJ]: FR_ADJ,
    [CRIT]: [...FR_ADJ, ...expand('absurde:s idiote:s degoutant:e,s,es honteux honteuse:s scandaleux scandaleuse:s aberrant:e,s,es')],
    [EXCLAIM]: ['quel', 'quelle', 'quels', 'quelles'],
    // "Encore un abruti qui …": one more of them, said with contempt.
    [DET]: ['ce', 'cet', 'cette', 'ces', 'quel', 'quelle', 'quels', 'quelles', 'encore'],
    [THING]: FR_THING,
    [GROUP]: expand('bande:s tas ramassis troupeau:x clique:s collection:s armee:s espece:s bougre:s brochette:s meute:s equipe:s'),
    [AGENT]: ['par'],
    [PRE]: ['sale', 'sales', 'pauvre', 'pauvres', 'pauv', 'pov', 'vrai', 'vraie', 'veritable', 'parfait', 'parfaite', 'sacre', 'sacree', 'petit', 'petite', 'gros', 'grosse'],
    [AND]: ['et', 'ou'],
    [NEG]: ['pas', 'jamais', 'ni', 'point', 'personne', 'aucun', 'aucune'],
    [OF]: ['de', 'd', 'du', 'des', 'contre'],
    [AFTER_ADJ]: ['de', 'd', 'que', 'qu', 'pour', 'envers', 'face'],
    [SELF]: ['je', 'j', 'me', 'moi'],
    [SELF_COP]: ['suis', 'etais', 'sens', 'sentais', 'fus', 'ai', 'etre', 'avoir'],
    [MERDE]: ['merde'],
    [ALL]: ['tous', 'toutes'],
    [PRED_ONLY]: expand('honte:s catastrophe:s blague:s plaie:s merde:s'),
  },
  [
    'ferme la$', 'la ferme$', 'fermez la$', 'ferme ta gueule', 'tais toi', 'taisez vous', 'va te faire voir', 'allez vous faire voir',
    'va te faire cuire un oeuf', 'va voir ailleurs$', 'allez voir ailleurs$', 'retourne a l ecole', 'retournez a l ecole', 'retourne donc a l ecole', 'retournez donc a l ecole', 'va jouer aux', 'va donc jouer', 'allez donc jouer', 'allez jouer aux',
    'laisse parler les adultes', 'laissez parler les adultes', 'laisse parler les grands', 'laissez parler les grands',
    'retourne en maternelle', 'retourne a la maternelle', 'retourne jouer', 'retourne dans ta grotte', 'retourne dans ton trou',
    'retourne sur les bancs', 'retourne a tes', 'va apprendre a lire', 'va apprendre a ecrire', 'apprends a lire', 'apprends a ecrire',
    'apprenez a lire', 'apprenez a ecrire', 'apprends le francais', 'apprends l orthographe', 'va lire un livre', 'degage$', 'degagez$', 'degage d ici', 'degagez d ici',
    'va voir un psy', 'allez voir un psy', 'consulte un psy', 'va consulter', 'allez consulter', 'tu devrais consulter$', 'vous devriez consulter$',
    'cassez vous', 'casse toi', 'va jouer ailleurs', 'va te coucher', 'va te cacher', 'allez vous cacher', 'achete toi un cerveau',
    'achete un cerveau', 'occupe toi de tes oignons', 'tu fais pitie', 'vous faites pitie', 't es a la ramasse', 'tu es a la ramasse',
    'vous etes a la ramasse', 't es completement a la ramasse', 't es grave', 't es lourd', 't es relou',
    'tu devrais retourner a l ecole',
    // Sent back to school or to study before speaking: "va donc finir ton apprentissage avant de …", "va te renseigner".
    'va donc finir', 'va finir ton', 'va finir tes', 'va etudier', 'va reviser', 'va te renseigner', 'allez vous renseigner', 'va t informer', 'va te documenter', 'renseigne toi avant', 'informe toi avant',
    'va faire tes devoirs', 'va ouvrir un livre', 'ouvre un livre', 'retourne devant ta', 'retourne a ta tele', 'retourne te coucher', 'va te recoucher', 'va te faire soigner', 'fais toi soigner', 'faites vous soigner', 'allez vous faire soigner', 'vous devriez retourner a l ecole', 'tu ferais mieux de te taire', 'vous feriez mieux de vous taire',
  ],
  'un peu donc maintenant toi vous tu bien stp svp',
  'mais alors allez oh eh bon et ou bref toi vous franchement sinon',
  'que qu quand si car parce',
  'pense pensons pensez crois croit croyez dirais dirait dit dis dire affirme pretend prétend ecrit suggere sous entend',
  [
    'de pacotille', 'de caniveau', 'de comptoir', 'de merde', 'de mes deux', 'a deux balles', 'a deux sous', 'a deux francs', 'de bas etage',
    'de seconde zone', 'a la noix', 'a la con', 'a la manque', 'a la petite semaine', 'au rabais', 'de salon', 'a gages', 'de bazar', 'du dimanche',
  ],
  ['comme', expand(
    'raisonne:s,z,nt reflechi:s,t,ssez,ssent pense:s,z,nt parle:s,z,nt ecri:s,t,vez,vent comporte:s,z,nt agi:s,t,ssez,ssent ' +
      'reagi:s,t,ssez,ssent vote:s,z,nt joue:s,z,nt conduis conduit conduisez conduisent repete:s,z,nt',
  )],
);

// ---------------------------------------------------------------------------------------------------------------
// Italian
// ---------------------------------------------------------------------------------------------------------------

const IT_PERSON = [
  ...italianForms('giornalista giornalisti giornaliste autore autori autrice redattore redattori cronista cronisti opinionista opinionisti commentatore commentatori'),
  ...italianForms('ministro ministra ministri consigliere consiglieri consigliera deputato senatore sindaco sindaca presidente presidenti politico politici'),
  ...italianForms('parlamentare parlamentari arbitro allenatore allenatori giocatore giocatori portiere attaccante difensore dirigente dirigenti ct selezionatore mister'),
  ...italianForms('papa vescovo prete preti imam blogger influencer esperto tizio tipo gente uomo uomini donna donne tifoso signore signora'),
  ...italianForms('professore professoressa medico medici avvocato giudice elettore elettori lettore lettori utente utenti municipale'),
  ...italianForms('sostenitore sostenitori sostenitrici oppositore oppositori manifestante manifestanti avversario avversari seguaci'),
];
/**
 * Italian augmentatives, diminutives and pejoratives of insult nouns ("ignorantone", "somarone", "cretinetti",
 * "buffonaccio", "scemotto"): the suffix makes no other word of an insult.
 */
function itSuffixed(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 5 || !/[aeio]$/.test(w)) continue;
    const stem = w.slice(0, -1);
    for (const suffix of ['one', 'ona', 'oni', 'etto', 'etta', 'etti', 'accio', 'accia', 'acci', 'otto', 'otta', 'otti']) out.push(stem + suffix);
  }
  return out;
}
const IT_STRONG_BASE = [
  ...italianForms('idiota idioti idiote cretino imbecille imbecilli deficiente deficienti scemo stupido buffone buffona buffoni pagliaccio pagliacci'),
  ...italianForms('ignorante ignoranti incapace incapaci incompetente incompetenti venduto fallito perdente perdenti ladro bugiardo ipocrita ipocriti'),
  ...italianForms('codardo vigliacco vigliacchi vigliacche verme vermi servo leccapiedi leccaculo pennivendolo pennivendoli ciarlatano somaro'),
  ...italianForms('analfabeta analfabeti troglodita trogloditi nullita zero schiappa schiappe rimbambito cialtrone cialtroni'),
  ...italianForms('babbeo mentecatto demente dementi coglione coglioni pirla sfigato mercenario pecorone pecoroni incompetente tonto ottuso'),
  ...italianForms('fesso rincoglionito fallita idiozia pezzente pezzenti farabutto delinquente delinquenti corrotto traditore traditori troll'),
  ...italianForms('giornalaio giornalai illuso illusi burattino burattini marionetta marionette fantoccio fantocci zerbino zerbini lacche buffone cafone cafoni ritardato'),
  ...italianForms('inetto inetti frustrato sfigati decerebrato lobotomizzato rimbecillito imbranato smidollato'),
  'crucco', 'crucca', 'crucchi', 'crucche', ...italianForms('sciacallo saltimbanco fannullone fannulloni'),
  // Ticinese and colloquial names for a fool ("sei proprio un tabalori", "quel beota", "zuccone", "il solito tuttologo").
  ...italianForms('scroccone lavativo bamboccione coatto ruffiano sanguisuga'), 'sanguisughe', 'quaquaraqua',
  // Session 24 (a twin file of Italian newsroom insults): a blabbermouth, a little dictator.
  ...italianForms('chiacchierone chiacchieroni dittatorello dittatorelli'),
  // Session 25 (own probes): a psychopath, as French "psychopathe" is already.
  ...italianForms('psicopatico'), 'psicopatiche',
  'tabalori', 'beota', 'beoti', ...italianForms('citrullo'), 'zuccone', 'zucconi', 'testone', 'testoni', 'tuttologo', 'tuttologi', 'politicante', 'politicanti', 'sapientone', 'sapientona', 'sapientoni', 'saputello', 'saputella', 'saputelli',
];
const IT_STRONG = [...IT_STRONG_BASE, ...itSuffixed(IT_STRONG_BASE.filter((w) => !/(?:one|oni|ona)$/.test(w)))];
// "parassita" also names pests in a garden ("questo parassita ha distrutto le piante"): a person only as a predicate or exclamation.
const IT_ANIMAL = [...italianForms('parassita parassiti nazista nazisti fascista fascisti ragazzino macellaio avvoltoio pecora pecore asino capra capre animale animali bestia bestie maiale porco cane cani gallina oca mulo pollo polli'), 'barbagianni'];
// Bitter, conceited people ("quel piccolo uomo rancoroso"): said of a person after a demonstrative, like French "aigri".
// A weathervane on a roof, or a politician who turns with the wind ("è una banderuola"): a person only as a predicate.
const IT_WEAK = [...IT_ANIMAL, ...italianForms('rancoroso presuntuoso borioso livoroso salame demagogo arrogante arroganti'), 'demagoghi', 'banderuola', 'banderuole', 'baccala', 'zecca', 'zecche'];
const IT_ADJ = italianForms(
  'stupido scemo idiota idioti idiote cretino ignorante ignoranti incapace incapaci incompetente incompetenti ridicolo patetico patetici ' +
    'patetiche ottuso tonto rimbambito ipocrita ipocriti vigliacco vigliacchi vigliacche codardo penoso squallido imbecille imbecilli ' +
    'deficiente deficienti venduto fesso demente rincoglionito meschino gretto rozzo spregevole spregevoli abietto odioso presuntuoso ' +
    'arrogante arroganti grottesco grotteschi',
);
const IT_THING = italianForms(
  'guerra guerre pandemia crisi decisione decisioni idea idee legge leggi politica riforma riforme progetto proposta proposte misura misure articolo articoli domanda ' +
    'domande argomento argomenti testo campagna iniziativa iniziative votazione voto piano strategia sistema regola regole situazione ' +
    'dibattito scelta scelte comportamento ragionamento manifesto film partita risultato gestione programma bilancio tassa tasse ' +
    'ordinanza accordo divieto discorso sondaggio teoria logica risposta titolo cifra cifre calcolo tattica trasferimento ' +
    'accusa accuse critica critiche dichiarazione dichiarazioni commento affermazione affermazioni promessa promesse analisi errore errori sbaglio ' +
    'minaccia minacce attacco attacchi insulto insulti molestie violenza ' +
    // Everyday things: "un incidente stupido", "che tempo schifoso", "annata sfigata", "treni ritardati".
    'incidente incidenti tempo meteo stagione annata anno stipendio stipendi prezzo prezzi batteria macchina treno treni ritardo ritardi guasto ' +
    'coda code cantiere autostrada inverno estate primavera autunno giornata settimana serata weekend coincidenza equivoco affitto bolletta bollette telefono telefonino cellulare computer stampante ' +
    'programma applicazione app',
);
const IT = grammar(
  {
    [COP]: ['e', 'sei', 'siete', 'sono', 'era', 'eri', 'erano', 'eravate', 'resta', 'resti', 'rimane', 'rimani', 'diventa', 'sembri', 'sembrate', 'sembra', 'sembrano', 'siano', 'sia', 'fosse', 'fossero', 'fossi', 'foste', 'sarebbe', 'sarebbero', 'saresti', 'sarai', 'sara', 'saranno', 'sarete'],
    [ADDR_COP]: ['sei', 'siete', 'eri', 'eravate', 'resti', 'rimani', 'saresti', 'sarai', 'sarete', 'foste', 'sembri', 'sembrate'],
    [ADDR]: ['tu', 'voi', 'lei', 'te'],
    [SUBJ3]: ['lui', 'lei', 'loro', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'costui', 'costoro', 'qui'],
    [DEM_SUBJ]: [],
    [PERSON]: IT_PERSON,
    [FILLER]: expand(
      'proprio davvero veramente talmente parecchio solo soltanto gran grande vero vera veri povero povera poveri povere emerito emerita perfetto perfetta ' +
        'tutti tutte completamente totalmente cosi tanto tanti piu troppo anche il solito solita soliti un altro altra altri ennesimo ' +
        'ennesima semplicemente chiaramente sicuramente ovviamente nient niente altro che non ne mai sempre la lo stato stata stati state',
    ),
    [ART]: ['un', 'uno', 'una', 'dei', 'degli', 'delle', 'di', 'd'],
    [PLURAL_ART]: ['dei', 'degli', 'delle'],
    // Everyday words for people from lexicon-people.ts ("énergumène", "cazzaro", "blowhard"; "marteau", "trombone", "plank").
    [STRONG]: [...IT_STRONG, ...grammarWords(IT_PEOPLE, 'strong')],
    [WEAK]: [...IT_WEAK, ...grammarWords(IT_PEOPLE, 'weak')],
    [ANIMAL]: [...IT_ANIMAL, 'pappagallo', 'pappagalli'],
    [ADJ]: IT_ADJ,
    [CRIT]: [...IT_ADJ, ...italianForms('assurdo demenziale vergognoso scandaloso schifoso idiota stupida'), 'spazzatura', 'immondizia', 'schifezza', 'porcheria', 'ciofeca'],
    [EXCLAIM]: ['che'],
    [DET]: ['quel', 'quello', 'quella', 'quell', 'quei', 'quegli', 'quelle', 'questo', 'questa', 'quest', 'questi', 'queste', 'sto', 'sta', 'sti', 'ste', 'che'],
    [THING]: IT_THING,
    [GROUP]: ['branco', 'banda', 'massa', 'manica', 'mandria', 'gregge', 'accozzaglia', 'combriccola', 'marmaglia', 'mucchio', 'sacco', 'bande', 'branchi', 'specie', 'razza'],
    [AGENT]: ['da', 'dai', 'dagli', 'dalle'],
    [PRE]: ['brutto', 'brutta', 'brutti', 'brutte', 'sporco', 'sporca', 'lurido', 'lurida', 'povero', 'povera', 'poveri', 'vero', 'vera', 'emerito', 'emerita', 'perfetto', 'perfetta', 'grandissimo', 'grandissima'],
    [AND]: ['e', 'o', 'ed', 'ne'],
    [NEG]: ['non', 'mai', 'nemmeno', 'neanche', 'neppure', 'nessuno', 'nessuna', 'ne'],
    [OF]: ['di', 'd', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'dell', 'contro'],
    [AFTER_ADJ]: ['di', 'd', 'da', 'a', 'che', 'per', 'nel', 'nella', 'in', 'se', 'con'],
    [SELF]: ['io', 'mi'],
    [SELF_COP]: ['sono', 'ero', 'sento', 'sentivo', 'sentito', 'stato', 'stata', 'sembro', 'sembravo', 'essere', 'esser'],
    [MERDE]: ['merda', 'cazzo'],
    [ALL]: ['tutti', 'tutte'],
    [PRED_ONLY]: italianForms('vergogna disgrazia barzelletta merda schifo disastro'),
  },
  [
    'stai zitto', 'stai zitta', 'stai zitti', 'state zitti', 'state zitte', 'sta zitto$', 'sta zitta$', 'stia zitto', 'stia zitta',
    'zitto tu', 'zitta tu', 'zitti voi', 'taci$', 'tacete$', 'taci tu', 'torna a scuola', 'tornate a scuola', 'torna sui banchi',
    'tornate sui banchi', 'torna alle elementari', 'torna all asilo', 'torna a giocare', 'torna ai tuoi album', 'torna a colorare', 'vai a giocare', 'va a giocare', 'andate a giocare', 'lascia parlare i grandi', 'lascia parlare gli adulti',
    'lasciate parlare i grandi', 'lasciate parlare gli adulti', 'torna a zappare', 'va a zappare', 'vai a zappare',
    'andate a zappare', 'va a studiare$', 'vai a studiare$', 'andate a studiare$', 'impara a leggere', 'impara a scrivere', 'impara l italiano', 'imparate a leggere', 'imparate l italiano',
    'impari a leggere', 'vattene$', 'andatevene$', 'sparisci$', 'sparite$', 'vai a nasconderti', 'va a nasconderti', 'fatti curare',
    'fatti una vita', 'compra un cervello', 'comprati un cervello', 'vai a quel paese', 'va a quel paese', 'ma vai a quel paese',
    'vai a cagare', 'dovresti tornare a scuola', 'dovreste tornare a scuola', 'faresti meglio a stare zitto', 'torna nella tua caverna', 'torna nella caverna', 'vai a lavorare', 'va a lavorare', 'andate a lavorare',
    // Sent to study before speaking: "ma va a studiare", "vai a ripassare la storia", "informati prima di scrivere"; not
    // "Va a studiare a Zurigo il prossimo anno" (she is going to study there): "va" only with "ma" or "prima".
    // Not "vai a studiare all'estero" nor "informati prima di partire": advice.
    'ma va a studiare', 'ma vai a studiare', 'va a studiare prima', 'vai a studiare prima', 'andate a studiare prima', 'vai a ripassare', 'va a ripassare', 'vai a informarti',
    'va a informarti', 'vai a documentarti',
  ],
  'tu voi ora adesso subito per favore buffone idiota cretino scemo',
  'ma e oh eh dai su allora beh insomma tu voi senti',
  'che quando se perche',
  'penso pensa pensiamo credo crede direi direbbe detto dico dice dire scritto affermato sostenuto',
  ['da strapazzo', 'da quattro soldi', 'da due soldi', 'da quattro lire', 'da due lire', 'da bar', 'di merda', 'da salotto', 'da operetta', 'da circo', 'del cavolo', 'del cazzo', 'di serie b', 'di serie z', 'da tastiera', 'al soldo'],
  ['come', 'ragioni ragiona ragionate ragionano pensi pensa pensate pensano parli parla parlate parlano scrivi scrive scrivete scrivono comporti comporta comportate comportano votate votano giochi gioca giocate giocano ripeti ripete ripetete ripetono'.split(' ')],
);

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_PERSON = expand(
  'author:s writer:s journalist:s reporter:s editor:s columnist:s correspondent:s presenter:s host:s minister:s councillor:s ' +
    'councilor:s mp:s president:s politician:s senator:s mayor:s chancellor:s leader:s official:s bureaucrat:s diplomat:s referee:s ' +
    'ref:s coach:es manager:s player:s keeper:s goalkeeper:s striker:s defender:s owner:s boss:es pope priest:s bishop:s imam:s rabbi:s ' +
    'blogger:s influencer:s expert:s guy:s man men woman women people person folks lot bloke:s dude:s commenter:s poster:s fan:s politico:s ' +
    'supporter:s voter:s activist:s leftie:s lefty rightwinger:s professor:s scientist:s doctor:s lawyer:s judge:s chap:s fella:s journo:s ' +
    'opponent:s protester:s protestor:s demonstrator:s backer:s',
);
const EN_STRONG = expand(
  'idiot:s moron:s fool:s loser:s clown:s hack:s shill:s muppet:s halfwit:s liar:s crook:s fraud:s hypocrite:s coward:s parasite:s ' +
    'puppet:s imbecile:s cretin:s buffoon:s creep:s lowlife:s scumbag:s cheat:s traitor:s nobody sellout:s stooge:s lapdog:s ' +
    'numpty dimwit:s nitwit:s dunce:s ignoramus simpleton:s charlatan:s grifter:s crybaby crybabies retard:s snowflake:s ' +
    'sheeple twat:s prat:s pillock:s plonker:s tosser:s wanker:s ' +
    'jerk:s prick:s dick:s dickhead:s asshole:s arsehole:s dumbass:es jackass:es troll:s bigot:s nutjob:s nutter:s lunatic:s psycho:s ' +
    'slob:s hag:s bitch:es dolt:s oaf:s wimp:s sheeple snowflake:s thug:s bootlicker:s yob:s hooligan:s presstitute:s ' +
    'brat:s thief thieves yokel:s halfwits degenerate:s gobshite:s imbecil:s idjit:s eejit:s dumbo:s incompetents ' +
    'freeloader:s sponger:s layabout:s deadbeat:s waster:s slacker:s dipstick:s incompetent',
);
const EN_WEAK = expand('nazi:s fascist:s commie:s kid:s sheep donkey:s rat:s snake:s pig:s cow:s tool:s witch:es weathervane:s weasel:s leech:es git:s');
const EN_ANIMAL = expand('sheep donkey:s rat:s snake:s pig:s cow:s weasel:s');
const EN_ADJ = expand(
  'pathetic stupid dumb thick dense clueless braindead brainless idiotic moronic useless worthless incompetent ignorant senile spineless ' +
    'gutless delusional deluded brainwashed retarded hopeless disgusting vile ridiculous dim dimwitted ' +
    'halfwitted gullible cowardly uneducated illiterate stupider dumber stoopid bent crooked despicable contemptible odious gormless witless slimy sleazy unhinged daft',
);
const EN_THING = expand(
  'war:s pandemic:s crisis policy:s decision:s idea:s law:s reform:s plan:s project:s proposal:s measure:s article:s question:s argument:s text:s campaign:s ' +
    'initiative:s vote:s referendum:s strategy:s system:s rule:s situation:s debate:s choice:s behaviour behavior reasoning logic ' +
    'film:s movie:s match:es game:s result:s management programme:s program:s budget:s tax:es ban:s speech:es poll:s theory:s ' +
    'answer:s headline:s title:s figure:s number:s calculation:s tactic:s tactics transfer:s move:s approach thing:s excuse:s handling response:s performance:s ' +
    'accusation:s claim:s comment:s remark:s statement:s promise:s analysis mistake:s error:s ' +
    // Acts against people, judged: "Death threats against journalists are cowardly" (session 19).
    'threat:s attack:s insult:s harassment violence ' +
    // Pets, said of fondly: "our cat is a brainless ball of fluff".
    'pet:s cat:s dog:s puppy puppies kitten:s hamster:s parrot:s ' +
    // Everyday things: "a stupid accident", "lousy weather".
    'accident:s incident:s weather season:s year:s salary salaries wage:s price:s battery batteries train:s delay:s breakdown:s traffic jam:s ' +
    'roadworks motorway:s winter summer autumn weekend:s coincidence:s misunderstanding:s rent:s bill:s laptop:s printer:s computer:s ' +
    'software app:s',
);
const EN = grammar(
  {
    [COP]: ['is', 'are', 're', 's', 'was', 'were', 'be', 'being', 'r', ...expand('remain:s become:s seem:s stay:s sound:s look:s act:s')],
    [ADDR]: ['you', 'u', 'ya', 'yall'],
    [SUBJ3]: ['he', 'she', 'they', 'him', 'her', 'them', 'who'],
    [DEM_SUBJ]: ['that', 'it', 'this'],
    [PERSON]: EN_PERSON,
    [FILLER]: expand(
      'really truly totally completely utterly absolute absolutely complete total utter real just nothing but only all clearly obviously ' +
        'basically literally beyond fucking bloody little sad old massive huge big right proper such so very such incredibly genuinely ' +
        'simply also still always not never no even more a an the another one of bunch load pack lot been this that like bit walking',
    ),
    [ART]: ['a', 'an', 'the', 'another', 'bunch', 'load', 'pack', 'lot', 'band', 'gang', 'of', 'such'],
    [PLURAL_ART]: [],
    // Everyday words for people from lexicon-people.ts ("énergumène", "cazzaro", "blowhard"; "marteau", "trombone", "plank").
    [STRONG]: [...EN_STRONG, ...grammarWords(EN_PEOPLE, 'strong')],
    [WEAK]: [...EN_WEAK, ...grammarWords(EN_PEOPLE, 'weak')],
    [ANIMAL]: [...EN_ANIMAL, 'parrot', 'parrots'],
    [ADJ]: EN_ADJ,
    [CRIT]: [...EN_ADJ, ...expand('absurd silly daft shameful outrageous disgraceful nonsensical')],
    [EXCLAIM]: ['what'],
    [DET]: ['this', 'that', 'these', 'those', 'what'],
    [THING]: EN_THING,
    [GROUP]: ['bunch', 'pack', 'load', 'gang', 'band', 'herd', 'flock', 'crowd', 'collection', 'lot'],
    [AGENT]: ['by'],
    [PRE]: ['you', 'absolute', 'complete', 'total', 'utter', 'proper', 'right', 'poor'],
    [AND]: ['and', 'or'],
    [NEG]: ['not', 'never', 'isn', 'aren', 'wasn', 'weren', 'nt', 'don', 'doesn', 'didn', 'nobody', 'noone'],
    [OF]: ['of', 'against'],
    [AFTER_ADJ]: ['to', 'of', 'at', 'for', 'about', 'in', 'with', 'on', 'not', 'but', 'when', 'if', 'that', 'over'],
    [SELF]: ['i', 'me'],
    [SELF_COP]: ['m', 'am', 'was', 'feel', 'felt', 'been', 'be', 'look', 'looked', 'sound', 'sounded', 'seem', 'seemed', 'act', 'acted', 'being'],
    [MERDE]: [],
    [ALL]: ['all'],
    [PRED_ONLY]: expand('disgrace embarrassment joke laughingstock liability menace failure:s disaster'),
  },
  [
    'shut up', 'shut the hell up', 'shut your mouth', 'shut your trap', 'shut it$', 'go back to school', 'go back to kindergarten',
    'go back to primary school', 'go back to elementary school', 'go back to your cave', 'go back under your rock', 'go back to sleep',
    'go back to your basement', 'go back to your colouring', 'go back to your coloring', 'go back to your sandbox', 'go play in your sandbox', 'learn to read', 'learn to write', 'learn to think', 'learn some', 'learn basic', 'grow a brain',
    'get a brain', 'buy a brain', 'get lost', 'get a life', 'read a book', 'go cry', 'cry more', 'stop whining', 'quit whining',
    'go away$', 'crawl back', 'sod off', 'bugger off', 'get stuffed', 'go to hell', 'go and cry', 'go home$', 'do one$', 'stop crying',
    'touch grass', 'touch some grass', 'go touch grass', 'take your meds', 'get help$', 'seek help$', 'get some help$', 'educate yourself', 'you should go back to school', 'you need to go back to school',
  ],
  'now please troll loser clown idiot you already mate',
  'oh just now so and please hey well yeah god seriously honestly',
  'that when if because than',
  'think thinks thought believe believes say says said claim claimed claiming mean meant suggest suggested suggesting implying implied',
  ['for hire', 'on the take', 'on the payroll'],
  ['like', 'think thinks talk talks write writes act acts behave behaves vote votes reason reasons argue argues play plays drive drives repeat repeats'.split(' ')],
);

// ---------------------------------------------------------------------------------------------------------------
// German (Standard with Swiss spelling, Swiss German dialect): criticism of things only
// ---------------------------------------------------------------------------------------------------------------

/** German adjectives with their attributive endings ("dumm" → dumm, dumme, dummer, dummes, dummen, dummem). */
function de6(spec: string): string[] {
  return spec
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((w) => [w, ...['e', 'er', 'es', 'en', 'em'].map((e) => w + e)]);
}

/** People and bodies of people: "Der Bundesrat ist dumm" insults its members, "Der Entscheid des Bundesrats" is a thing. */
const DE_PERSON = expand(
  'politiker:in,innen ministerin minister bundesrat:s,es bundesraetin:nen bundesraete:n nationalrat:s nationalraetin:nen ' +
    'staenderat:s staenderaetin gemeinderat:s gmeindrat regierungsrat:s stadtrat:s praesident:en,in,innen gemeindepraesident:en,in ' +
    'stadtpraesident:en,in parlamentarier:in,innen abgeordnete:n,r kanzler:in journalist:en,in,innen redaktor:en,in,innen ' +
    'autor:en,in,innen verfasser:in kommentator:en,in schreiber:ling,lings trainer:in schiri:s schiedsrichter:in spieler:in ' +
    'typ:en kerl:s mann frau leute chef:in,s boss manager:in verwaltungsrat:s verwaltungsraete richter:in professor:en,in ' +
    'experte:n expertin lehrer:in pfarrer bischof papst imam rabbiner mensch:en person:en kommentarschreiber user:in ' +
    'befuerworter:in,innen gegner:in,innen anhaenger:in,innen demonstrant:en,in,innen waehler:in,innen',
);
/** Insult nouns said only of people ("Der Entscheid ist ein Idiot" makes no sense): never criticism of a thing. */
const DE_STRONG = expand(
  'idiot:en,in vollidiot:en trottel:n depp:en dummkopf dummkoepfe vollpfosten tubel dubel toebel tschumpel gluenggi loeli ' +
    'arschloch:er versager:in luegner:in schwachkopf hohlkopf hirni:s spinner:in clown:s kasper:li chaschperli seckel schofseckel',
);
/** Adjectives that insult a person and criticise a thing: "Der Bundesrat ist dumm" / "Diese Politik ist dumm". */
const DE_ADJ = [
  ...de6('dumm doof bloed bescheuert idiotisch daemlich hirnrissig hirnverbrannt hirnlos schwachsinnig strohdumm saudumm stockdumm'),
  ...de6('grottendumm sackdumm deppert bekloppt behaemmert vertrottelt unterbelichtet tumm duemmer duemmst'),
  'bireweich', 'birewaich', 'tummi', 'bloedi', 'dummi',
];
/** Words that judge a thing harshly, besides the adjectives: "Das isch en Seich", "Das Spiel war scheisse", "ist gelogen". */
const DE_CRIT = [
  ...DE_ADJ,
  ...de6('absurd laecherlich beschissen verlogen katastrophal dilettantisch unsinnig sinnlos'),
  // Of a building or a design, not a face: "Die Moschee ist hässlich gebaut".
  ...de6('haesslich'),
  ...expand('scheisse scheiss schiiss schiisse mist seich bloedsinn schwachsinn unsinn quatsch humbug bullshit witz gelogen schnapsidee:n chabis'),
  // Of a song, a meal, a device: "Der Song ist grauenhaft", "Das Essen war widerlich", "Die App ist Müll".
  ...de6('grauenhaft schrecklich furchtbar grausig eklig ekelhaft widerlich scheusslich miserabel grottenschlecht'),
  ...expand('muell dreck'),
];
/** Things: what a decision, law, game, article or statement is called. */
const DE_THING = expand(
  'krieg:e pandemie:n krise:n entscheid:e,s entscheidung:en beschluss beschluesse idee:n gesetz:e,es gsetz politik reform:en vorlage:n vorschlag vorschlaege ' +
    'massnahme:n initiative:n abstimmung:en regel:n regelung:en verbot:e verordnung:en artikel:s bericht:e text:e kommentar:e ' +
    'frage:n argument:e begruendung:en spiel:e match:es partie:n derby resultat:e ergebnis:se strategie:n taktik system:e konzept:e ' +
    'plan:es projekt:e budget:s steuer:n gebuehr:en maut abgabe:n diskussion:en debatte:n aussage:n behauptung:en aeusserung:en ' +
    'spruch:s sprueche satz saetze titel schlagzeile:n umfrage:n studie:n theorie:n logik antwort:en versprechen film:e sendung:en ' +
    'serie:n transfer:s wahl:en verhalten vorgehen situation lage kampagne:n plakat:e werbung sache:n ding:er zeug aktion:en ' +
    'vertrag:s vertraege abkommen deal:s prognose:n rechnung:en zahl:en praemie:n praemien tarif:e preis:e preise konzept ' +
    'sparprogramm:s paket:e vorhaben programm:e uebung aufstellung:en wechsel auswechslung:en elfmeter penalty:s tor:e goal:s ' +
    'formulierung:en recherche:n interview:s podcast:s video:s tweet:s post:s kolumne:n ' +
    // Buildings and designs: "Die neue Moschee ist hässlich", "Das Stadion ist ein Witz".
    'moschee:n kirche:n synagoge:n tempel minarett:e gebaeude bau:ten neubau:ten stadion:s bahnhof haus design logo:s denkmal ' +
    // Devices, vehicles, food, weather, music: "Dieses Handy ist ein Stück Scheisse", "Der Drucker ist Mist".
    'handy:s drucker app:s auto:s velo:s computer laptop:s tram:s zug:es bus:ses fahrplan:s wetter essen menue:s kaffee pizza song:s ' +
    'lied:er musik album:s buch:es produkt:e software update:s website:s webseite:n fernseher kompromiss:es baustelle:n kreisel parkplatz ' +
    'strasse:n nebel regen ' +
    // Everyday mishaps: "ein dummer Unfall", "ein idiotischer Fehler", "ein dümmerer Zufall".
    'unfall unfaelle zufall zufaelle fehler missgeschick:e saison jahr:e lohn loehne batterie:n verspaetung:en panne:n stau:s ' +
    'wochenende:n missverstaendnis:se miete:n telefon:e',
);
/** Singular copulas: "das ist dumm" judges a thing, "das sind Idioten" points at people. */
const DE_SINGULAR_COP: ReadonlySet<string> = new Set(['ist', 'isch', 'war', 'waer', 'waere', 'wars', 'wird', 'wurde', 'wirkt', 'bleibt', 'scheint', 'klingt', 'toent']);
/** Verbs of judging that take the judged as object: "Den Entscheid finde ich dumm", "Ich halte das für idiotisch". */
const DE_JUDGE = new WordSet(new Set(['finde', 'findet', 'finden', 'fand', 'fanden', 'find', 'finds', 'faend', 'finded', 'halte', 'haelt', 'halten', 'haltet', 'hielt', 'hielten']));
/** Conjunctions that open a clause which is the subject of "ist …": "Dass die Prämien steigen, ist bescheuert". */
const DE_SUBJECT_CLAUSE: ReadonlySet<string> = new Set(['dass', 'wenn', 'wie', 'ob', 'das', 'wo']);
/** Words that may come before a predicate put first in its clause: "Aber dumm ist das nicht". */
const DE_OPENERS: ReadonlySet<string> = new Set(['aber', 'und', 'doch', 'also', 'nein', 'ja', 'oder', 'sondern']);

const DE = grammar(
  {
    [COP]: ['ist', 'sind', 'war', 'waren', 'isch', 'waer', 'waere', 'waeren', 'wars', 'wird', 'werden', 'wurde', 'wurden', 'wirkt', 'bleibt', 'scheint', 'klingt', 'toent', 'bist', 'bisch', 'seid', 'sei', 'seien'],
    [ADDR]: ['du', 'ihr', 'dich', 'euch', 'dir'],
    [SUBJ3]: ['er', 'sie', 'der', 'die', 'dae', 'ihn', 'ihm', 'ihnen', 'man', 'jeder', 'jede', 'alle', 'alli', 'wer', 'dieser', 'jener'],
    [DEM_SUBJ]: ['das', 'es', 'dies', 'sowas', 'daes', 'ganze', 'alles'],
    [PERSON]: DE_PERSON,
    [FILLER]: expand(
      'doch ja halt eben einfach eifach nur total voll echt wirklich wuerklich ziemlich zimli sehr so extrem absolut komplett voellig ' +
        'vollkommen richtig schon scho wieder immer noch no auch au mal mol eigentlich definitiv wohl natuerlich heute gestern huere ' +
        'mega gar selten reichlich ganz recht dermassen schlicht schlichtweg rein bloss vor allem eher etwas bitzeli chli nicht nid ' +
        'noed hoechst am',
    ).concat(
      // Intensifiers before the noun: "ein totaler Schwachsinn", "kompletter Blödsinn", "ein riesiger Mist".
      de6('total absolut komplett voellig vollkommen rein riesig gross echt richtig verdammt'),
      // "ein Stück Scheisse", "ein Haufen Mist": a measure before the verdict.
      ['stueck', 'haufen'],
    ),
    [ART]: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'en', 'e', 'es', 'ne', 'a', 'der', 'die', 'das', 'den', 'dem', 'des', 'dae', 'd', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'solche', 'solcher', 'solches', 'solchen', 'jener', 'jene', 'mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'meine', 'deine', 'seine', 'ihre', 'unsere', 'eure', 'seinem', 'seinen', 'ihrem', 'ihren', 'deinem', 'deinen', 'ganze', 'ganzen', 'neue', 'neuen', 'jetzige', 'aktuelle'],
    [PLURAL_ART]: [],
    [STRONG]: DE_STRONG,
    [WEAK]: [],
    [ANIMAL]: [],
    [ADJ]: DE_ADJ,
    [CRIT]: DE_CRIT,
    [EXCLAIM]: [],
    [DET]: [],
    [THING]: DE_THING,
    [GROUP]: [],
    [AGENT]: [],
    [PRE]: [],
    [AND]: ['und', 'oder', 'u'],
    [NEG]: ['nicht', 'nid', 'noed', 'kein', 'keine', 'nie'],
    [OF]: ['des', 'der', 'von', 'vom', 'vo', 'ueber', 'zur', 'zum', 'fuer', 'gegen'],
    [AFTER_ADJ]: [],
    [SELF]: ['ich', 'i', 'mich', 'mir'],
    [SELF_COP]: ['bin', 'bi', 'war', 'fuehle', 'fuehlte'],
    [MERDE]: [],
    [ALL]: [],
    [PRED_ONLY]: [],
  },
  [],
  '',
  '',
  'dass',
  '',
  [],
  ['wie', []],
  false,
);

/** Things and people as the head of a German compound: "Parkplatzregel", "Fussballspiel", "Parteipräsident". */
const DE_HEADS: ReadonlyMap<string, number> = new Map([...DE_THING.map((w): [string, number] => [w, THING]), ...DE_PERSON.map((w): [string, number] => [w, PERSON])].filter(([w]) => w.length >= 4));
const MIN_COMPOUND_FIRST = 3;
const MIN_COMPOUND_HEAD = 4;
/**
 * German abstract nouns by their ending ("Verkehrsführung", "Sanierung", "Lösung", "Neuheit", "Tätigkeit",
 * "Kommission", "Realität", "Ergebnis"): things that a comment may call stupid, whatever the table lists.
 */
const DE_THING_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|tion|tionen|taet|taeten|nis|nisse)$/;
/** Words with those endings that name people or bodies of people: "Die Regierung ist dumm" insults its members. */
const DE_PEOPLE_ENDINGS: readonly string[] = [
  'regierung', 'parteifuehrung', 'geschaeftsfuehrung', 'staatsfuehrung', 'konzernfuehrung', 'armeefuehrung', 'vereinsfuehrung', 'leitung', 'verwaltung', 'bevoelkerung', 'bedienung', 'vertretung', 'menschheit', 'minderheit', 'mehrheit',
  'persoenlichkeit', 'hoheit', 'majestaet', 'nation', 'opposition', 'redaktion', 'delegation', 'direktion', 'fraktion', 'koalition',
  'generation', 'administration', 'organisation', 'gewerkschaft', 'nationalitaet', 'identitaet',
];
const MIN_THING_ENDING_WORD = 6;
/** Prepositions of place after a German thing that is the subject: "Die Moschee in Wil", "Der Kreisel beim Bahnhof". */
const DE_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'am', 'an', 'auf', 'bei', 'beim', 'uf', 'bim', 'z']);
/** Words of the place itself, the preposition included ("in der Altstadt von Bern"). */
const MAX_PLACE_WORDS = 4;

/** Whether a German word is an abstract noun by its ending and names no people ({@link DE_THING_ENDING}). */
function germanThingByEnding(word: string): boolean {
  // "fuehrung" alone is the leadership, "Verkehrsführung" a road layout; its people compounds are listed.
  return word.length >= MIN_THING_ENDING_WORD && DE_THING_ENDING.test(word) && word !== 'fuehrung' && !DE_PEOPLE_ENDINGS.some((e) => word.endsWith(e) || word.endsWith(`${e}en`));
}

const GRAMMARS: Readonly<Record<Lang, Grammar>> = { fr: FR, it: IT, en: EN, de: DE };

const PREDICATE = insult(0.8);
const PREDICATE_WEAK = insult(0.68);
const PREDICATE_ADJ = insult(0.68);
const EXCLAMATION = insult(0.78);
const IMPERATIVE = insult(0.7);
const MENTION = insult(0.3);

/** Word classes per language, one typed-array read per token. */
class ClassTable {
  private readonly flags = new WordFlags(WORDS);
  /**
   * `heads`: classes a word takes as the last part of a compound (German "Parkplatz|regel", "Partei|präsident"); the
   * first part has at least three letters, the head at least four.
   */
  constructor(
    private readonly classes: ReadonlyMap<string, number>,
    private readonly heads?: ReadonlyMap<string, number>,
    /** Words that are things by their ending (German abstract nouns), when nothing else classes them. */
    private readonly thingByEnding?: (word: string) => boolean,
  ) {}

  of(token: Token): number {
    const known = this.flags.get(token.id);
    if (known !== 0) return known & ~KNOWN;
    let bits = this.classes.get(token.norm) ?? 0;
    // Stretched letters ("Idiooot", "stuuupid"): three or more of a letter read as one.
    if (bits === 0 && /(.)\1\1/.test(token.norm)) bits = this.classes.get(token.norm.replace(/(.)\1{2,}/g, '$1')) ?? 0;
    // A letter doubled by a slip or for emphasis ("stupidd", "morron", "idiott"): read as an insult only, so that no
    // ordinary word is read as another ("bell" is not "bel").
    if (bits === 0 && /(.)\1/.test(token.norm)) bits = this.undoubled(token.norm);
    if (bits === 0 && this.heads !== undefined) {
      const w = token.norm;
      for (let i = MIN_COMPOUND_FIRST; i + MIN_COMPOUND_HEAD <= w.length && bits === 0; i++) bits = this.heads.get(w.slice(i)) ?? 0;
    }
    if (bits === 0 && this.thingByEnding !== undefined && this.thingByEnding(token.norm)) bits = THING;
    this.flags.set(token.id, bits | KNOWN);
    return bits;
  }

  private undoubled(word: string): number {
    for (let i = 1; i < word.length; i++) {
      if (word[i] !== word[i - 1]) continue;
      const bits = this.classes.get(word.slice(0, i) + word.slice(i + 1)) ?? 0;
      if (bits & INSULTING) return bits;
    }
    return 0;
  }
}

const TABLES: Readonly<Record<Lang, ClassTable>> = { fr: new ClassTable(FR.classes), it: new ClassTable(IT.classes), en: new ClassTable(EN.classes), de: new ClassTable(DE.classes, DE_HEADS, germanThingByEnding) };

/** Insults often written with a letter or two masked, besides the grammar's insult words. */
const MASKABLE: Readonly<Record<Lang, readonly string[]>> = {
  // "con" is three letters, the only short word masked so ("quel gros c*n").
  fr: ['connard', 'connasse', 'salope', 'pute', 'encule', 'batard', 'enfoire', 'salaud', 'merdeux', 'con'],
  it: ['stronzo', 'stronza', 'stronzi', 'coglione', 'coglioni', 'puttana', 'bastardo', 'bastardi', 'troia', 'vaffanculo', 'minchione'],
  en: ['fucking', 'fucker', 'fuck', 'asshole', 'arsehole', 'bitch', 'cunt', 'bastard', 'dickhead', 'wanker', 'shithead', 'retard', 'twat'],
  // German insults written with a letter masked ("Du Id*ot", "Halt die Fr*sse", "Hurens*hn"): read only in a comment with
  // an asterisk between letters (lexicon-scorer.ts).
  de: ['idiot', 'idioten', 'vollidiot', 'fresse', 'hurensohn', 'arschloch', 'wichser', 'fotze', 'schlampe', 'spast', 'schwuchtel', 'trottel', 'scheisse', 'missgeburt', 'drecksau', 'penner', 'bastard'],
};
const masked = new Map<Lang, ReadonlySet<string>>();

/**
 * The insult words of a language with one to three letters masked, as "prefix" + count + "suffix" ("cr" 1 "tin"
 * for "cr*tin"); built the first time a comment with an asterisk comes in.
 */
function maskedWords(language: Lang): ReadonlySet<string> {
  let set = masked.get(language);
  if (set !== undefined) return set;
  const out = new Set<string>();
  const words = [...GRAMMARS[language].classes.entries()].filter(([, bits]) => bits & (STRONG | ADJ)).map(([w]) => w);
  for (const w of [...words, ...MASKABLE[language]]) {
    if (w.length < 4 && !MASKABLE[language].includes(w)) continue;
    for (let from = 1; from < w.length - 1; from++) for (let k = 1; k <= 3 && from + k < w.length; k++) out.add(`${w.slice(0, from)}${k}${w.slice(from + k)}`);
  }
  set = out;
  masked.set(language, set);
  return set;
}

/** Predicate insults and allowed criticism found in one comment. */
export interface PredicateFindings {
  matches: TermMatch<LexiconPayload>[];
  /** Criticism of things, speaking of oneself: lexicon matches inside are dropped and the words masked. */
  allowed: AllowedRange[];
  /** Negated insults found here: lexicon matches inside are dropped (this match carries them, negated). */
  negated: AllowedRange[];
}

const NONE: PredicateFindings = { matches: [], allowed: [], negated: [] };
/** Words between a subject and its verb: "n'", "non", "really", "aussi" ("tu n'es", "you really are"). */
const BEFORE_COPULA = new WordSet(new Set(['n', 'ne', 'non', 'not', 'really', 'just', 'also', 'still', 'truly', 'now', 'clearly', 'obviously', 'aussi', 'vraiment', 'meme', 'anche', 'davvero', 'proprio', 'ormai', 'tutti', 'tous',
  // English perfect and modals: "I've been", "you have been", "I can be", "he could be" keep their subject.
  've', 'have', 'has', 'had', 'can', 'could', 'may', 'might', 'will', 'would', 'll', 'must', 'should']));
/** Per-token scratch space, reused from comment to comment (scoring is synchronous). */
let classBuffer = new Int32Array(256);
/** The sentence of each token, beside its classes: read far more often than any other field of a token. */
let sentenceBuffer = new Int32Array(256);
let breakBuffer = new Uint8Array(256);
const MAX_SUBJECT_DISTANCE = 4;
/** Infinitives of "be" ("être", "essere", "being") and of the perfect's auxiliary ("avoir été", "aver(e) stato", "having been"). */
const BE_INFINITIVES: ReadonlySet<string> = new Set(['etre', 'essere', 'esser', 'being']);
const HAVE_INFINITIVES: ReadonlySet<string> = new Set(['avoir', 'aver', 'avere', 'essere', 'having']);
/** Words that make the writer the subject of an infinitive after them: "sorry", "désolé", Italian first-person verbs. */
const FIRST_PERSON_CUES: ReadonlySet<string> = new Set([
  'sorry', 'desole', 'desolee', 'posso', 'potrei', 'vorrei', 'voglio', 'devo', 'dovrei', 'cerco', 'provo', 'spero', 'sto', 'preferisco', 'preferirei', 'odio',
]);
const SELF_INFINITIVE_WINDOW = 6;
/** How far back a thing with a complement may stand before its verb ("l'idée de taxer les vélos est …"). */
const MAX_THING_DISTANCE = 9;
/** "trop", "troppo", "too" before an adjective: "trop bête pour comprendre" is no excuse. */
const TOO: ReadonlySet<string> = new Set(['trop', 'troppo', 'too']);
/** Degree words that announce a consequence ("talmente ottuso che …", "tellement bête que …") and its "that". */
const SO_DEGREE: ReadonlySet<string> = new Set(['talmente', 'cosi', 'tanto', 'tellement', 'si', 'so', 'such']);
const SO_THAT: ReadonlySet<string> = new Set(['che', 'que', 'qu', 'that']);
/** Words before a noun that "sale", "vrai", "total" are not: they describe ("le petit singe", "il povero cane"). */
const DESCRIPTIVE: ReadonlySet<string> = new Set(['petit', 'petite', 'petits', 'petites', 'gros', 'grosse', 'grosses', 'pauvre', 'pauvres', 'povero', 'povera', 'poveri', 'povere', 'poor']);
/** Definite articles between a name and an insult in apposition ("Berset le clown", "Trump the clown", "Salvini il buffone"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'l', 'the', 'il', 'lo']);
/** Prepositions before a capitalised word that make it a place or a thing rather than the person insulted. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['a', 'au', 'aux', 'de', 'd', 'du', 'en', 'dans', 'sur', 'vers', 'in', 'at', 'from', 'to', 'of', 'on', 'into', 'near', 'di', 'da', 'nel', 'nella', 'per']);
/** Capitalised words that open a sentence before "le"/"the" + noun and are no names ("Hier le clown …", "Then the fool …"). */
const NAME_STOP: ReadonlySet<string> = new Set([
  'hier', 'aujourd', 'demain', 'puis', 'ensuite', 'alors', 'enfin', 'voici', 'voila', 'apres', 'avant', 'depuis', 'selon', 'pour', 'avec',
  'sans', 'chez', 'dans', 'sur', 'ici', 'meme', 'soudain', 'quand', 'lorsque', 'mais', 'donc', 'car', 'comme', 'voyez', 'regardez', 'merci',
  'then', 'today', 'yesterday', 'now', 'here', 'there', 'meanwhile', 'later', 'once', 'finally', 'suddenly', 'but', 'also', 'again',
  'tonight', 'when', 'where', 'why', 'how', 'watch', 'see', 'meet', 'call', 'enter', 'send', 'bring', 'like', 'unlike', 'even', 'only', 'just',
  'welcome', 'thank', 'thanks', 'ieri', 'oggi', 'domani', 'poi', 'ecco', 'guarda', 'dopo', 'prima', 'anche', 'ora', 'adesso',
]);
/** Verbs of lying, daring, resigning, voting and speaking: a "porc" or "vipère" who does them is a person. */
const PERSON_VERBS: ReadonlySet<string> = new Set(expand(
  'ose:nt ment mentent mentir pretend:ent demissionne:r,nt radote:nt insulte:nt vote:nt parle:nt declare:nt affirme:nt ' +
    'lies lie dares dare resign:s votes talks talk claims claim mente:no osa osano vota:no parla:no dimettersi ' +
    'dimette',
));
/** Modal verbs before a verb of {@link PERSON_VERBS}: "ce porc devrait démissionner", "this rat should resign". */
const MODALS: ReadonlySet<string> = new Set(['devrait', 'devraient', 'doit', 'doivent', 'should', 'must', 'dovrebbe', 'deve']);
/** Heads of French insults of three words ("tête de mule", "tête de linotte"): said of oneself, they are no insult. */
const SELF_HEADS: ReadonlySet<string> = new Set(['tete', 'cervelle', 'cerveau']);
/** Insult words that are also interjections: "gros bof" is a big meh, "un gros bof" or "sale bof" a lout. */
const INTERJECTIONS: ReadonlySet<string> = new Set(['bof']);
/** Group words that only gather people: an animal after them is a name for people ("bande de moutons"). */
/**
 * Bodies of people (a council, a parliament, a department): "quei barbagianni del Gran Consiglio", "ces ânes du
 * Conseil fédéral" call their members animals; no one owns an animal through them ("le chien du voisin").
 */
const INSTITUTIONS: ReadonlySet<string> = new Set([
  // Not a commune or a canton, which keep sheep and goats ("les chèvres de la commune").
  'conseil', 'parlement', 'municipalite', 'gouvernement', 'departement', 'parti', 'administration', 'redaction', 'syndicat',
  'consiglio', 'gran', 'parlamento', 'municipio', 'governo', 'dipartimento', 'partito', 'amministrazione', 'redazione', 'sindacato',
]);
/** French "de"/"d'" without an article: "ce porc de ministre" (an apposition), unlike "le chien du ministre" (his dog). */
const OF_BARE: ReadonlySet<string> = new Set(['de', 'd']);
/** One more of them, said with contempt before a sarcastic name: "ecco un altro fenomeno che …", "encore un génie qui …". */
const GENIUS: ReadonlySet<string> = new Set(['genio', 'geni', 'genie', 'genies', 'einstein', 'sherlock', 'genius', 'geniuses']);
/** Players and coaches, whom a cheer calls a genius in earnest. */
const SPORT: ReadonlySet<string> = new Set(['allenatore', 'allenatori', 'giocatore', 'giocatori', 'portiere', 'attaccante', 'difensore', 'arbitro', 'entraineur', 'entraineurs', 'joueur', 'joueurs', 'joueuse', 'gardien', 'attaquant', 'defenseur', 'coach', 'arbitre']);
/** Possessives between an article and a person: "il nostro municipale", "notre cher syndic". */
const OUR: ReadonlySet<string> = new Set(['nostro', 'nostra', 'nostri', 'vostro', 'vostra', 'notre', 'nos', 'votre', 'vos', 'cher', 'chere', 'caro', 'cara']);
/** "Such" after a noun: "des incapables pareils", "idioti simili". */
const SUCH: ReadonlySet<string> = new Set(['pareil', 'pareils', 'pareille', 'pareilles', 'simile', 'simili']);
const ANOTHER: ReadonlySet<string> = new Set(['altro', 'ennesimo', 'solito', 'encore', 'enieme', 'autre', 'another']);
/** Demonstratives after a relative clause that point at the thing under discussion: "le génie qui a conçu ce rond-point". */
const THIS_THING: ReadonlySet<string> = new Set(['ce', 'cet', 'cette', 'ces', 'questo', 'questa', 'quest', 'questi', 'queste', 'sto', 'sta', 'sti', 'ste', 'this', 'these']);
/** Articles and possessives that open a sentence with its subject ("Il nonno di Biasca, …", "Mon voisin, …", "My dad, …"). */
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'mio', 'mia', 'miei', 'mie', 'suo', 'sua', 'nostro', 'nostra', 'les', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'notre', 'the', 'my', 'his', 'her', 'our']);
/** Finite auxiliaries and common verbs that show the opening clause has its own verb ("Il tuo commento non ha senso, torna a scuola"); Italian "a" is a preposition. */
const FINITE_AUX: ReadonlySet<string> = new Set(['ha', 'hai', 'hanno', 'ho', 'fa', 'fai', 'fanno', 'puo', 'vuoi', 'a', 'as', 'ont', 'ai', 'fait', 'fais', 'peut', 'veut', 'has', 'have', 'had', 'does', 'did', 'can', 'makes', 'non', 'ne', 'n', 'not']);
/**
 * Beasts and things said to do better than a person, besides the animals of the grammar. Asked of every token of a
 * French or Italian comment the grammar reads: WordSets answer from the token's id.
 */
const BEASTS: Readonly<Record<'fr' | 'it', WordSet>> = {
  fr: new WordSet(new Set(['chat', 'chats', 'chien', 'chiens', 'huitre', 'huitres', 'poule', 'poules', 'poisson', 'hamster', 'caillou', 'pierre', 'mur', 'plante', 'moule', 'chimpanze', 'gamin', 'enfant'])),
  it: new WordSet(new Set(['gatto', 'gatti', 'cane', 'cani', 'gallina', 'galline', 'sasso', 'muro', 'pianta', 'criceto', 'pesce', 'scimmia', 'scimpanze', 'bambino', 'bimbo'])),
};
/** Conditional verb forms: "aurait", "comprendrait", "capirebbe", "farebbero". */
const CONDITIONAL: Readonly<Record<'fr' | 'it', RegExp>> = { fr: /(?:rait|raient)$/, it: /(?:rebbe|rebbero)$/ };
/** Comparatives of doing better: "mieux", "plus", "meglio", "più". */
const BETTER: Readonly<Record<'fr' | 'it', ReadonlySet<string>>> = { fr: new Set(['mieux', 'plus']), it: new Set(['meglio', 'piu']) };
/** "than" after a comparative, with the comparative itself: "mieux que", "plus … que", "meglio di". */
const BETTER_THAN: Readonly<Record<'fr' | 'it', ReadonlySet<string>>> = { fr: new Set(['que', 'qu']), it: new Set(['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello']) };
const GANGS = new WordSet(new Set(['bande', 'bandes', 'clique', 'ramassis', 'brochette', 'banda', 'manica', 'combriccola', 'accozzaglia', 'marmaglia']));
/** "tu ressembles à …", "il ressemble à …". */
const RESEMBLE = /^ressembl(e|es|ez|ent)$/;
/**
 * The words a comparison opens on (see `comparison` in {@link findIn}), asked of every token: the grammar's "comme",
 * "come", "like", and French "dirait" ("on dirait …") and the forms of {@link RESEMBLE}.
 */
const COMPARISON_OPENERS: Readonly<Record<Lang, WordSet>> = {
  fr: new WordSet(new Set([FR.like, 'dirait', 'ressemble', 'ressembles', 'ressemblez', 'ressemblent'])),
  it: new WordSet(new Set([IT.like])),
  en: new WordSet(new Set([EN.like])),
  de: new WordSet(new Set([DE.like])),
};
/** French "été": a copula after "avoir" said of the writer ("Désolée d'avoir été …"), asked of every token. */
const ETE = new WordSet(new Set(['ete']));
/** "de", "d'", "da" right before an insult after a thing: "commentaire de demeuré", "commento da idiota". */
const OF_BARE_INSULT: ReadonlySet<string> = new Set(['de', 'd', 'da']);
/** Full of people: "plein de", "peuplé de", "pieno di", "full of" (the adjective, then {@link FULL_OF}). */
const FULL: ReadonlySet<string> = new Set(['plein', 'pleine', 'pleins', 'pleines', 'rempli', 'remplie', 'peuple', 'peuplee', 'pieno', 'piena', 'pieni', 'piene', 'full']);
const FULL_OF: ReadonlySet<string> = new Set(['de', 'd', 'di', 'of']);
/** One's own family ("mon fils", "mia figlia", "my son"), of whom a clown or a fool is said fondly. */
const KIN: ReadonlySet<string> = new Set([
  'fils', 'fille', 'filles', 'frere', 'soeur', 'pere', 'mere', 'mari', 'copain', 'copine', 'neveu', 'niece', 'cousin', 'cousine', 'petit', 'gamin', 'grand', 'papa', 'maman',
  'figlio', 'figlia', 'figli', 'fratello', 'sorella', 'padre', 'madre', 'marito', 'moglie', 'nipote', 'cugino', 'cugina', 'nonno', 'nonna', 'bimbo', 'bimba',
  'son', 'sons', 'daughter', 'daughters', 'brother', 'sister', 'dad', 'mum', 'mom', 'husband', 'wife', 'nephew', 'niece', 'grandson', 'granddaughter', 'kid', 'kids', 'boy', 'girl', 'grandad', 'grandpa',
]);
const OWN: ReadonlySet<string> = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'my', 'our']);
/** Titles of the first among many: "le roi des menteurs", "il re dei voltagabbana", "the king of the liars". */
const KINGS: ReadonlySet<string> = new Set(['roi', 'reine', 'prince', 'champion', 'championne', 're', 'regina', 'principe', 'campione', 'campionessa', 'king', 'queen', 'prince', 'champion']);
/** What joins a title to the people it leads: "des", "dei", "degli", "delle", "of the" (its last word). */
const KING_OF: ReadonlySet<string> = new Set(['des', 'dei', 'degli', 'delle', 'the']);
/** Adjectives said only of people, which make any noun after a demonstrative an insult ("that spineless jellyfish"). */
const PERSON_ADJ: ReadonlySet<string> = new Set(['spineless', 'gutless', 'clueless', 'brainless', 'braindead', 'cowardly', 'gormless', 'witless', 'dimwitted', 'halfwitted']);
/** Finite forms of "faire"/"fare" in the third person or the past: "il fait le clown", "ha fatto il pagliaccio". */
const PLAYED: ReadonlySet<string> = new Set(['fait', 'faisait', 'faisaient', 'font', 'fatto', 'faceva', 'facevano', 'fanno', 'fa', 'fece']);
const PLAY_ARTICLES: ReadonlySet<string> = new Set(['le', 'l', 'il', 'lo']);
/** Spines in the frame "has the backbone of a jellyfish": said of a person named, not of a patient. */
const SPINES: ReadonlySet<string> = new Set(['backbone', 'spine', 'colonne', 'spina']);
/** "made a fool of himself". */
const MAKE: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);
const HIMSELF: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'myself', 'ourselves']);
/** "di corte", "du roi": a jester's post. */
const COURT: ReadonlySet<string> = new Set(['di corte', 'del re', 'de cour', 'du roi']);
/** What a comparison's verb may have as its object before "comme"/"come"/"like": "répète tout comme …", "repeats everything like …". */
const COMPARE_OBJECTS: ReadonlySet<string> = new Set(['tout', 'tutto', 'everything']);
/**
 * Indefinite articles that open a noun phrase in apposition ("…, a lazy hack, …", "…, un vrai incapable, …"), plural
 * ones too ("Les fonctionnaires, des parasites de bureau", "Questi politici, dei parassiti").
 */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une', 'uno', 'una', 'des', 'dei', 'degli', 'delle']);
/**
 * Prepositions that tie a thing to the person before them ("the journalists against the new law", "les gens derrière
 * cette réforme", "i politici dietro questa riforma"), and how many words the thing may take.
 */
const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'behind', 'for', 'from', 'at', 'in', 'with', 'of', 'contre', 'derriere', 'pour', 'de', 'du', 'des', 'a',
  'contro', 'dietro', 'per', 'di', 'del', 'della', 'dei', 'delle', 'alla', 'al']);
const MAX_MODIFIER_WORDS = 5;
/** Common adjectives in a thing's noun phrase ("the new law", "la nouvelle loi", "la nuova legge"): crossed like articles. */
const ADJECTIVE_LIKE = /^(new|old|latest|nouvel|nouvelle|nouveau|nuova|nuovo|nuove|nuovi|ultim[aeio]|dernier|derniere)$/;
/** English compounds whose last word is an insult but which name no one: "a knee-jerk reaction". */
const NOT_PERSONS_EN: ReadonlySet<string> = new Set(['knee jerk']);
/** Prepositions of an act's target: "threats against journalists", "menaces contre", "minacce contro", "attacks on". */
const AGAINST: ReadonlySet<string> = new Set(['against', 'on', 'towards', 'contre', 'envers', 'contro', 'verso']);
/** Relative pronouns after a noun in apposition: the clause they open describes it ("…, des parasites qui …"). */
const RELATIVES_AFTER: ReadonlySet<string> = new Set(['qui', 'che', 'who']);
/** Verbs of acting a part after an exclamation about oneself: "quel boulet je fais", "che figura da scemo faccio". */
const SELF_DOING: ReadonlySet<string> = new Set(['fais', 'faisais', 'faccio', 'facevo', 've', 'have', 'had']);
/** "Espèce d'âne", "bougre d'âne": an animal after these is an insult, not a herd. */
const SPECIES: ReadonlySet<string> = new Set(['espece', 'bougre']);
/** Italian infinitives ("rinunciare", "credere", "dire"): an adjective before one judges an act. */
const INFINITIVE = /^[a-z]{2,}(are|ere|ire)$/;
const MAX_FILLERS = 6;
/** Most words in a belittling phrase after a person ("à la petite semaine"). */
const MAX_CHEAP_WORDS = 4;
/** How far "pas parce que" may stand before the insult it denies. */
const MAX_BECAUSE_DISTANCE = 14;
/** How far back from a comparison's verb its subject is looked for. */
const MAX_COMPARE_SUBJECT = 3;

// ---------------------------------------------------------------------------------------------------------------
// Frames that insult without an insult word: "the IQ of a <anything>", "as sharp as a <anything>", "nice one,
// Einstein", "whoever wrote this is …". The noun compared with may be anything: the frame carries the insult.
// ---------------------------------------------------------------------------------------------------------------

interface Frames {
  /** Verbs and prepositions of having before the mind noun: "has the IQ of", "avec le cerveau d'", "con il cervello di". */
  have: ReadonlySet<string>;
  /** Definite articles before the mind noun. */
  the: ReadonlySet<string>;
  /** Words for a mind: "IQ", "brain", "cervelle", "quoziente" (+ "intellettivo"), "mental" (+ "age"). */
  mind: ReadonlySet<string>;
  /** Second words of a two-word mind noun ("quotient intellectuel", "mental age", "attention span"). */
  mindTail: ReadonlySet<string>;
  /** "of", "de", "d'", "di", "da". */
  of: ReadonlySet<string>;
  /** Indefinite articles ("a", "une", "una"). */
  a: ReadonlySet<string>;
  /** "as", "aussi", "si", "tanto", "cosi", "more", "plus", "piu": before the adjective of a comparison. */
  degree: ReadonlySet<string>;
  /** "as", "que", "qu", "come", "quanto", "than", "di": after the adjective. */
  than: ReadonlySet<string>;
  /** Adjectives of wit, said in irony when compared with a thing: "as sharp as a marble", "aussi futé qu'une porte". */
  bright: ReadonlySet<string>;
  /** Comparative forms that carry the degree themselves: "dumber than", "thicker than". */
  comparatives: ReadonlySet<string>;
  /** What a quick or sharp mind is fondly compared with: "sharp as a tack", "malin comme un singe", "furbo come una volpe". */
  praise: ReadonlySet<string>;
  /** Names for a clever person, said in irony to the reader: "nice one, Einstein", "bravo le génie". */
  sarcastic: ReadonlySet<string>;
  /** Words of praise before such a name: "well done", "bravo", "complimenti", "merci". */
  cheer: ReadonlySet<string>;
  /** Openers of a relative clause that names a person by what they did: "whoever", "celui qui", "chi". */
  who: ReadonlySet<string>;
  /** Words after which "celui"/"the one" opens a relative clause ("qui", "who"); empty when the opener is enough. */
  whoThen: ReadonlySet<string>;
  /** Verb forms of the first person the subject of a comparison may be ("ho", "ai"): the writer speaks of himself. */
  selfVerbs: ReadonlySet<string>;
  /** Verb forms of the second person ("hai", "sei", "as"): the reader is the subject. */
  addrVerbs: ReadonlySet<string>;
  /**
   * Intensifiers of a name called to the reader ("you absolute walnut", "you utter melon"), or words that open a
   * name-calling ("espèce de cornichon", "bougre d'andouille"): any noun ending the clause after them is an insult.
   */
  vocative: ReadonlySet<string>;
  /** Fond names after such an intensifier: "you absolute legend", "you utter star". */
  fond: ReadonlySet<string>;
  /** "without", "sans", "senza": before a missing organ of courage or wit. */
  without: ReadonlySet<string>;
  /** Organs of courage and wit a person is said to lack: "spineless" in words ("sans couilles", "senza spina dorsale"). */
  organs: ReadonlySet<string>;
  /** Nouns that follow an imperative's noun as a compound ("get a life insurance", "get a brain scan"): no insult. */
  compounds: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter((w) => w !== ''));

const FRAMES: Readonly<Record<Lang, Frames | undefined>> = {
  en: {
    have: set('has have had got ve with'),
    the: set('the a'),
    mind: set('iq brain brains intelligence wits mental attention memory mentality intellect backbone spine'),
    mindTail: set('age span'),
    of: set('of'),
    a: set('a an'),
    degree: set('as so more'),
    than: set('as than'),
    bright: set('sharp bright smart clever intelligent quick useful'),
    comparatives: set('dumber stupider thicker denser dimmer'),
    praise: set('tack button whip razor knife fox owl eagle hawk pin nail needle lynx flash lightning wink cheetah'),
    sarcastic: set('genius einstein sherlock'),
    cheer: set('nice well done good job great brilliant bravo congrats congratulations thanks thank ok okay sure yeah wow way go'),
    who: set('whoever anyone anybody one person'),
    whoThen: set('who'),
    selfVerbs: set(''),
    addrVerbs: set(''),
    vocative: set('absolute utter complete total proper'),
    without: set('without'),
    organs: set('brain brains spine backbone balls guts'),
    fond: set('legend legends hero heroes star stars gem gems angel angels treasure champion champ saint beauty darling sweetheart king queen lifesaver diamond unit madman genius boss icon rockstar'),
    compounds: set('insurance coach coaching jacket jackets vest lesson lessons story stories skills scan scans expectancy sentence cycle partner hack hacks tumour tumor injury surgery trust teaser drain insurer policy plan'),
  },
  fr: {
    have: set('ai a as avez ont avais avait avaient avoir avec'),
    // "avec ton cerveau de …", "avec ce QI de …"
    the: set('le la l ton ta ce cette votre'),
    mind: set('qi cerveau cervelle intelligence quotient age memoire colonne'),
    mindTail: set('intellectuel mental vertebrale'),
    of: set('d de'),
    a: set('un une'),
    degree: set('aussi si plus'),
    than: set('que qu'),
    bright: set('fute futee futes futees malin maligne malins malignes intelligent intelligente intelligents intelligentes vif vive fin fine brillant brillante eveille eveillee degourdi degourdie utile utiles'),
    comparatives: set(''),
    praise: set('singe singes renard renards aigle aigles lynx chouette furet'),
    // "Merci l'expert", "bravo l'experte": said to a commenter, the title is irony.
    sarcastic: set('genie genies einstein sherlock expert experte'),
    cheer: set('bravo bien joue merci chapeau felicitations sacre sacree super genial bel'),
    who: set('celui celle ceux celles quiconque'),
    whoThen: set('qui'),
    selfVerbs: set('ai'),
    addrVerbs: set('as es avez etes'),
    vocative: set('espece bougre'),
    without: set('sans'),
    organs: set('cervelle cerveau couilles colonne'),
    fond: set(''),
    compounds: set(''),
  },
  it: {
    have: set('ho ha hai hanno avete abbiamo avevo aveva avevi avere con'),
    // "con quel quoziente da criceto", "con il tuo cervello di …"
    the: set('il l la lo quel quella tuo tua sto'),
    mind: set('qi cervello quoziente intelligenza eta memoria spina'),
    mindTail: set('intellettivo mentale dorsale'),
    of: set('di d da'),
    a: set('un uno una'),
    degree: set('tanto cosi piu'),
    than: set('come quanto di'),
    bright: set('sveglio sveglia svegli intelligente intelligenti furbo furba furbi acuto acuta brillante brillanti utile utili'),
    comparatives: set(''),
    praise: set('volpe volpi faina faine aquila aquile lince falco gufo'),
    sarcastic: set('genio geni einstein sherlock esperto esperta fenomeno luminare furbone furbona furboni'),
    cheer: set('bravo brava bravi complimenti grazie ottimo ottima bel bella'),
    who: set('chi chiunque colui colei coloro'),
    whoThen: set('che'),
    selfVerbs: set('ho sono'),
    addrVerbs: set('hai sei siete avete'),
    vocative: set(''),
    fond: set(''),
    without: set('senza'),
    organs: set('cervello palle spina coglioni attributi'),
    compounds: set(''),
  },
  de: undefined,
};

/**
 * Every word that may start or anchor a frame, per language: a comment with none of them is not read for frames, and
 * in one that has some, only these tokens are (as WordSets: one typed-array read per token).
 */
const FRAME_TRIGGERS: Readonly<Record<Lang, WordSet>> = (() => {
  const out: Partial<Record<Lang, WordSet>> = {};
  for (const lang of ['en', 'fr', 'it', 'de'] as const) {
    const f = FRAMES[lang];
    out[lang] = new WordSet(f === undefined ? new Set() : new Set([...f.mind, ...f.degree, ...f.comparatives, ...f.sarcastic, ...f.who, ...f.vocative, ...f.without]));
  }
  return out as Record<Lang, WordSet>;
})();
/** Prepositions after a word of thanks that turn it to a third party ("merci à l'expert", "grazie all'esperto"). */
const THANKED: ReadonlySet<string> = new Set(['a', 'au', 'aux', 'al', 'all', 'alla', 'allo', 'ai', 'agli', 'alle', 'to']);
/** How far the subject of a frame may stand before it. */
const MAX_FRAME_SUBJECT = 6;

/** Whether a new clause starts at token `i` (sentence start, or a comma, colon, dash or bracket before it). */
function clauseStart(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1] as Token;
  const cur = tokens[i] as Token;
  if (prev.sentence !== cur.sentence) return true;
  for (let c = prev.end; c < cur.begin; c++) {
    const ch = text.charCodeAt(c);
    // , : ; ( – — = and a spaced hyphen ("Maudet = menteur", "Trump = clown": the sign says what the name is).
    if (ch === 44 || ch === 58 || ch === 59 || ch === 40 || ch === 61 || ch === 8211 || ch === 8212 || (ch === 45 && c > prev.end && c + 1 < cur.begin)) return true;
  }
  return false;
}

function isLang(language: Language): language is Lang {
  return language === 'fr' || language === 'it' || language === 'en' || language === 'de';
}

/**
 * Finds predicate insults, exclamations, dismissive imperatives and allowed criticism of things.
 *
 * `selfSentences`: the sentences where the caller has words that a range said of oneself may drop (lexicon insults
 * the grammar does not know: "I've been a total jerk"); `undefined` for every sentence. In a comment with no insult
 * word of the grammar, a first-person copula ("I was at the station") can only give such a range, within its
 * sentence: in the other sentences it is not read.
 */
export function findPredicates(text: string, tokens: readonly Token[], language: Language, selfSentences?: ReadonlySet<number>): PredicateFindings {
  if (tokens.length === 0) return NONE;
  if (language === 'other') {
    // Short comments are often not recognised ("Dégage, sale troll."): each grammar has its say.
    const all = (['fr', 'it', 'en'] as const).map((l) => findIn(text, tokens, l, selfSentences)).filter((f) => f !== NONE);
    if (all.length === 0) return NONE;
    return { matches: all.flatMap((f) => f.matches), allowed: all.flatMap((f) => f.allowed), negated: all.flatMap((f) => f.negated) };
  }
  if (language === 'de') {
    // The German grammar reports no insults, only criticism of things; masked insult words are found apart.
    const found = findIn(text, tokens, language, selfSentences);
    const masked = text.includes('*') ? germanMasked(text, tokens) : [];
    return masked.length === 0 ? found : { ...found, matches: [...found.matches, ...masked] };
  }
  return isLang(language) ? findIn(text, tokens, language, selfSentences) : NONE;
}

/**
 * Whether tokens `i` and `i + 1` are one of the language's insult words with one to three letters masked by asterisks
 * ("cr*tin", "id**t", "Hurens*hn"): the tokenizer splits the word at the asterisks.
 */
function maskedPairAt(text: string, tokens: readonly Token[], i: number, language: Lang): boolean {
  const a = tokens[i] as Token;
  const b = tokens[i + 1] as Token;
  const between = text.slice(a.end, b.begin);
  return /^\*{1,3}$/.test(between) && a.sentence === b.sentence && maskedWords(language).has(`${a.norm}${between.length}${b.norm}`);
}

/** German insult words with letters masked ("Du Id*ot", "Halt die Fr*sse"), {@link maskedPairAt}. */
function germanMasked(text: string, tokens: readonly Token[]): TermMatch<LexiconPayload>[] {
  const out: TermMatch<LexiconPayload>[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!maskedPairAt(text, tokens, i, 'de')) continue;
    const a = tokens[i] as Token;
    out.push({ begin: a.begin, end: (tokens[i + 1] as Token).end, term: 'masked', id: 'de:insult:masked', tokenStart: i, tokenEnd: i + 2, data: { category: 'insult', weights: PREDICATE } });
  }
  return out;
}

/** A German verdict word: criticism that may be said of a thing ("dumm", "Seich"), not a noun said only of people. */
function judged(c: number): boolean {
  return (c & CRIT) !== 0 && (c & STRONG) === 0;
}

/**
 * The head of a German noun phrase in [from, to): the first word that is no article, filler, "ich" or "für"
 * ("diesen Vorschlag", "das" alone); "das" before a noun is its article.
 */
function nounHead(tokens: readonly Token[], cls: Int32Array, from: number, to: number): number {
  for (let q = from; q < to; q++) {
    const c = cls[q] as number;
    if (c & THING) return q;
    if (c & DEM_SUBJ) {
      let alone = true;
      for (let r = q + 1; r < to && alone; r++) alone = ((cls[r] as number) & FILLER) !== 0 || (tokens[r] as Token).norm === 'fuer';
      if (alone) return q;
    }
    if (c & (ART | FILLER | SELF) || (tokens[q] as Token).norm === 'fuer') continue;
    return q;
  }
  return -1;
}

function findIn(text: string, tokens: readonly Token[], language: Lang, selfSentences: ReadonlySet<number> | undefined): PredicateFindings {
  const g = GRAMMARS[language];
  const table = TABLES[language];
  const n = tokens.length;
  if (classBuffer.length < n) {
    classBuffer = new Int32Array(Math.max(n, classBuffer.length * 2));
    sentenceBuffer = new Int32Array(classBuffer.length);
  }
  const cls = classBuffer;
  const sentences = sentenceBuffer;
  let any = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const c = t.kind === 'word' ? table.of(t) : 0;
    cls[i] = c;
    sentences[i] = t.sentence;
    any |= c;
  }
  // Masked insults ("cr*tin") are only looked for where the grammar reports insults.
  const hasMask = g.insults && text.includes('*');
  // Most comments hold no insult, no criticism and no imperative: nothing to read. German: only criticism of a
  // thing, of "das"/"es" or of oneself is read; with no verdict word, or nothing of the kind to judge, nothing to do.
  // A first-person copula too: an insult the lexicon alone knows may be said of oneself ("sono stato un bastardo").
  const wordy = g.insults ? (any & (INSULTING | CRIT | MERDE | ANIMAL | SELF_COP)) !== 0 || hasMask : (any & CRIT) !== 0 && (any & (THING | DEM_SUBJ | SELF)) !== 0;
  // No insult, criticism, swear or animal word (wordy through a first-person copula alone): most rules need one of
  // them. A copula can then give nothing but a range said of oneself, which matters only over the caller's words
  // (selfSentences) or our own matches.
  const plain = g.insults && (any & (INSULTING | CRIT | MERDE | ANIMAL)) === 0 && !hasMask;
  const onlySelf = plain && selfSentences !== undefined;
  /** Whether a copula was left unread for want of words a range said of oneself could drop. */
  let copulaSkipped = false;
  // A person may be belittled without an insult word ("ministre de mes deux"): only where the grammar reports insults.
  // Frames that need no insult word ("the IQ of a houseplant", "nice one, Einstein"): read when a word that anchors one is there.
  const triggers = FRAME_TRIGGERS[language];
  // The first trigger word, where the frames below start looking (n when there is none).
  let firstTrigger = n;
  if (g.insults) for (let i = 0; i < n && firstTrigger === n; i++) if (triggers.has(tokens[i] as Token)) firstTrigger = i;
  const framed = firstTrigger < n;
  if (!wordy && !framed && !(any & IMP) && !(g.insults && any & PERSON)) return NONE;
  // Where clauses start (sentence start, or a comma, colon, dash or bracket before the token): computed once when
  // the grammar has words to read, asked token by token when only an imperative's first word ("go", "get") is there.
  if (breakBuffer.length < n + 1) breakBuffer = new Uint8Array(Math.max(n + 1, breakBuffer.length * 2));
  const breaks = breakBuffer;
  const read = wordy || framed;
  if (read) {
    for (let i = 0; i < n; i++) breaks[i] = clauseStart(text, tokens, i) ? 1 : 0;
    breaks[n] = 1;
  }
  const starts = (i: number): boolean => (read ? breaks[i] === 1 : i >= n || clauseStart(text, tokens, i));
  const ends = (i: number): boolean => starts(i + 1);
  const same = (i: number, j: number): boolean => j < n && breaks[j] === 0 && j > i && sentenceOf(j) === sentenceOf(i);
  let matches: TermMatch<LexiconPayload>[] | undefined;
  let allowed: AllowedRange[] | undefined;
  let negated: AllowedRange[] | undefined;
  const emit = (from: number, to: number, kind: string, weights: LexiconWeights): void => {
    if (!g.insults) return;
    // Negated ("il n'est pas idiot", "non sono un branco di idioti"): the words inside count only through this match,
    // which the context rules discount as negated.
    if (isNegatedAt(from, to)) (negated ??= []).push({ tokenStart: from, tokenEnd: to });
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    (matches ??= []).push({
      begin: first.begin,
      end: last.end,
      term: kind,
      id: `${language}:insult:${kind}`,
      tokenStart: from,
      tokenEnd: to,
      data: { category: 'insult', weights },
    });
  };
  /**
   * A negation inside the match or just before it in the same clause ("il n'est pas idiot", "non sono un branco di
   * idioti"), or a denied opinion before it ("je ne pense pas que …", "nobody said you were …"); not "non … altro
   * che" (nothing but) nor a negation in the clause before "que"/"che"/"that".
   */
  const view = { text, tokens };
  const isNegatedAt = (from: number, to: number): boolean => {
    const sentence = sentenceOf(from);
    // "I would never vote for those clowns", "Je ne fais pas confiance à ces guignols": the demonstrative points at
    // people the writer calls so; a negation before it is about the verb.
    const low = pointedOther(tokens, from) ? from : from - 3;
    for (let p = to - 2; p >= 0 && p >= low && sentenceOf(p) === sentence; p--) {
      if (p < from && g.that.has((tokens[p] as Token).norm)) break;
      // "Nobody cares, loser": a negation in the clause before does not deny an insult said after the comma.
      if (p < from && starts(p + 1) && !g.that.has((tokens[p + 1] as Token).norm)) break;
      let onlyThat = language === 'it' && (tokens[p + 1]?.norm === 'altro' || tokens[p + 1]?.norm === 'che');
      // "non sono altro che ladri", "ne sont rien d'autre que des pantins": nothing but.
      for (let q = p + 1; q <= p + 4 && q + 1 < n && !onlyThat; q++) {
        const w = (tokens[q] as Token).norm;
        const after = (tokens[q + 1] as Token).norm;
        onlyThat = (w === 'altro' && after === 'che') || (w === 'autre' && (after === 'que' || after === 'qu'));
      }
      if ((cls[p] as number) & NEG && !onlyThat && !(language === 'it' && (tokens[p] as Token).norm === 'ne' && !accented(p)) && !assertsDespiteNegation(view, p, to)) return true;
    }
    // "Ce n'est pas parce qu'on vote UDC qu'on est un abruti": the insult is what the sentence denies.
    if (language === 'fr') {
      for (let p = from - 1; p > 0 && p >= from - MAX_BECAUSE_DISTANCE && sentenceOf(p - 1) === sentence; p--) {
        if ((tokens[p] as Token).norm === 'parce' && (cls[p - 1] as number) & NEG) return true;
      }
    }
    for (let p = from - 1; p >= 0 && p >= from - 8 && sentenceOf(p) === sentence; p--) {
      if (!g.opinion.has((tokens[p] as Token).norm)) continue;
      // "je ne pense pas que", "non penso che", "I don't think", "nobody said"; not across a comma ("I don't think
      // that's fair, they are …"), after "could" ("I could not believe that he is …") nor in a rhetorical question.
      if (clauseBreak(view, p, from)) break;
      for (let q = Math.max(0, p - 3); q <= p + 2 && q < from; q++) {
        if (q !== p && sentenceOf(q) === sentence && (cls[q] as number) & NEG && !CAN.has(tokens[q - 1]?.norm ?? '') && !assertsDespiteNegation(view, q, from)) return true;
      }
    }
    return false;
  };
  /** The last relative pronoun ("qui", "che", "who") between `start` and the copula at `k`, or `start` when there is none. */
  const relativeAfter = (start: number, k: number): number => {
    for (let p = k - 1; p > start; p--) if (RELATIVES_AFTER.has((tokens[p] as Token).norm)) return p;
    return start;
  };
  /** Italian "né" (neither, nor) is written with an accent; "ne" without one is a pronoun ("se ne frega"). */
  const accented = (p: number): boolean => /[éè]/.test(text.slice((tokens[p] as Token).begin, (tokens[p] as Token).end));
  const allow = (from: number, to: number): void => {
    (allowed ??= []).push({ tokenStart: from, tokenEnd: to });
  };
  /**
   * Fr/it/en: a range the writer says of himself, where lexicon insults, even severe ones, are dropped; the other words
   * stay for the model ("I'm going to stab …" is no insult to drop). German keeps its rules.
   */
  const allowSelf = (from: number, to: number): void => {
    (allowed ??= []).push(language === 'de' ? { tokenStart: from, tokenEnd: to } : { tokenStart: from, tokenEnd: to, self: true });
  };
  const sentenceOf = (i: number): number => sentences[i] as number;
  /** Whether the word at `i` is written with a capital letter (a name, inside a sentence). */
  const capitalised = (i: number): boolean => startsUpper(text, tokens[i] as Token);

  /**
   * From `start`, skip fillers and articles; returns the index of the first other word (or −1), whether an article
   * or a group word ("bande de") was passed.
   */
  const scan = (start: number): { at: number; article: boolean; group: boolean } => {
    let article = false;
    let group = false;
    const sentence = start < n ? sentenceOf(start) : -1;
    for (let j = start; j < n && j < start + MAX_FILLERS; j++) {
      if (sentenceOf(j) !== sentence || (j > start && starts(j))) return { at: -1, article, group };
      const c = cls[j] as number;
      if (c & GROUP && j + 1 < n && (cls[j + 1] as number) & OF) {
        group = true;
        article = true;
        j++;
        continue;
      }
      if (c & ART) {
        article = true;
        continue;
      }
      if (c & FILLER) continue;
      return { at: j, article, group };
    }
    return { at: -1, article, group };
  };

  /**
   * The end of a predicate noun said of oneself from `at`: "tête de con", "testa di cazzo totale", "un po' un idiota",
   * "assoluto bastardo". The first word may be any but a person, thing or group; after it no person, thing, group,
   * demonstrative, verb, pronoun or "and", and "de"/"di" only straight before an insult word; at most three more words.
   */
  const selfNounEnd = (at: number): number => {
    if ((cls[at] as number) & (PERSON | THING | GROUP)) return at + 1;
    let end = at + 1;
    for (let q = at + 1; q <= at + 3 && same(at, q); q++) {
      const c = cls[q] as number;
      if (c & OF && !((cls[q + 1] as number) & (INSULTING | MERDE))) break;
      // "testa di cazzo", "tête de con", "pezzo di merda": a thing word heads the insult after it.
      if (c & THING && same(q, q + 2) && (cls[q + 1] as number) & OF && (cls[q + 2] as number) & (INSULTING | MERDE)) {
        end = q + 3;
        break;
      }
      // "Je suis Québécoise pauvre idiote": a word of address after the predicate starts a vocative to the reader.
      if (c & (PERSON | THING | GROUP | DET | COP | ADDR | SUBJ3 | SELF | AND | NEG | PRE | AGENT)) break;
      end = q + 1;
    }
    return end;
  };

  /** Whether the copula at `k` is an infinitive of "be" said of the writer (see its use). */
  const infinitiveOfSelf = (k: number): boolean => {
    const v = (tokens[k] as Token).norm;
    const perfect = (v === 'ete' || v === 'stato' || v === 'stata' || v === 'been') && k > 0 && HAVE_INFINITIVES.has((tokens[k - 1] as Token).norm);
    if (!perfect && !BE_INFINITIVES.has(v)) return false;
    for (let p = k - (perfect ? 2 : 1); p >= 0 && p >= k - SELF_INFINITIVE_WINDOW && sentenceOf(p) === sentenceOf(k) && !starts(p + 1); p--) {
      const cp = cls[p] as number;
      if (cp & SELF || FIRST_PERSON_CUES.has((tokens[p] as Token).norm)) return true;
      if (cp & (ADDR | SUBJ3 | DEM_SUBJ | PERSON | THING | COP | ADDR_COP)) return false;
    }
    return false;
  };

  /** "tous", "tutti", "all" between the verb and the insult: "you're all sheep", "sono tutti delinquenti". */
  const allBefore = (from: number, at: number): boolean => {
    for (let q = from; q < at; q++) if ((cls[q] as number) & ALL) return true;
    return false;
  };
  /**
   * A noun insult after a copula with no subject found: "sono dei ladri", "sono tutti delinquenti", "è un inetto"
   * (Italian drops the pronoun; "sono un idiota" is the writer), "Gypsies are thieves", "X est un guignol".
   */
  const nounPredicate = (k: number, from: number, at: number, article: boolean, w: number): boolean => {
    const verb = (tokens[k] as Token).norm;
    if (language === 'it') {
      if ((cls[from] as number) & PLURAL_ART && w & (STRONG | WEAK)) return true;
      if (verb === 'e' && article && w & STRONG) return true;
      if (verb === 'sono' && w & STRONG && !article) return allBefore(from, at) || /i$/.test((tokens[at] as Token).norm);
      return false;
    }
    if (language === 'en' && verb === 'are' && !article && w & STRONG && /s$/.test((tokens[at] as Token).norm)) return true;
    // "Les Genevois sont tous des prétentieux": the whole lot called names, even with a word that has other senses.
    return article && ((w & STRONG) !== 0 || ((w & WEAK) !== 0 && allBefore(from, at)));
  };

  /**
   * Whether the insult noun at `i` follows a name and a definite article ("Berset le clown", "Trump the clown"): the
   * name is a capitalised word the grammar does not know, not the first word of a sentence that often opens one
   * ("Hier le clown …", "Meet the clowns"); the insult itself is lowercase ("Bozo the Clown" is a stage name).
   */
  const namedBy = (i: number): boolean => {
    const art = tokens[i - 1] as Token;
    const name = tokens[i - 2] as Token;
    if (!NAME_ARTICLES.has(art.norm) || cls[i - 2] !== 0 || name.kind !== 'word' || name.norm.length < 3) return false;
    if (!startsUpper(text, name) || capitalised(i)) return false;
    const first = i - 2 === 0 || sentenceOf(i - 3) !== sentenceOf(i - 2);
    // "Au cirque de Genève le clown …", "in Bern the clown …": after a preposition the capitalised word is a place.
    if (!first && PLACE_PREPOSITIONS.has((tokens[i - 3] as Token).norm)) return false;
    // "Meet the clowns of Circus Knie", "Watch the clown at the fair": a verb first, with a complement after.
    if (first && (NAME_STOP.has(name.norm) || (same(i, i + 1) && (cls[i + 1] as number) & (AFTER_ADJ | OF)))) return false;
    return true;
  };

  /** Whether a verb only people do follows the noun at `at`, right after it or after a modal ("ce porc devrait démissionner"). */
  /**
   * Whether a weak word at `at` is followed by the people it names: a body of people ("quei barbagianni del Gran
   * Consiglio", "ces ânes du Conseil fédéral") or, in French, a person in apposition ("ce porc de ministre").
   */
  const ofPeople = (at: number): boolean => {
    if (!(same(at, at + 2) && (cls[at + 1] as number) & OF)) return false;
    let q = at + 2;
    if ((cls[q] as number) & ART && !((cls[q] as number) & OF) && same(at, q + 1)) q++;
    const word = (tokens[q] as Token).norm;
    return INSTITUTIONS.has(word) || (language === 'fr' && q === at + 2 && OF_BARE.has((tokens[at + 1] as Token).norm) && ((cls[q] as number) & PERSON) !== 0);
  };
  const actsAsPerson = (at: number): boolean => {
    if (!same(at, at + 1)) return false;
    const verb = (tokens[at + 1] as Token).norm;
    if (PERSON_VERBS.has(verb)) return true;
    return MODALS.has(verb) && same(at, at + 2) && PERSON_VERBS.has((tokens[at + 2] as Token).norm);
  };

  /** An "and"/"or" in the same sentence within three words after `i`: the word heads a list. */
  const listFollows = (i: number): boolean => {
    for (let q = i + 1; q < n && q <= i + 3 && sentenceOf(q) === sentenceOf(i); q++) if ((cls[q] as number) & AND) return true;
    return false;
  };

  /**
   * The opener of a relative clause before the verb at `k` that names a person by a deed ("whoever wrote this",
   * "the one who", "celui qui", "chi", "colui che"), with no other verb of being nor "que"/"that" clause between; −1.
   */
  /** An Italian definite article between `from` and `at` ("è la vergogna"). */
  const definiteBefore = (from: number, at: number): boolean => {
    for (let q = from; q < at; q++) if (/^(il|lo|la|l|i|gli|le)$/.test((tokens[q] as Token).norm)) return true;
    return false;
  };
  /** An Italian singular indefinite article between `from` and `at` ("sono proprio un cretino"). */
  const singularAfter = (from: number, at: number): boolean => {
    for (let q = from; q < at; q++) if (/^(un|uno|una)$/.test((tokens[q] as Token).norm)) return true;
    return false;
  };
  /**
   * Whether a list of nouns with indefinite articles goes on at `j` with nouns that insult no one ("…, un magicien et
   * un DJ", "…, a king and a ghost"): the insult word before it names a performer or a part.
   */
  const mixedList = (j: number): boolean => {
    let items = 0;
    let and = false;
    for (let q = j; q < n && q < j + 8 && sentenceOf(q) === sentenceOf(j - 1); q++) {
      const cq = cls[q] as number;
      if (cq & (INSULTING | PRED_ONLY | PERSON)) return false;
      if (cq & AND) and = true;
      if (INDEFINITE.has((tokens[q] as Token).norm) && q + 1 < n && same(q, q + 1)) items++;
    }
    // A list ends with "et", "e", "and": "un clown, un homme sans idées" is one person twice.
    return items >= 2 && and && INDEFINITE.has((tokens[j] as Token | undefined)?.norm ?? '');
  };
  /**
   * Whether the clause goes on at most three more words after the insult at `q`, none of them a complement or a
   * noun ("…, un incapable notoire selon moi, …", "…, un incapace patentato, …"; not "…, un clown de métier").
   */
  const endsSoon = (q: number): boolean => {
    for (let r = q; r <= q + 3; r++) {
      if (ends(r)) return true;
      // A relative clause describes the insult noun: "…, des hystériques qui détestent les hommes", "…, dei parassiti che …".
      if (RELATIVES_AFTER.has(tokens[r + 1]?.norm ?? '') && same(r, r + 1)) return true;
      const cr = cls[r + 1] as number;
      if (cr & (OF | ART | AFTER_ADJ | THING | PERSON | COP | AND)) return false;
    }
    return false;
  };
  /** The first token of the clause that holds token `i`. */
  const clauseOf = (i: number): number => {
    let p = i;
    while (p > 0 && !starts(p)) p--;
    return p;
  };
  /**
   * Whether the clause starting at `i` is in apposition to one's own child, sibling or partner ("Mon fils, un vrai
   * clown, …", "Mio figlio, un vero pagliaccio, …", "My son, a proper clown, …"): said fondly.
   */
  const ofOwnKin = (i: number): boolean => {
    if (i < 2 || !starts(i) || !KIN.has((tokens[i - 1] as Token).norm)) return false;
    const before = (tokens[i - 2] as Token).norm;
    return OWN.has(before) || (i >= 3 && OWN.has((tokens[i - 3] as Token).norm) && before !== 'de');
  };
  /** Whether the first word after the verb at `k` past fillers and articles is a noun said only of people. */
  const strongAfter = (k: number): boolean => {
    const at = scan(k + 1).at;
    return at > k && ((cls[at] as number) & STRONG) !== 0;
  };
  const personByDeed = (k: number): number => {
    const f = FRAMES[language];
    if (f === undefined) return -1;
    for (let p = k - 2; p >= 0 && p >= k - 12 && sentenceOf(p) === sentenceOf(k); p--) {
      const w = (tokens[p] as Token).norm;
      // "Le journaliste qui a écrit cet article est …", "il giornalista che ha scritto questo pezzo è …": a person word
      // before the relative pronoun is the subject, whatever thing the relative clause names.
      if (f.whoThen.has(w) && p > 0 && !starts(p) && ((cls[p - 1] as number) & PERSON) !== 0) return p - 1;
      if (framed && f.who.has(w)) {
        const alone = w === 'whoever' || w === 'quiconque' || w === 'chi' || w === 'chiunque';
        if (alone || f.whoThen.has(tokens[p + 1]?.norm ?? '')) return p;
        continue;
      }
      if (p < k - 1 && (cls[p] as number) & (COP | ADDR_COP)) return -1;
      // "Chi ha detto che la riforma è stupida?": the verb belongs to the "che" clause. Not the relative's own "che".
      if (g.that.has(w) && !(p > 0 && f.who.has((tokens[p - 1] as Token).norm))) return -1;
    }
    return -1;
  };

  if (wordy && any & (COP | ADDR_COP | SELF_COP)) {
    for (let k = 0; k < n; k++) {
      const c = cls[k] as number;
      // French "été" is a copula here only after "avoir" said of the writer ("Désolée d'avoir été …").
      if (!(c & (COP | ADDR_COP | SELF_COP)) && !(language === 'fr' && ETE.has(tokens[k] as Token) && infinitiveOfSelf(k))) continue;
      // Everything read from here on stays in the copula's sentence.
      if (onlySelf && !selfSentences.has(sentenceOf(k))) {
        copulaSkipped = true;
        continue;
      }
      // Subject: the word before (skipping French "n'", Italian "non"), a person a few words back, or the copula itself.
      let subject = -1;
      let kind: 'addr' | 'subj3' | 'dem' | 'person' | 'self' | 'thing' | 'none' = 'none';
      let j = k - 1;
      while (j >= 0 && sentenceOf(j) === sentenceOf(k) && BEFORE_COPULA.has(tokens[j] as Token) && !starts(j + 1)) j--;
      if (j >= 0 && sentenceOf(j) === sentenceOf(k) && !starts(j + 1)) {
        const s = cls[j] as number;
        if (s & SELF && c & SELF_COP) kind = 'self';
        else if (s & ADDR) kind = 'addr';
        else if (s & SUBJ3) kind = 'subj3';
        else if (s & DEM_SUBJ) kind = 'dem';
        else if (s & PERSON) kind = 'person';
        if (kind !== 'none') subject = j;
        // A person, or a thing said of a person ("la décision du ministre est …"): the first noun wins.
        for (let p = kind === 'none' || kind === 'person' ? j - 1 : -1; p >= 0 && p >= k - MAX_SUBJECT_DISTANCE; p--) {
          if (sentenceOf(p) !== sentenceOf(k) || starts(p + 1)) break;
          const sp = cls[p] as number;
          if (sp & (COP | ADDR_COP)) break;
          // A thing is the subject only when nothing but articles, "de"/"of" and persons stand between it and the verb
          // ("la décision du ministre est …"), not in "Con questo sistema i migranti sono …".
          if (sp & THING) {
            let head = p + 1 < k && (((cls[p + 1] as number) & OF) !== 0 || AGAINST.has((tokens[p + 1] as Token).norm));
            if (!head) {
              head = true;
              // German: a place after the thing ("Die Moschee in Wil ist …", "Die Verkehrsführung am Bellevue ist …").
              let place = -1;
              for (let q = p + 1; q < k && head; q++) {
                const cq = cls[q] as number;
                if (language === 'de' && place < 0 && DE_PLACE_PREPOSITIONS.has((tokens[q] as Token).norm)) place = q;
                head = (cq & (ART | OF | FILLER | PERSON)) !== 0 || AGAINST.has((tokens[q] as Token).norm) || (place >= 0 && q - place <= MAX_PLACE_WORDS && !(cq & (INSULTING | ADDR | SUBJ3 | DEM_SUBJ | SELF)));
              }
            }
            if (head) {
              subject = p;
              kind = 'thing';
            }
            break;
          }
          if (sp & PERSON && kind === 'none') {
            subject = p;
            kind = 'person';
            // "la décision du ministre", "the decision of the minister": the thing before decides.
            if (!(p > 0 && (cls[p - 1] as number) & (OF | ART) && p > 1 && (cls[p - 2] as number) & (OF | THING))) break;
          }
        }
      }
      // "The journalists against the new law are idiots", "Les gens derrière cette réforme sont …": a person, then a
      // preposition and the thing it is for, against or behind; the person is the subject, further back than a
      // subject is looked for otherwise.
      if (kind === 'none' && j >= 0 && sentenceOf(j) === sentenceOf(k) && ((cls[j] as number) & THING) !== 0) {
        for (let q = j - 1; q >= 1 && q >= j - MAX_MODIFIER_WORDS; q--) {
          if (sentenceOf(q) !== sentenceOf(k) || starts(q + 1)) break;
          const cq = cls[q] as number;
          if (MODIFIER_PREPOSITIONS.has((tokens[q] as Token).norm) && ((cls[q - 1] as number) & PERSON) !== 0 && !starts(q) && !((cls[q - 1] as number) & THING)) {
            subject = q - 1;
            kind = 'person';
            break;
          }
          if (!(cq & (ART | FILLER | DET | THING)) && !ADJECTIVE_LIKE.test((tokens[q] as Token).norm)) break;
        }
      }
      // "Ce Parmelin est un boulet", "questo Gobbi è un incapace": a demonstrative before a name, with a noun said only
      // of people ("Questo Natale è un disastro", "Ce Noël est une catastrophe" judge a day).
      if (kind === 'none' && j >= 1 && sentenceOf(j - 1) === sentenceOf(k) && !starts(j) && (cls[j - 1] as number) & DET && !((cls[j - 1] as number) & EXCLAIM) && capitalised(j) && strongAfter(k)) {
        subject = j;
        kind = 'person';
      }
      // "l'idée de taxer les vélos est idiote", "the idea of closing the station is stupid": a thing with a
      // complement further back, when no person, pronoun or insult stands between it and the verb.
      let farThing = false;
      if (kind === 'none' && j >= 0 && sentenceOf(j) === sentenceOf(k)) {
        for (let p = j - 1; p >= 0 && p >= k - MAX_THING_DISTANCE; p--) {
          if (sentenceOf(p) !== sentenceOf(k) || starts(p + 1)) break;
          const sp = cls[p] as number;
          if (sp & (COP | ADDR_COP | ADDR | SUBJ3 | PERSON | INSULTING)) break;
          // English also "the decision to close the station is idiotic".
          if (sp & THING && (((cls[p + 1] as number) & OF) !== 0 || (language === 'en' && tokens[p + 1]?.norm === 'to'))) {
            subject = p;
            kind = 'thing';
            farThing = true;
            break;
          }
        }
      }
      // "Celui qui a rédigé cet article est un âne", "chi ha scritto questo pezzo è un incompetente", "whoever wrote
      // this is a hack": a person named by what they did, whatever object their clause has.
      // "The journo who wrote this is clueless": "this" is the relative clause's object, not the subject of "is" (but
      // in "anyone who thinks this is stupid" it is what is thought: not after a verb of opinion).
      // French and Italian put "que"/"che" before what is thought or said, so there "ça"/"questo" after any verb is its
      // object ("Celui qui a écrit ça est débile").
      const deedObject = kind === 'dem' && j === k - 1 && j > 0 && (language === 'fr' || language === 'it' || !g.opinion.has((tokens[j - 1] as Token).norm)) && !g.that.has((tokens[j - 1] as Token).norm);
      if ((kind === 'none' || kind === 'thing' || deedObject) && !starts(k)) {
        const who = personByDeed(k);
        if (who >= 0) {
          subject = who;
          kind = 'person';
        }
      }
      if (kind === 'none' && c & ADDR_COP) {
        subject = k;
        kind = 'addr';
      }
      // Italian "ero", "sono stato/stata" are the first person singular only: the writer, whatever stands before
      // ("All'epoca ero un po' un idiota", "Ultimamente sono stato una testa di cazzo").
      // "Je peux être une vraie salaud", "Désolée d'avoir été une tête de con", "Vorrei essere meno bastardo", "Mi
      // dispiace di essere una testa di cazzo", "Sorry for being a shithead": an infinitive of "be" whose clause has
      // the writer (a first-person pronoun, "sorry", an Italian first-person verb) before any other person.
      if (language !== 'de' && kind !== 'addr' && kind !== 'self' && infinitiveOfSelf(k)) {
        kind = 'self';
        subject = -1;
      }
      if (language === 'it' && kind !== 'addr' && kind !== 'self') {
        const v = (tokens[k] as Token).norm;
        if (v === 'ero' || (v === 'sono' && (tokens[k + 1]?.norm === 'stato' || tokens[k + 1]?.norm === 'stata') && same(k, k + 1))) {
          kind = 'self';
          subject = -1;
        }
      }
      if (kind === 'none' && !(c & COP)) continue;
      let from = k + 1;
      // Questions: "are you thick?", "es-tu idiot ?", "sei scemo?".
      if (kind === 'none' && from < n && (cls[from] as number) & ADDR && sentenceOf(from) === sentenceOf(k)) {
        subject = k;
        kind = 'addr';
        from++;
      }
      if (kind === 'none' && j >= 0 && sentenceOf(j) === sentenceOf(k) && !starts(j + 1) && (cls[j] as number) & THING) {
        subject = j;
        kind = 'thing';
      }
      // "è da idioti …": said of an act, not of a person.
      if ((kind === 'none' || kind === 'dem') && from + 1 < n && (cls[from] as number) & AGENT && (cls[from + 1] as number) & STRONG) {
        allow(k, from + 2);
        continue;
      }
      let { at, article, group } = scan(from);
      if (at < 0) continue;
      // "blind and bent", "overpaid and useless", "un criminel de guerre et un menteur": look past a word that is no
      // insult, and its complement, to the next noun or adjective.
      let andAt = -1;
      if (!((cls[at] as number) & INSULTING)) {
        for (let q = at + 1; q <= at + 3 && q + 1 < n && sentenceOf(q + 1) === sentenceOf(at) && !starts(q); q++) {
          // "government puppets and nothing more": the insult is already there.
          if ((cls[q] as number) & INSULTING) break;
          if ((cls[q] as number) & AND) {
            andAt = q;
            break;
          }
        }
      }
      const next = andAt > 0 ? scan(andAt + 1) : undefined;
      // "Diese Kampagne ist verlogen und widerlich": a criticism of a thing stays one when the word after "und" is none.
      const keep = (kind === 'thing' || kind === 'dem') && ((cls[at] as number) & CRIT) !== 0;
      if (next !== undefined && next.at >= 0 && ((andAt === at + 1 && !keep) || ((cls[next.at] as number) & (INSULTING | CRIT)) !== 0)) {
        ({ at, article, group } = { at: next.at, article: article || next.article, group: group || next.group });
      } else if (!article && !((cls[at] as number) & STRONG) && at + 2 < n && (cls[at + 1] as number) & AND && sentenceOf(at + 2) === sentenceOf(at)) {
        // "Biden is senile and a puppet": a noun after the adjective says more than the adjective alone.
        const next = scan(at + 2);
        if (next.at >= 0 && next.article && (cls[next.at] as number) & STRONG) ({ at, article, group } = { at: next.at, article: true, group: group || next.group });
      }
      // English nouns as modifiers: "government lapdogs", "propaganda puppet".
      // Not a compound that names no one ("a knee-jerk reaction").
      if (language === 'en' && !((cls[at] as number) & INSULTING) && at + 1 < n && (cls[at + 1] as number) & (STRONG | WEAK) && sentenceOf(at + 1) === sentenceOf(at) && !NOT_PERSONS_EN.has(`${(tokens[at] as Token).norm} ${(tokens[at + 1] as Token).norm}`)) at++;
      const w = cls[at] as number;
      const start = subject < 0 ? k : Math.min(subject, k);
      // "trop bête pour comprendre", "too stupid to": the complement makes it worse, not an excuse.
      // "sei talmente ottuso che …", "tellement con que …", "so dumb that …": a consequence, not a complement either.
      const too = at > 0 && (TOO.has((tokens[at - 1] as Token).norm) || (SO_DEGREE.has((tokens[at - 1] as Token).norm) && SO_THAT.has(tokens[at + 1]?.norm ?? '')));
      const complement = !too && at + 1 < n && sentenceOf(at + 1) === sentenceOf(at) && ((cls[at + 1] as number) & AFTER_ADJ) !== 0 && !starts(at + 1);
      const insulting = (w & INSULTING) !== 0;
      // German "ein dummer Mensch": after an article the adjective belongs to the noun after it, which is what is judged.
      const noun = language === 'de' && article && same(at, at + 1) && !((cls[at + 1] as number) & (AND | FILLER)) ? at + 1 : -1;
      // A thing called "ein dummer Schnellschuss", "ein totaler Witz": the noun judges the thing unless it names a person.
      if (noun >= 0 && !((cls[noun] as number) & THING) && !(kind === 'thing' && !((cls[noun] as number) & (PERSON | INSULTING)))) continue;
      // A thing far before the verb is the subject only for adjectives: "l'idée de … est idiote", not "… est un crétin".
      if (farThing && article && w & STRONG) kind = 'none';
      switch (kind) {
        case 'self':
          // "je suis bête", "I was an idiot to vote for them": speaking of oneself; "je suis une vraie tête de mule".
          // Fr/it/en also an insult of several words or after a filler ("j'ai été une vraie tête de con", "sono stato
          // un po' una testa di cazzo", "I've been a total jerk"): what the lexicon finds in it is said of oneself.
          if (insulting) {
            allow(start, at + 1);
            if (language !== 'de') allowSelf(start, selfNounEnd(at));
          }
          else if (language === 'fr' && SELF_HEADS.has((tokens[at] as Token).norm) && same(at, at + 2) && (cls[at + 1] as number) & OF) allowSelf(start, at + 3);
          else if (language !== 'de' && !too) allowSelf(start, selfNounEnd(at));
          break;
        case 'thing':
          // "cette décision est stupide", "the law is idiotic", "la riforma è stupida". German "ein Idiot", "ein
          // Trottel" are said of people only: with one as the predicate, the "thing" was a person's title.
          if ((insulting || w & CRIT) && !(language === 'de' && w & STRONG)) allow(start, at + 1);
          break;
        case 'none':
          // "sono stato stupido a …": Italian first person without a pronoun, speaking of oneself.
          if (language === 'it' && (tokens[k] as Token).norm === 'sono' && /^stat[oa]$/.test(tokens[from]?.norm ?? '') && insulting) {
            allow(k, at + 1);
            break;
          }
          // "Sono proprio un cretino, ho dimenticato l'ombrello": "sono" with a singular article is the writer ("they
          // are" takes "dei", "degli", "delle"), unless a group follows ("sono una banda di ladri").
          if (language === 'it' && (tokens[k] as Token).norm === 'sono' && insulting && !group && singularAfter(from, at)) {
            allow(k, at + 1);
            break;
          }
          // "sarebbe stupido rinunciare", "è da idioti …": said of an act.
          if (language === 'it' && !article && w & (ADJ | CRIT) && INFINITIVE.test(tokens[at + 1]?.norm ?? '') && same(at, at + 1)) {
            allow(k, at + 1);
            break;
          }
          if (nounPredicate(k, from, at, article, w)) emit(k, at + 1, 'predicate', PREDICATE);
          break;
        case 'dem':
          // "Das ist dumm", "Es ist bescheuert, jetzt …", "Das isch en Seich" judge a thing; "Das sind Idioten",
          // "Das ist ein Trottel" point at people.
          if (language === 'de') {
            if ((insulting || w & CRIT) && !(w & STRONG) && DE_SINGULAR_COP.has((tokens[k] as Token).norm)) allow(start, at + 1);
            break;
          }
          // "c'est un vendu", "that's a hack"; "c'est idiot de …", "c'est nul", "it's stupid to …" criticise a thing.
          if (article && w & STRONG) emit(start, at + 1, 'predicate', PREDICATE);
          else if (!article && (insulting || w & CRIT)) allow(start, at + 1);
          break;
        default:
          // The reader, a pronoun or a person: "t'es qu'un minable", "il est complètement con", "you're pathetic".
          // Said in a relative clause ("un bureaucrate incompétent qui est incapable de gérer …"), the range starts at
          // the relative pronoun: what was said of the person before it stays.
          if (!article && complement && w & (ADJ | CRIT)) allow(relativeAfter(start, k), at + 1);
          else if (w & STRONG) emit(start, at + 1, 'predicate', PREDICATE);
          else if (w & (WEAK | PRED_ONLY) && (article || group || allBefore(from, at))) emit(start, at + 1, 'predicate', PREDICATE_WEAK);
          // "lei è la vergogna di questo paese", "sei la barzelletta del Cantone": Italian definite articles are fillers,
          // enough before a word that is only ever a predicate, said of the reader or a person (not "questa è la vergogna").
          else if (w & PRED_ONLY && language === 'it' && (kind === 'addr' || kind === 'person') && definiteBefore(from, at)) emit(start, at + 1, 'predicate', PREDICATE_WEAK);
          else if (w & ADJ) emit(start, at + 1, 'predicate', PREDICATE_ADJ);
      }
    }
  }

  /**
   * A comparison starting at token `i`: "tu raisonnes comme une huître", "vous votez comme des moutons", "on dirait
   * un singe", "tu ressembles à un clown". Returns where the compared noun phrase starts and where the verb is.
   */
  const comparison = (i: number): { start: number; verb: number } | undefined => {
    const norm = (tokens[i] as Token).norm;
    if (norm === g.like) {
      let p = i - 1;
      if (p > 0 && ((cls[p] as number) & FILLER || COMPARE_OBJECTS.has((tokens[p] as Token).norm)) && !starts(i) && !starts(p)) p--;
      if (p >= 0 && !starts(p + 1) && g.compareVerbs.has((tokens[p] as Token).norm)) return { start: i + 1, verb: p };
    } else if (language === 'fr' && norm === 'dirait' && i > 0 && !starts(i) && (tokens[i - 1] as Token).norm === 'on') {
      return { start: i + 1, verb: i - 1 };
    } else if (language === 'fr' && norm.startsWith('ressembl') && RESEMBLE.test(norm) && same(i, i + 1) && (tokens[i + 1] as Token).norm === 'a') {
      return { start: i + 2, verb: i };
    }
    return undefined;
  };
  // German word order puts the judged thing elsewhere than before the verb: the predicate first ("Dumm ist diese
  // Initiative nicht"), at the end of a subordinate clause ("…, weil die Vorlage dumm ist"), after a clause that is
  // the subject ("Dass die Prämien steigen, ist bescheuert") and after verbs of judging ("Den Entscheid finde ich
  // dumm", "Ich halte das für idiotisch"). People stay insulted: "Dumm ist er nicht", "Ich finde dich dumm".
  if (language === 'de' && wordy && any & CRIT) {
    const norm = (i: number): string => (tokens[i] as Token).norm;
    const clauseOf = (i: number): number => {
      let q = i;
      while (q > 0 && !starts(q)) q--;
      return q;
    };
    const head = (from: number, to: number): number => nounHead(tokens, cls, from, to);
    let judging = false;
    const thingAt = (q: number): boolean => q >= 0 && ((cls[q] as number) & (THING | DEM_SUBJ)) !== 0 && ((cls[q] as number) & (PERSON | ADDR)) === 0;
    for (let k = 1; k < n; k++) {
      const c = cls[k] as number;
      if (c & COP && !starts(k)) {
        let a = k - 1;
        while (a > 0 && same(a - 1, k) && (cls[a] as number) & FILLER && !judged(cls[a] as number)) a--;
        if (!same(a, k) && a !== k - 1) continue;
        // "…, weil die Vorlage dumm formuliert ist", "…, dass die Abstimmung so dumm ausgegangen ist": a participle
        // between the verdict and the verb at the end of the clause.
        const participle = !judged(cls[a] as number) && a === k - 1 && ends(k) && a > 0 && same(a - 1, k) && judged(cls[a - 1] as number) && cls[a] === 0;
        if (participle) a--;
        if (!judged(cls[a] as number)) continue;
        let open = a;
        while (open > 0 && !starts(open) && (DE_OPENERS.has(norm(open - 1)) || (cls[open - 1] as number) & FILLER)) open--;
        if (starts(open) && !participle) {
          // "Dumm ist diese Initiative nicht", "Idiotisch ist vor allem die Begründung", "Dumm ist das nicht".
          let end = k + 1;
          while (end < n && same(k, end)) end++;
          const h = head(k + 1, end);
          if (thingAt(h) && ((cls[h] as number) & THING || DE_SINGULAR_COP.has(norm(k)))) allow(a, h + 1);
        } else {
          // "…, weil die Vorlage eigentlich dumm ist", "…, dass das dumm war".
          let b = a - 1;
          while (b > 0 && (cls[b] as number) & FILLER && !starts(b)) b--;
          if (thingAt(b) && same(b, k) && ((cls[b] as number) & THING || DE_SINGULAR_COP.has(norm(k)))) allow(b, k + 1);
        }
      } else if (c & COP && starts(k) && DE_SINGULAR_COP.has(norm(k))) {
        // "Dass die Prämien steigen, ist bescheuert", "Wie das abläuft, ist idiotisch" (not "Wer das schreibt, ist …"),
        // and a thing that opens the sentence before a clause about it: "Die Idee, die Armee abzuschaffen, ist dumm".
        const found = scan(k + 1);
        if (!(found.at > k && judged(cls[found.at] as number))) continue;
        if (DE_SUBJECT_CLAUSE.has(norm(clauseOf(k - 1)))) allow(k, found.at + 1);
        else {
          let first = k - 1;
          while (first > 0 && sentenceOf(first - 1) === sentenceOf(k)) first--;
          let end = first;
          while (end < k && !starts(end + 1)) end++;
          const h = head(first, end + 1);
          if (h === end && (cls[h] as number) & THING) allow(h, found.at + 1);
        }
      }
      // A verdict in a clause of its own, then the thing: "Absolut bescheuert, diese Regelung", "So ein Schwachsinn,
      // diese neue Steuer", "Ziemlich dumm, diese Aussage des Ministers".
      if (judged(c) && ends(k) && k + 1 < n && sentenceOf(k + 1) === sentenceOf(k)) {
        let open = k;
        while (open > 0 && !starts(open) && (cls[open - 1] as number) & (FILLER | ART)) open--;
        let end = k + 1;
        while (end + 1 < n && same(k + 1, end + 1)) end++;
        const h = head(k + 1, end + 1);
        // Only a noun phrase follows ("diese Aussage des Ministers"), not a clause ("…, das Spiel ist vorbei").
        let phrase = h > k;
        for (let q = h + 1; q <= end && phrase; q++) phrase = ((cls[q] as number) & (OF | ART | PERSON | THING | FILLER)) !== 0 || capitalised(q);
        if (starts(open) && phrase && (cls[h] as number) & THING) allow(open, h + 1);
      }
    }
    for (let f = 0; f < n; f++) {
      if (cls[f] !== 0 || !DE_JUDGE.has(tokens[f] as Token)) continue;
      judging = true;
      let a = f + 1;
      while (a < n && a <= f + 8 && same(f, a) && !judged(cls[a] as number)) a++;
      if (!(a < n && a <= f + 8 && same(f, a))) continue;
      // The judged is between the verb and the adjective ("Ich finde diese Regelung dumm", "… es dumm, dass …"), or
      // put first when nothing stands there but "ich" ("Den Entscheid finde ich dumm", "Das finde ich bescheuert").
      let h = head(f + 1, a);
      if (h < 0) h = head(clauseOf(f), f);
      if (thingAt(h)) allow(Math.min(h, f), a + 1);
    }
    // The verdict put first before a verb of judging: "Am dümmsten finde ich die Begründung", "Dumm finde ich nur den Zeitpunkt".
    for (let f = 1; judging && f < n; f++) {
      if (cls[f] !== 0 || starts(f) || !DE_JUDGE.has(tokens[f] as Token)) continue;
      let a = f - 1;
      while (a > 0 && !starts(a) && (cls[a] as number) & FILLER && !judged(cls[a] as number)) a--;
      if (!judged(cls[a] as number)) continue;
      let open = a;
      while (open > 0 && !starts(open) && (cls[open - 1] as number) & FILLER) open--;
      if (!starts(open)) continue;
      let end = f + 1;
      while (end < n && same(f, end)) end++;
      const h = head(f + 1, end);
      if (h > f && (cls[h] as number) & THING) allow(a, h + 1);
    }
  }

  /** A demonstrative or "quel" before the person at `i`, with only fillers between, in its clause ("ce petit bonhomme"). */
  const pointedAt = (i: number): boolean => {
    for (let p = i - 1; p >= 0 && p >= i - 3 && !starts(p + 1); p--) {
      const cp = cls[p] as number;
      if (cp & DET && !GENIUS.has((tokens[p] as Token).norm)) return (tokens[p] as Token).norm !== 'encore';
      // One word the grammar does not know may describe the person ("quel piccolo uomo").
      if ((cp !== 0 && !(cp & FILLER)) || cp & ART) return false;
    }
    return false;
  };
  /**
   * "Quel boulet je fais", "quel idiot j'ai été", "what an idiot I am", "che scemo che sono", "che idiota sono stato":
   * an exclamation the writer says of himself. Returns the end of "je fais" / "I am" after the insult at `at`, or −1.
   * Italian "sono" is also "they are": only after a singular insult ("che idioti che sono" points at others).
   */
  const selfExclaimed = (at: number): number => {
    let q = at + 1;
    if (!same(at, q)) return -1;
    if (g.that.has((tokens[q] as Token).norm) && language !== 'en') q++;
    if (!same(at, q)) return -1;
    const subject = (cls[q] as number) & SELF && !((cls[q] as number) & ADDR);
    if (subject) q++;
    else if (language !== 'it' || /i$/.test((tokens[at] as Token).norm)) return -1;
    if (!same(at, q)) return -1;
    const verb = (tokens[q] as Token).norm;
    if ((cls[q] as number) & SELF_COP || SELF_DOING.has(verb)) return q + 1;
    return -1;
  };

  const comparisonOpeners = COMPARISON_OPENERS[language];
  for (let i = 0; wordy && i < n; i++) {
    const c = cls[i] as number;
    // In a plain comment only the rule of exclamations, demonstratives and groups below finds anything (a range said
    // of oneself, fond words for one's own, an adjective said only of people): comparisons and the others need a word
    // of the kinds it lacks.
    if (plain && !(c & (EXCLAIM | DET | GROUP | ALL | PRE))) continue;
    // Comparisons are insults; a grammar that reports none (German) reads none.
    const compared = g.insults && comparisonOpeners.has(tokens[i] as Token) ? comparison(i) : undefined;
    if (compared !== undefined) {
      const found = scan(compared.start);
      const w = found.at >= compared.start ? (cls[found.at] as number) : 0;
      if (!(found.article || found.group) || !(w & (STRONG | WEAK | ANIMAL)) || (same(found.at, found.at + 1) && (cls[found.at + 1] as number) & THING)) continue;
      // Speaking of oneself ("je me suis comporté comme un imbécile") or of an animal or a thing: no insult.
      let subject = 0;
      for (let p = compared.verb - 1; p >= 0 && p >= compared.verb - MAX_COMPARE_SUBJECT && !starts(p + 1); p--) {
        const sp = cls[p] as number;
        if (sp & (SELF | ANIMAL | THING | ADDR | SUBJ3 | PERSON)) {
          subject = sp;
          break;
        }
      }
      if (subject & (SELF | ANIMAL | THING) && !(subject & (ADDR | PERSON))) allow(compared.verb, found.at + 1);
      // A parrot (an animal that names no one) only insults a person named as the subject: "elle répète tout comme un
      // perroquet", not "il bambino ripete tutto come un pappagallo" (a child learning, fondly).
      else if (!(w & (STRONG | WEAK)) && !(subject & (ADDR | PERSON | SUBJ3))) allow(compared.verb, found.at + 1);
      else emit(compared.verb, found.at + 1, 'comparison', PREDICATE_WEAK);
      continue;
    }
    if ((c & TOKEN_RULES) === 0) continue;
    // "Il n'est, à mon avis, ni un menteur ni un incapable": each "ni" denies what follows, wherever the "ne" stands.
    if (language === 'fr' && c & NEG && (tokens[i] as Token).norm === 'ni') {
      const found = scan(i + 1);
      if (found.at > i && (cls[found.at] as number) & (INSULTING | CRIT)) allow(i, found.at + 1);
    }
    const next = i + 1 < n && same(i, i + 1) ? (cls[i + 1] as number) : 0;
    // Attributive criticism of a thing: "une idée idiote", "stupid idea", "un'idea stupida", "dummer Entscheid". German
    // puts the adjective first: after the noun it is a predicate ("Ich finde den Autor dieses Artikels bescheuert").
    if ((c & THING && next & CRIT && language !== 'de') || (c & CRIT && next & THING)) allow(i, i + 2);
    // "cette décision complètement débile", "this plan so stupid".
    else if (c & THING && next & FILLER && !(next & (ART | NEG)) && same(i, i + 2) && (cls[i + 2] as number) & CRIT && language !== 'de') allow(i, i + 3);
    // The rest reports insults, which a German grammar leaves to the lexicon.
    if (!g.insults) continue;
    if (c & INSULTING && next & OF) {
      // "a joke of a campaign" (a thing); "idiot of a coach", "honte de journaliste", "ce crétin de ministre" (a person).
      let q = i + 2;
      if (same(i, q) && (cls[q] as number) & ART && !((cls[q] as number) & OF)) q++;
      if (same(i, q) && (cls[q] as number) & THING && !(c & STRONG)) allow(i, q + 1);
      else if (same(i, q) && (cls[q] as number) & PERSON) emit(i, q + 1, 'insult-of-person', EXCLAMATION);
    }
    // "quelle bande d'incapables", "che branco di idioti", "what a bunch of clowns", "tous des voleurs", "sale troll",
    // "ce crétin", "quel pagliaccio".
    if (c & (EXCLAIM | DET | GROUP | ALL | PRE)) {
      const found = scan(c & GROUP ? i : i + 1);
      // "… to read this. Nobody even asked": the word after the last of a sentence is the next sentence's.
      const at = found.at >= 0 && sentenceOf(found.at) !== sentenceOf(i) ? -1 : found.at;
      const self = c & EXCLAIM && at > i ? selfExclaimed(at) : -1;
      if (self > 0) allow(i, self);
      else if (at >= 0 && at > i) {
        const w = cls[at] as number;
        // "troupeau de moutons", "branco di pecore" are animals; "Espèce d'âne !" (no article before it) is not.
        const species = c & GROUP && SPECIES.has((tokens[i] as Token).norm) && (i === 0 || starts(i) || !((cls[i - 1] as number) & (ART | DET)));
        // "bande de moutons", "banda di pecore": a gang is made of people, unlike a herd.
        const gang = GANGS.has(tokens[i] as Token) || (i + 1 < n && GANGS.has(tokens[i + 1] as Token));
        const animalInGroup = found.group && w & ANIMAL && !(c & EXCLAIM) && !species && !gang;
        const thingAfter = same(i, at + 1) && (cls[at + 1] as number) & THING;
        // "le petit singe", "un pauvre chien": a size or pity in a noun phrase, not "sale chien !" nor "un vrai mouton".
        const inPhrase = DESCRIPTIVE.has((tokens[i] as Token).norm) && ((i > 0 && !starts(i) && ((cls[i - 1] as number) & ART) !== 0 && !(w & STRONG)) || (INTERJECTIONS.has((tokens[at] as Token).norm) && same(at, at + 1)));
        // "Tous pourris !", "Tutti ladri!": the whole lot, without an article, at the start of a clause.
        const allBare = c & ALL && starts(i) && at === i + 1 && w & STRONG && !(same(at, at + 1) && (cls[at + 1] as number) & AFTER_ADJ);
        // "Mon fils, un vrai clown, fait rire toute la classe", "my son, a proper clown": fond words for one's own.
        const fond = c & PRE && !(c & (EXCLAIM | DET | GROUP)) && ofOwnKin(clauseOf(i));
        // "È tutt'altro che un idiota": "che" ends a negation (anything but), it exclaims nothing.
        const anythingBut = language === 'it' && i >= 2 && (tokens[i] as Token).norm === 'che' && tokens[i - 1]?.norm === 'altro' && tokens[i - 2]?.norm === 'tutt';
        if (fond) allow(i, at + 1);
        else if (!anythingBut && !animalInGroup && !thingAfter && !inPhrase && (w & STRONG || (w & WEAK && (c & (EXCLAIM | PRE) || found.group)))) {
          if (c & (EXCLAIM | GROUP | PRE) || found.group || (c & ALL && (found.article || allBare))) emit(i, at + 1, 'exclamation', EXCLAMATION);
          // An adjective after a demonstrative is a noun when it ends its clause: "Le patron, ce grand incompétent, …".
          // Only in apposition, the demonstrative opening its clause: "trovo questo stupido" judges a thing.
          else if (c & DET && (!(w & ADJ && !found.article) || (starts(i) && ends(at)))) emit(i, at + 1, 'exclamation', EXCLAMATION);
        } else if (c & DET && !(c & EXCLAIM) && w & WEAK && !thingAfter && (actsAsPerson(at) || ofPeople(at))) {
          // "Ce porc devrait démissionner", "cette vipère ment", "ce chacal ose …": the animal does what people do.
          emit(i, at + 1, 'exclamation', PREDICATE_WEAK);
        } else if (c & DET && !(c & EXCLAIM) && !found.article && PERSON_ADJ.has((tokens[at] as Token).norm) && same(at, at + 1) && !((cls[at + 1] as number) & (THING | OF | AFTER_ADJ | COP))) {
          // "The mayor, that spineless jellyfish, caved", "those clueless bureaucrats": a demonstrative, an adjective
          // said only of people, and whatever noun follows.
          emit(i, at + 2, 'exclamation', PREDICATE_WEAK);
        } else if (c & EXCLAIM && found.article && same(at, at + 1) && !thingAfter) {
          // "What a spineless weasel", "what a gormless buffoon", "what a spineless jellyfish of a minister", "what
          // a pathetic little worm this councillor is": an insulting adjective (or any word before an insult noun) and a
          // noun that is an animal, a person or stands for one; not "what a stupid policy".
          let x = at + 1;
          while (same(at, x + 1) && x < at + 3 && (cls[x] as number) & FILLER && !((cls[x] as number) & (ART | OF))) x++;
          const cx = cls[x] as number;
          const ofPerson = same(x, x + 2) && (cls[x + 1] as number) & OF && ((cls[x + 2] as number) & PERSON || (same(x, x + 3) && (cls[x + 2] as number) & ART && (cls[x + 3] as number) & PERSON));
          const thisPerson = same(x, x + 2) && (cls[x + 1] as number) & DET && (cls[x + 2] as number) & PERSON;
          if ((w & ADJ && (cx & (ANIMAL | WEAK | STRONG | PERSON) || ofPerson || thisPerson)) || (w === 0 && cx & STRONG)) emit(i, x + 1, 'exclamation', EXCLAMATION);
        }
      }
    }
    // "rédigé par des ignares", "scritto da analfabeti", "run by idiots".
    if (c & AGENT) {
      const found = scan(i + 1);
      if (found.at > i && (cls[found.at] as number) & STRONG && !((cls[found.at] as number) & ADJ && !found.article && language !== 'it')) {
        if (i > 0 && (cls[i - 1] as number) & COP && language === 'it') allow(i - 1, found.at + 1);
        else emit(i, found.at + 1, 'agent', PREDICATE_WEAK);
      }
    }
    // Playing the fool is a deed, not a name: "il a fait le clown toute la soirée", "ha fatto il pagliaccio alla festa",
    // "fa lo scemo con i bambini"; a jester is a role at court ("il buffone di corte", "le bouffon du roi"). Not the
    // reader told to stop ("arrête de faire le guignol": the infinitive), which stays for the other rules.
    if (c & (STRONG | WEAK) && i >= 2 && PLAY_ARTICLES.has((tokens[i - 1] as Token).norm) && PLAYED.has((tokens[i - 2] as Token).norm) && same(i - 2, i - 1) && same(i - 1, i)) allow(i - 2, i + 1);
    else if (c & STRONG && same(i, i + 2) && COURT.has(`${(tokens[i + 1] as Token).norm} ${(tokens[i + 2] as Token).norm}`)) allow(i, i + 3);
    // "The minister made a fool of himself": what someone did to himself ("of yourself" is said to the reader).
    else if (c & STRONG && i >= 2 && same(i - 2, i) && same(i, i + 2) && MAKE.has((tokens[i - 2] as Token).norm) && (tokens[i + 1] as Token).norm === 'of' && HIMSELF.has((tokens[i + 2] as Token).norm)) allow(i - 2, i + 3);
    // "un commentaire de demeuré", "un ragionamento da idiota": a thing said to be an insulted person's, no article
    // between ("un commentaire d'un abruti" names its author, and "une idée idiote" is criticism of the idea).
    if (c & STRONG && i >= 2 && OF_BARE_INSULT.has((tokens[i - 1] as Token).norm) && (cls[i - 2] as number) & THING && same(i - 2, i - 1) && same(i - 1, i)) {
      emit(i - 2, i + 1, 'thing-of-insult', PREDICATE_WEAK);
    }
    // "le Conseil est plein d'incapables", "il governo è pieno di incompetenti", "the council is full of halfwits".
    if (c & (STRONG | ADJ) && i >= 2 && FULL_OF.has((tokens[i - 1] as Token).norm) && FULL.has((tokens[i - 2] as Token).norm) && same(i - 2, i - 1) && same(i - 1, i)) {
      if (c & STRONG || (PERSON_ADJ.has((tokens[i] as Token).norm) && same(i, i + 1) && !((cls[i + 1] as number) & (THING | OF | AFTER_ADJ)))) emit(i - 2, i + 1, 'full-of', PREDICATE_WEAK);
    }
    // "le roi des menteurs", "il re dei voltagabbana", "king of the liars": the first among insulted people.
    if (c & STRONG && i >= 2 && KING_OF.has((tokens[i - 1] as Token).norm) && same(i - 2, i - 1) && same(i - 1, i)) {
      const k = (tokens[i - 1] as Token).norm === 'the' && i >= 3 && (tokens[i - 2] as Token).norm === 'of' && same(i - 3, i - 2) ? i - 3 : i - 2;
      if (KINGS.has((tokens[k] as Token).norm)) emit(k, i + 1, 'king-of', PREDICATE_WEAK);
    }
    // A name with an insult in apposition: "Berset le clown", "Maudet le menteur", "Trump the clown", "Salvini il buffone".
    if (c & STRONG && i >= 2 && sentenceOf(i - 2) === sentenceOf(i) && !starts(i) && !starts(i - 1) && namedBy(i)) emit(i - 2, i + 1, 'name-apposition', EXCLAMATION);
    // "des incapables pareils", "un abruti pareil", "degli incapaci del genere", "idioti simili": such people, pointed at.
    if (c & STRONG && same(i, i + 1)) {
      const w1 = (tokens[i + 1] as Token).norm;
      if (SUCH.has(w1)) emit(i, i + 2, 'such', PREDICATE_WEAK);
      else if (w1 === 'del' && same(i, i + 2) && (tokens[i + 2] as Token).norm === 'genere') emit(i, i + 3, 'such', PREDICATE_WEAK);
    }
    // A person with an insult: "giornalisti venduti", "ministre incompétent", "idiot journalist", "useless politicians".
    if (language === 'en' ? c & (STRONG | ADJ) && next & PERSON : c & PERSON && next & (STRONG | ADJ) && !(next & WEAK)) {
      const after = i + 2;
      const complement = same(i, after) && (cls[after] as number) & AFTER_ADJ;
      if (!complement) emit(i, i + 2, 'attribute', PREDICATE_ADJ);
    } else if (language !== 'en' && c & PERSON && next & WEAK && !(next & ANIMAL) && pointedAt(i) && !(same(i, i + 2) && (cls[i + 2] as number) & AFTER_ADJ)) {
      // "ce petit bonhomme aigri", "quel piccolo uomo rancoroso", "ce type prétentieux": a person pointed at and called
      // bitter or conceited; not "un homme frustré de …" (no demonstrative, or a complement).
      emit(i, i + 2, 'attribute', PREDICATE_WEAK);
    }
    // "politicien de pacotille", "journaliste de caniveau", "giornalisti da strapazzo", "philosophe de comptoir".
    // "journaliste de merde", "arbitro di merda".
    if (c & PERSON && next & OF && i + 2 < n && (cls[i + 2] as number) & MERDE && same(i, i + 2)) emit(i, i + 3, 'person-merde', insult(0.85));
    // An insult alone as a clause: "Clown.", "Capre, capre, capre!", "Codardi, tutti quanti.", "Sheeple, the lot of you."
    // Not an animal at the head of a list: "Porc, bœuf et poulet coûtent plus cher", "Cochon, agneau ou bœuf ?".
    if (c & (STRONG | ANIMAL) && starts(i) && ends(i) && (!(c & ADJ) || (i + 1 < n && sentenceOf(i + 1) === sentenceOf(i))) && !(!(c & STRONG) && listFollows(i))) {
      emit(i, i + 1, 'vocative', IMPERATIVE);
    }
    // An insult with an indefinite article as a clause of its own, in apposition or alone: "The reporter, a lazy hack,
    // got …", "…, un parfait incapable, …", "Sei uno sprovveduto, un vero ignorante." Up to two words of any kind may
    // describe it ("a lazy hack"); not the head of a list ("un clown, un jongleur et …") nor of a longer clause.
    // "…, the muppet." closes a sentence the same way ("…, the author got it wrong" does not: no insult word ends it).
    const definiteLast = language === 'en' && i > 0 && (tokens[i] as Token).norm === 'the';
    if (c & ART && (INDEFINITE.has((tokens[i] as Token).norm) || definiteLast) && starts(i)) {
      for (let q = i + 1; q <= i + 3 && same(i, q); q++) {
        const w = cls[q] as number;
        if (w & STRONG && !(w & (PERSON | THING)) && (definiteLast ? q + 1 >= n || sentenceOf(q + 1) !== sentenceOf(q) : endsSoon(q)) && !(tokens[q] as Token).quoted) {
          // Of one's own child or partner, fondly ("Mon fils, un vrai clown, fait rire toute la classe"), or one of a
          // list of performers or trades ("un clown, un magicien et un DJ", "a fool, a king and a ghost").
          if (ofOwnKin(i) || mixedList(q + 1)) allow(i, q + 1);
          else emit(i, q + 1, 'apposition', PREDICATE_WEAK);
          break;
        }
        if (w & (THING | PERSON | OF | COP | NEG)) break;
      }
    }
    // "On a engagé un clown, un magicien et un DJ", "We hired a clown, a magician and a band": one of a list of
    // performers, wherever the list stands.
    if (c & STRONG && i > 0 && INDEFINITE.has((tokens[i - 1] as Token).norm) && same(i - 1, i) && ends(i) && mixedList(i + 1)) allow(i - 1, i + 1);
    // A quoted insult word: a mention, weak on its own; the quotation context rule discounts it further.
    if ((tokens[i] as Token).quoted && c & INSULTING) emit(i, i + 1, 'mention', MENTION);
  }

  // "politicien de pacotille", "journaliste de caniveau", "ministre de mes deux", "giornalisti da strapazzo": no
  // insult word needed, so looked for in every comment that names a person.
  if (g.insults && any & PERSON) {
    for (let i = 0; i + 2 < n; i++) {
      if (!((cls[i] as number) & PERSON) || !g.cheapFirst.has((tokens[i + 1] as Token).norm)) continue;
      let key = (tokens[i + 1] as Token).norm;
      for (let last = i + 2; last < n && last <= i + MAX_CHEAP_WORDS; last++) {
        const t = tokens[last] as Token;
        if (t.sentence !== (tokens[i] as Token).sentence || clauseStart(text, tokens, last - 1) || clauseStart(text, tokens, last)) break;
        key += ` ${t.norm}`;
        if (g.cheap.has(key)) {
          emit(i, last + 1, 'person-cheap', PREDICATE_ADJ);
          break;
        }
      }
    }
  }

  /** Whether the clause at `open` follows a subject noun phrase that opened its sentence with no verb after it. */
  const subjectOpens = (open: number): boolean => {
    let first = open;
    while (first > 0 && sentenceOf(first - 1) === sentenceOf(open)) first--;
    if (first === open || !SUBJECT_ARTICLES.has((tokens[first] as Token).norm)) return false;
    for (let p = first + 1; p < open; p++) if ((cls[p] as number) & (COP | ADDR | SELF | SELF_COP) || (FINITE_AUX.has((tokens[p] as Token).norm) && !(language === 'it' && (tokens[p] as Token).norm === 'a'))) return false;
    return true;
  };
  // Dismissive imperatives at the start of a clause.
  if (any & IMP) {
    for (let i = 0; i < n; i++) {
      if (!((cls[i] as number) & IMP)) continue;
      for (const imp of g.imperatives.get((tokens[i] as Token).norm) ?? []) {
        const last = i + imp.words.length - 1;
        if (last >= n) continue;
        let ok = true;
        for (let w = 1; w < imp.words.length && ok; w++) ok = (tokens[i + w] as Token).norm === imp.words[w] && sentenceOf(i + w) === sentenceOf(i);
        if (!ok) continue;
        let open = i;
        while (open > 0 && !starts(open) && g.openers.has((tokens[open - 1] as Token).norm)) open--;
        if (!starts(open)) continue;
        // "Il nonno di Biasca, a novant'anni, torna a zappare l'orto": the sentence opened with its subject, a noun
        // phrase with no verb yet, so the verb after the commas is that subject's, not an order to the reader.
        if (subjectOpens(open)) continue;
        // "Get a life insurance quote", "get a brain scan": the imperative's noun heads a compound, no insult.
        const after = tokens[last + 1];
        if (after !== undefined && after.sentence === (tokens[last] as Token).sentence && !clauseStart(text, tokens, last + 1) && FRAMES[language]?.compounds.has(after.norm) === true) {
          allow(i, last + 2);
          break;
        }
        if (imp.end) {
          let e = last;
          while (!ends(e) && e + 1 < n && g.tails.has((tokens[e + 1] as Token).norm)) e++;
          if (!ends(e)) continue;
        }
        emit(i, last + 1, 'imperative', IMPERATIVE);
        break;
      }
    }
  }
  // Frames that insult with any noun: "has the IQ of a houseplant", "as sharp as a marble", "plus bête qu'une
  // valise", "nice one, Einstein", "bravo le génie". Of oneself, a pet or a thing they are allowed.
  const frames = FRAMES[language];
  if (framed && frames !== undefined) {
    const norm = (i: number): string => (tokens[i] as Token).norm;
    /** The subject before a frame at `i`, in its clause: 'self', 'thing', 'person' (the reader, a pronoun, a person) or 'none'. */
    const subjectOf = (i: number): 'self' | 'thing' | 'person' | 'none' => {
      for (let p = i - 1; p >= 0 && p >= i - MAX_FRAME_SUBJECT && !starts(p + 1); p--) {
        const sp = cls[p] as number;
        const w = norm(p);
        if (sp & SELF || frames.selfVerbs.has(w)) {
          // Italian "sono" is also "they are": with a singular article or participle it is the writer ("sono un",
          // "sono uscito").
          const after = tokens[p + 1]?.norm ?? '';
          if (w === 'sono' && !frames.a.has(after) && !TOO.has(after) && !/^[a-z]+(at|ut|it)[oa]$/.test(after)) continue;
          return 'self';
        }
        if (sp & (ADDR | ADDR_COP | SUBJ3 | PERSON) || frames.addrVerbs.has(w)) return 'person';
        if (sp & (THING | ANIMAL)) return 'thing';
      }
      return 'none';
    };
    const judge = (subjectAt: number, from: number, to: number, kind: string): void => {
      const s = subjectOf(subjectAt);
      if (s === 'self' || s === 'thing') allow(from, to);
      else emit(from, to, kind, PREDICATE_WEAK);
    };
    /** The end of an indefinite noun phrase at `i` ("a houseplant", "une porte de grange", "di una gallina"), or −1. */
    const indefinite = (i: number): number => {
      let q = i;
      if (q < n && frames.a.has(norm(q)) && same(q - 1, q)) q++;
      else if (!(language === 'it' && q > 0 && norm(q - 1) === 'da')) return -1;
      // Up to two words after the article ("a loaf of bread", "une porte"), not a person ("as smart as a professor").
      if (!(q < n && same(q - 1, q)) || (cls[q] as number) & (PERSON | ADDR | SUBJ3 | SELF) || tokens[q]?.kind !== 'word') return -1;
      return q;
    };
    const mockPraise = (i: number): boolean => {
      // A person right after the name, with an article or a demonstrative: "genio il municipale", "génies ces gens-là",
      // "genio del direttore", "génie de ministre"; cheered before, or after a demonstrative ("quel genio del direttore").
      let q = i + 1;
      if (same(i, q) && ((cls[q] as number) & (ART | DET | OF) || frames.the.has(norm(q)))) q++;
      if (same(i, q) && ((cls[q] as number) & ART || frames.the.has(norm(q))) && !((cls[q] as number) & OF)) q++;
      if (same(i, q) && OUR.has(norm(q))) q++;
      // Not a player or a coach praised in earnest ("complimenti, un genio l'allenatore").
      const personAfter = q > i + 1 && same(i, q) && ((cls[q] as number) & PERSON) !== 0 && !SPORT.has(norm(q));
      let cheered = false;
      let pointed = false;
      let another = false;
      for (let p = i - 1; p >= 0 && p >= i - 3 && sentenceOf(p) === sentenceOf(i); p--) {
        const wp = norm(p);
        // "Grazie all'esperto del dipartimento": a third party thanked.
        if (THANKED.has(wp)) break;
        if (frames.cheer.has(wp)) cheered = true;
        // "quel genio del direttore", "che genio il nostro municipale": pointed at, or exclaimed over.
        if (p === i - 1 && (cls[p] as number) & (DET | EXCLAIM) && wp !== 'encore') pointed = true;
        if (ANOTHER.has(wp)) another = true;
      }
      if (personAfter && (cheered || pointed || ((cls[i + 1] as number) & DET) !== 0)) return true;
      // A relative clause: "un altro fenomeno che commenta", or one that points at the thing at hand ("qui a conçu ce …").
      const rel = i + 1;
      if (!(same(i, rel) && (frames.whoThen.has(norm(rel)) || frames.who.has(norm(rel))))) return false;
      // "un altro fenomeno che preoccupa i meteorologi", "encore un expert qui met en garde": only names of genius.
      if (another && GENIUS.has(norm(i))) return true;
      for (let k = rel + 1; k <= rel + 5 && same(i, k); k++) if (THIS_THING.has(norm(k))) return true;
      return false;
    };
    for (let i = firstTrigger; i < n; i++) {
      // Every frame below starts at a trigger word (a mind noun, a degree word, "without", a vocative, a sarcastic name).
      if (!triggers.has(tokens[i] as Token)) continue;
      const w = norm(i);
      // "has the IQ of a houseplant", "a le cerveau d'un moineau", "ha il quoziente intellettivo di una zucchina".
      if (frames.mind.has(w) && i >= 2 && frames.the.has(norm(i - 1)) && frames.have.has(norm(i - 2)) && same(i - 2, i)) {
        let q = i + 1;
        if (q < n && frames.mindTail.has(norm(q)) && same(i, q)) q++;
        if (!(q < n && same(i, q) && frames.of.has(norm(q)))) continue;
        const noun = indefinite(q + 1);
        if (noun < 0) continue;
        // "The minister has the backbone of a jellyfish"; a patient's spine is a doctor's matter: only of a person named.
        if (SPINES.has(w) && subjectOf(i - 1) !== 'person') continue;
        judge(i - 1, i - 2, noun + 1, 'mind-of');
        continue;
      }
      // "as dumb as a rock", "as sharp as a marble", "aussi futé qu'une porte", "più stupido di un sasso", "dumber than a …".
      const comparative = frames.comparatives.has(w);
      if ((frames.degree.has(w) || comparative) && i + 2 < n) {
        const adj = comparative ? i : i + 1;
        if (!same(i, adj) && adj !== i) continue;
        const a = cls[adj] as number;
        const bright = frames.bright.has(norm(adj));
        if (!comparative && !bright && !(a & (ADJ | CRIT))) continue;
        const than = adj + 1;
        if (!(than < n && same(adj, than) && frames.than.has(norm(than)))) continue;
        // Italian "di" needs "più": "tanto stupido di …" is no comparison.
        if (language === 'it' && norm(than) === 'di' && w !== 'piu') continue;
        if (language === 'en' && norm(than) === 'than' && !comparative && w !== 'more') continue;
        if (language === 'en' && norm(than) === 'as' && w !== 'as' && w !== 'so') continue;
        let noun = indefinite(than + 1);
        // Italian "di un", "della", "dello" in one word: "più stupido della mia scarpa".
        if (noun < 0 && language === 'it' && /^(del|dell|della|dello)$/.test(tokens[than + 1]?.norm ?? '') && w === 'piu' && same(than, than + 2)) noun = than + 2;
        if (noun < 0) continue;
        const last = noun + 1 < n && same(noun, noun + 1) && !((cls[noun + 1] as number) & (AND | COP)) && tokens[noun + 1]?.kind === 'word' && bright ? noun + 1 : noun;
        if (bright && (frames.praise.has(norm(noun)) || frames.praise.has(norm(last)))) continue;
        // Wit compared with a thing is irony only about a person: "the new train is as quick as a plane" is praise.
        if (bright && subjectOf(i) !== 'person') continue;
        judge(i, i, noun + 1, 'comparison');
        continue;
      }
      // "un sindaco senza palle", "une ministre sans colonne vertébrale", "a coward without a spine"; of a thing
      // ("une politique sans colonne vertébrale") or oneself, allowed.
      if (frames.without.has(w)) {
        let q = i + 1;
        if (q < n && same(i, q) && frames.a.has(norm(q))) q++;
        if (!(q < n && same(i, q) && frames.organs.has(norm(q)))) continue;
        // "born without a spine deformity": an English noun after the organ makes it a compound.
        if (language === 'en' && same(q, q + 1) && cls[q + 1] === 0 && tokens[q + 1]?.kind === 'word') continue;
        const s = subjectOf(i);
        if (s === 'thing' || s === 'self') allow(i, q + 1);
        else emit(i, q + 1, 'without', PREDICATE_WEAK);
        continue;
      }
      // "Mark, you absolute walnut", "you utter melon", "espèce de cornichon, relis l'article": a name called, whatever the noun.
      if (frames.vocative.has(w)) {
        const english = language === 'en';
        if (english ? !(i > 0 && same(i - 1, i) && (cls[i - 1] as number) & ADDR) : !starts(i) || !same(i, i + 1) || !frames.of.has(norm(i + 1))) continue;
        const noun = english ? i + 1 : i + 2;
        // The name ends the clause, alone or with one more word ("you absolute walnut", "espèce de vieux grincheux").
        const last = noun < n && same(i, noun) && ends(noun) ? noun : noun + 1 < n && same(i, noun + 1) && ends(noun + 1) ? noun + 1 : -1;
        // An insult word there is the exclamation's ("espèce d'âne", "you absolute idiot").
        if (last < 0 || (cls[noun] as number) & (ART | OF | COP | INSULTING | ANIMAL) || tokens[last]?.kind !== 'word' || frames.fond.has(norm(last)) || (cls[last] as number) & (THING | ADDR | SELF | PERSON)) continue;
        emit(english ? i - 1 : i, last + 1, 'vocative', EXCLAMATION);
        continue;
      }
      // "Nice one, Einstein", "well done Sherlock", "sit down, genius", "bravo le génie", "complimenti genio".
      if (frames.sarcastic.has(w)) {
        // "What a genius move", "quel coup de génie": praise of a thing.
        if (same(i, i + 1) && (cls[i + 1] as number) & THING) {
          allow(Math.max(0, i - 2), i + 2);
          continue;
        }
        // Mock praise of someone named: "complimenti, un vero genio il municipale", "quel genio del direttore", "vraiment des
        // génies ces gens-là", "ecco un altro fenomeno che commenta …", "le génie qui a conçu ce rond-point". Not "un genio
        // del tennis", "Leonardo, il genio del Rinascimento" nor "merci au génie qui a inventé le vélo".
        if (mockPraise(i)) {
          emit(i, i + 1, 'sarcasm', IMPERATIVE);
          continue;
        }
        if (!ends(i) && i + 1 < n) continue;
        let cheered = false;
        for (let p = i - 1; p >= 0 && p >= i - 3 && sentenceOf(p) === sentenceOf(i); p--) {
          // "Merci à l'expert", "grazie all'esperto", "thanks to the genius": a third party thanked, not the reader mocked.
          if (THANKED.has(norm(p))) break;
          if (frames.cheer.has(norm(p))) cheered = true;
        }
        const lower = !startsUpper(text, tokens[i] as Token);
        // "Che genio!", "Quel génie !": exclaimed over, ending the clause.
        // Only names of genius: "Federer, che fenomeno!" is praise.
        const exclaimed = i > 0 && same(i - 1, i) && ((cls[i - 1] as number) & EXCLAIM) !== 0 && GENIUS.has(w);
        if (cheered || exclaimed || (lower && starts(i))) emit(i, i + 1, 'sarcasm', IMPERATIVE);
      }
    }
  }
  // "Une huître aurait plus de conversation que toi", "même mon chat comprendrait mieux que ce ministre", "anche una
  // gallina capirebbe meglio di te": a beast or a thing that would do better than the reader or a person.
  if (language === 'fr' || language === 'it') {
    const beasts = BEASTS[language];
    // Clause breaks are computed only when the grammar has insult words to read: asked here token by token.
    const inClause = (i: number, j: number): boolean => j < n && j > i && sentenceOf(j) === sentenceOf(i) && !starts(j);
    for (let i = 0; i < n; i++) {
      if (!((cls[i] as number) & ANIMAL) && !beasts.has(tokens[i] as Token)) continue;
      let verb = -1;
      for (let k = i + 1; k <= i + 3 && inClause(i, k); k++) if (CONDITIONAL[language].test((tokens[k] as Token).norm)) verb = k;
      if (verb < 0) continue;
      let better = false;
      for (let k = verb + 1; k <= verb + 6 && inClause(verb, k + 1); k++) {
        const w = (tokens[k] as Token).norm;
        if (BETTER[language].has(w)) better = true;
        if (!better || !BETTER_THAN[language].has(w)) continue;
        const t = k + 1;
        const target = cls[t] as number;
        // The reader or a person pointed at ("que ce ministre"), not "un cane fiuterebbe il tumore meglio di un medico".
        const person = target & ADDR || (target & DET && inClause(t, t + 1) && (cls[t + 1] as number) & PERSON);
        if (person) emit(i, t + 1, 'beast-better', PREDICATE_WEAK);
        break;
      }
    }
  }
  // Letters masked with asterisks: "cr*tin", "id**t", "c**nard".
  if (hasMask) {
    for (let i = 0; i + 1 < n; i++) if (maskedPairAt(text, tokens, i, language)) emit(i, i + 2, 'masked', PREDICATE);
  }
  // Matches of our own that a range said of oneself may hold: read every copula after all.
  if (copulaSkipped && matches !== undefined) return findIn(text, tokens, language, undefined);
  if (matches === undefined && allowed === undefined) return NONE;
  return { matches: matches ?? [], allowed: allowed ?? [], negated: negated ?? [] };
}
