import type { Language } from '../../domain';
import { NEGATIONS, type LexiconResult } from './lexicon-scorer';
import { DENIABLE } from './lexicon-group-frames';
import { compileTerms, type TermMatcher } from './term-matcher';
import type { NormalizedText, Token } from './text-normalizer';

/**
 * What people say *for* a group: that its members are people like anyone, belong here, are welcome, deserve
 * respect and the same rights, are no threat. Normalised phrases per language. Words that are often sarcastic
 * in German comment sections ("Bereicherung", "Fachkräfte") are left out on purpose.
 */
/** Good qualities said of people (German, uninflected): praise as a word class, not as a list of sentences. */
const POSITIVE_ADJECTIVES = [
  'fantastisch', 'phantastisch', 'herzlich', 'gastfreundlich', 'freundlich', 'fleissig', 'mutig', 'tapfer', 'liebenswert', 'liebenswuerdig',
  'sympathisch', 'talentiert', 'begabt', 'kompetent', 'engagiert', 'grosszuegig', 'warmherzig', 'bewundernswert', 'inspirierend',
  'vorbildlich', 'wundervoll', 'huebsch', 'attraktiv', 'klug', 'zuverlaessig', 'nett', 'hoeflich', 'respektvoll',
  'tolerant', 'friedlich', 'friedliebend', 'gescheit', 'kreativ', 'humorvoll', 'grossherzig', 'genial', 'grossartig',
  'herzensgut', 'weltoffen', 'bereichernd', 'liebevoll', 'fuersorglich', 'hilfsbereit', 'tuechtig', 'unverzichtbar',
  'guetig', 'mitfuehlend', 'einfuehlsam', 'selbstlos', 'heldenhaft', 'loyal', 'wunderschoen',
];
/** People one has (a doctor, a boss, a teacher): "Meine Ärztin ist Muslimin", "Unser Trainer ist schwul". */
const ROLES = [
  'arzt', 'aerztin', 'hausarzt', 'hausaerztin', 'zahnarzt', 'zahnaerztin', 'chef', 'chefin', 'lehrer', 'lehrerin', 'therapeut', 'therapeutin',
  'trainer', 'trainerin', 'anwalt', 'anwaeltin', 'vermieter', 'vermieterin', 'mitbewohner', 'mitbewohnerin', 'schwager', 'schwaegerin', 'cousin',
  'cousine', 'onkel', 'tante', 'vorgesetzter', 'vorgesetzte', 'pfarrer', 'pfarrerin', 'grossmutter', 'grossvater', 'mutter', 'vater', 'eltern',
  'schwiegersohn', 'schwiegertochter', 'freunde', 'freundinnen', 'bekannte', 'bekannten', 'mitarbeiter', 'mitarbeiterin', 'mitarbeitende',
  'arbeitskollege', 'arbeitskollegin', 'arbeitskollegen', 'gotti', 'goetti', 'hebamme', 'pflegerin', 'pfleger', 'coiffeur', 'coiffeuse',
  'kollege', 'kollegin', 'gitarrist', 'gitarristin', 'saenger', 'saengerin', 'ceo', 'praesident', 'praesidentin', 'direktor', 'direktorin',
  'kapitaen', 'captain', 'spieler', 'spielerin', 'torhueter', 'torhueterin', 'moderator', 'moderatorin', 'kandidat', 'kandidatin', 'pilot',
  'pilotin', 'polizist', 'polizistin', 'richterin', 'richter', 'professorin', 'professor', 'nachfolger', 'nachfolgerin', 'gewinnerin', 'gewinner',
];
/** One's own surroundings: "in meiner Klasse", "in deinem Kurs", "bei unserer Firma". */
const PLACES = [
  'kurs', 'klasse', 'schule', 'team', 'firma', 'verein', 'quartier', 'dorf', 'strasse', 'haus', 'mannschaft', 'band', 'abteilung', 'familie',
  'wg', 'gemeinde', 'uni', 'universitaet', 'studiengang', 'chor', 'nachbarschaft', 'siedlung', 'stadt', 'region', 'arbeit', 'buero', 'praxis',
  'fussballmannschaft', 'fussballteam', 'handballmannschaft', 'eishockeymannschaft', 'klub', 'club', 'turnverein', 'musikverein', 'lehre',
];
const CUES: Record<Exclude<Language, 'other'>, readonly string[]> = {
  de: [
    'sind menschen', 'menschen wie du und ich', 'menschen wie wir', 'gehoeren zu uns', 'gehoeren zur schweiz', 'gehoeren dazu',
    'gehoert zu uns', 'gehoert zur schweiz', 'gehoert dazu', 'sind willkommen', 'willkommen', 'verdienen respekt', 'verdienen unseren respekt',
    'verdienen schutz', 'verdienen unsere solidaritaet', 'haben die gleichen rechte', 'haben dieselben rechte', 'gleiche rechte',
    'sind ein teil', 'sind teil', 'teil unserer gesellschaft', 'unsere nachbarn', 'sind keine gefahr', 'keine gefahr', 'sind nicht das problem',
    'nicht das problem', 'gleichberechtigt', 'gleichwertig', 'solidaritaet mit', 'solidarisch mit', 'stolz auf', 'genauso wie alle',
    'wie alle anderen', 'genauso viel wert', 'leisten viel', 'leisten einen wichtigen beitrag', 'sind integriert', 'sind mitmenschen',
    // equal, capable, valued
    'genauso intelligent', 'genauso klug', 'genauso gut', 'genauso faehig', 'genauso gute', 'gleich intelligent', 'sind frauen', 'sind maenner',
    'verdienen anerkennung', 'verdienen unsere anerkennung', 'verdienen mitgefuehl', 'verdienen unser mitgefuehl', 'wertvolle', 'wertvoll',
    'bereichert', 'bereichern unsere', 'bereichern unser', 'bereichern die', 'bewundere', 'respektiere', 'hilfsbereit', 'tolle leute', 'motiviert', 'ein gewinn', 'nichts gegen', 'arbeiten hart',
    // speaking as or for a member ("Ich bin schwul und stolz", "Meine Nachbarin ist Muslimin und Ärztin")
    'ich bin schwul', 'ich bin lesbisch', 'ich bin trans', 'ich bin bi', 'ich bin muslim', 'ich bin muslimin', 'ich bin jude', 'ich bin juedin',
    'ich bin schwarz', 'ich bin behindert', 'ich bin queer', 'bin selbst', 'als schwarzer', 'als schwarze', 'als muslimin', 'als muslim',
    'als jude', 'als juedin', 'als lesbe', 'als schwuler', 'als transfrau', 'meine nachbarin', 'mein nachbar', 'meine nachbarn', 'mein bruder',
    'meine schwester', 'mein sohn', 'meine tochter', 'meine kollegin', 'mein kollege', 'meine kollegen', 'meine freundin', 'mein freund',
    // standing against hostility ("Rassismus gegen Schwarze", "Diskriminierung von Lesben")
    'rassismus gegen', 'hass gegen', 'hass auf', 'offenen hass', 'anfeindungen gegen', 'feindseligkeit gegen', 'den tod von', 'hetze gegen', 'gewalt gegen', 'diskriminierung von', 'diskriminierung gegen', 'feindlichkeit', 'homophobie',
    'antisemitismus', 'beleidigt', 'beleidigungen', 'gegen rassismus', 'werden diskriminiert', 'diskriminiert', 'benachteiligt',
    // ordinary life: work, school, home (not verbs that hate uses too: "… unterstützen den Terror", "… feiern Anschläge")
    'arbeiten in der', 'arbeiten als', 'arbeiten im', 'fasten', 'wohnen in', 'leben in', 'leben seit', 'zur schule', 'befreundet',
    'meine freunde', 'viele freunde', 'wohne mit', 'lebe mit', 'arbeite mit', 'wir sind', 'anspruch auf', 'betroffen',
    'lernen deutsch', 'lernen fleissig', 'bei uns wohnen', 'bei uns leben', 'helfen im', 'helfen bei', 'helfen mit',
    // equal rights ("Schwule und Lesben sollen heiraten dürfen") and prejudice named as such
    'heiraten duerfen', 'duerfen heiraten', 'ehe fuer alle', 'adoptieren duerfen', 'vorurteile gegen', 'vorurteilen gegen', 'vorurteile',
    'vorurteilen', 'hergezogen', 'herziehen', 'gut integriert', 'super integriert', 'bestens integriert', 'voll integriert',
    // how a group is treated ("Eine Schande, wie die Schweiz mit den Sans-Papiers umgeht") or written about ("Es ist
    // erbärmlich, wie hier über Transmenschen geschrieben wird"), and whoever portrays it so ("Hört auf, Muslime als
    // Gefahr darzustellen"; "Das Problem sind nicht die Migranten, sondern die Hetzer")
    'umgeht', 'umgegangen', 'umgehen mit', 'behandelt werden', 'behandelt wird', 'behandelt wurden', 'geschrieben wird', 'geredet wird',
    'gesprochen wird', 'gehetzt wird', 'als * darzustellen', 'als * hinzustellen', 'als * zu bezeichnen', 'als * zu beschimpfen',
    'problem sind nicht', 'problem ist nicht', 'sondern die hetzer', 'sondern die rassisten',
    // the reader's words about a group told back to them ("Merkst du nicht, wie hasserfüllt du bist, wenn du Flüchtlinge
    // als Abfall bezeichnest?")
    'als * bezeichnest', 'als * beschimpfst', 'wie hasserfuellt', 'so hasserfuellt',
    // what is said about a group called hateful ("Dieser Kommentar über Frauen ist einfach nur hetzerisch"); not "rassistisch",
    // "frauenfeindlich", "menschenverachtend", which hate says of a religion ("Der Islam ist eine rassistische Ideologie")
    'hetzerisch', 'hetzerische', 'hetzerischer', 'hetzerisches', 'islamfeindlich', 'islamfeindliche', 'transfeindliche', 'schwulenfeindlich',
    // the group as the victim, the attacker to court, such words called inhuman ("Dass muslimische Frauen im Zug angespuckt
    // werden, …", "Wer Schwule verprügelt, ghört vor Gricht", "„…“ – wie kann man so etwas Unmenschliches schreiben?")
    'angespuckt', 'bespuckt', 'angepoebelt', 'angegriffen werden', 'angegriffen wurden', 'gehoert vor gericht', 'gehoeren vor gericht',
    'ghoert vor gricht', 'hart bestraft', 'wie kann man so etwas', 'so etwas unmenschliches',
    // quite the contrary, no worse than others, proud, the word taken back ("…, ganz im Gägeteil", "Schwule Männer sind
    // keine schlechteren Väter", "Ich bin Lesbe, und zwar mit Stolz – dieses Wort gehört uns")
    'ganz im gegenteil', 'ganz im gaegeteil', 'keine schlechteren', 'nicht schlechter als', 'mit stolz', 'wort gehoert uns', 'nennen wir uns', 'zurueckholen', 'zurueckgeholt',
    // praise and ordinary life said plainly ("Frauen sind grossartig", "Ich liebe meine schwulen Nachbarn", "Frauen verdienen
    // gleichen Lohn", "Flüchtlinge brauchen Schutz", "Migranten haben dieses Land mit aufgebaut")
    'toll', 'grossartig', 'grossartige', 'brillant', 'brillante', 'wunderbar', 'wunderbare', 'ich liebe', 'liebe meine', 'gerne mit',
    'nachbarn', 'nachbarin', 'partnerin', 'partner', 'gleichen lohn', 'gleicher lohn', 'lohngleichheit', 'brauchen schutz', 'brauchen hilfe',
    'brauchen unterstuetzung', 'haben es schwer', 'haben es oft schwer', 'erleben rassismus', 'erleben diskriminierung', 'erleben * diskriminierung', 'erleben * rassismus', 'fuehlen sich',
    'mit aufgebaut', 'aufgebaut', 'retten', 'barrierefrei', 'barrierefreie', 'gastfamilien', 'studieren',
    // plain facts and questions about ordinary life ("Wie viele Muslime leben im Aargau?", "Schwule Paare dürfen in der
    // Schweiz heiraten", "Muslime feiern heute das Ende des Ramadan", "Viele Ausländer zahlen hier Steuern")
    'wie viele', 'wieviele', 'ende des ramadan', 'fastenbrechen', 'zuckerfest', 'koennen heiraten', 'koennen * heiraten',
    'duerfen * heiraten', 'arbeiten auf', 'arbeiten bei', 'arbeiten in', 'zahlen steuern', 'zahlen * steuern', 'verdienen weniger',
    'verdienen * weniger', 'lernen', 'geboren',
    // violence and hostility against a group named as a wrong ("Polizeigewalt gegen Schwarze ist ein Problem", "Gewalt an
    // Frauen wird totgeschwiegen", "Diese Angriffe auf Muslime müssen aufhören"), a group under-represented, praise said plainly
    'gewalt an', 'polizeigewalt gegen', 'aggression gegen', 'aggressionen gegen', 'angriffe auf', 'angriffe gegen', 'unterrepraesentiert',
    'untervertreten', 'unterrepraesentierte', 'untervertretene',
    // ordinary life with a word between
    // ("Ausländerinnen arbeiten oft in schlecht bezahlten Jobs")
    'arbeiten * in', 'arbeiten * als', 'arbeiten * im',
    'schlaue', 'kluge', 'wunderschoen',
    // what is said about a group, judged ("Solche Kommentare über Schwarze sind rassistisch und verletzend", "Wer Frauen
    // so herabwürdigt, zeigt nur seinen Charakter", "Solche Sprüche über Ausländer helfen niemandem")
    'kommentare ueber', 'sprueche ueber', 'witze ueber', 'aussagen ueber', 'parolen gegen', 'herabwuerdigt', 'herabwuerdigen',
    'herabwuerdigend', 'herabwuerdigende', 'abwertend', 'abwertende', 'verletzend', 'rassistisch und', 'ist rassistisch', 'sind rassistisch',
    // persecution and exclusion suffered ("Juden wurden viel zu oft verfolgt", "Frauen dürfen unter den Taliban nicht zur Schule")
    'wurden verfolgt', 'verfolgt und', 'wurden ermordet', 'wurden deportiert', 'holocaust', 'shoah', 'unter den taliban', 'tragoedie',
    'gehoeren seit', 'seit jahrhunderten', 'seit generationen',
    // a claim against a group denied ("Schwule sind nicht krank", "Flüchtlinge sind keine Verbrecher")
    ...DENIABLE.flatMap((w) => ['sind nicht', 'sind keine', 'sind kein', 'ist nicht', 'ist kein', 'ist keine'].flatMap((c) => ['', 'e', 'en', 'n'].map((e) => `${c} ${w}${e}`))),
  ],
  fr: [
    'sont des etres humains', 'sont des humains', 'comme vous et moi', 'comme toi et moi', 'font partie', 'sont les bienvenus',
    'sont les bienvenues', 'bienvenus', 'bienvenues', 'meritent le respect', 'meritent notre respect', 'ont les memes droits',
    'nos voisins', 'ne sont pas un probleme', 'ne sont pas le probleme', 'ne sont pas une menace', 'solidarite avec',
    // praise, admiration, pride ("Les femmes sont formidables", "J'admire ces femmes", "fier de voir des femmes élues")
    'j admire', 'admire', 'admiration pour', 'respect pour', 'fier de', 'fiere de', 'fiers de', 'fieres de', 'formidables', 'merveilleux',
    'merveilleuses', 'extraordinaires', 'incroyables', 'fantastiques', 'geniales', 'geniaux', 'brillantes', 'brillants', 'courageux',
    'courageuses', 'sublimes', 'heros', 'heroines', 'j aime', 'j adore', 'mis a l honneur', 'a l honneur', 'celebrer',
    // equal worth, pay and rights; a group under-represented or to be protected from violence and discrimination
    'aussi intelligentes', 'aussi intelligents', 'aussi competentes', 'aussi competents', 'meme salaire', 'egalite salariale', 'egalite',
    'memes droits', 'ont le droit', 'toute leur place', 'plus de femmes', 'plus nombreuses', 'sous representees', 'sous representes',
    'proteger les', 'protegees par', 'proteges par', 'violence contre', 'violences contre', 'violence domestique', 'violences faites',
    'discrimination', 'discriminations', 'discriminees', 'discrimines', 'racisme', 'homophobie', 'transphobie', 'sexisme', 'misogynie',
    'antisemitisme', 'haine contre', 'accueillir', 'accueillis', 'accueillies', 'inclusion',
    // speaking as or of a member close to one ("je suis musulmane", "ma voisine", "mes collègues")
    'je suis une femme', 'je suis trans', 'je suis musulman', 'je suis musulmane', 'je suis juif', 'je suis juive', 'je suis gay',
    'je suis lesbienne', 'je suis noir', 'je suis noire', 'en tant que femme', 'ma voisine', 'mon voisin', 'mes voisins', 'ma soeur',
    'mon frere', 'ma fille', 'mon fils', 'ma collegue', 'mon collegue', 'mes collegues', 'mon amie', 'mes amis', 'travaillent dans',
    'travaillent comme', 'aucune difference entre', 'pas de difference entre',
    // qualities, gratitude, safety, being glad of a group ("Les femmes sont si intelligentes", "content que les femmes dirigent")
    'enrichissent', 'intelligentes', 'intelligents', 'magnifiques', 'adorables', 'genereux', 'genereuses', 'competentes',
    'competents', 'talentueuses', 'talentueux', 'inspirantes', 'inspirants', 'precieuses', 'precieux', 'tresors', 'comptent', 'respectes',
    'respectees', 'reconnaissant', 'reconnaissante', 'reconnaissants', 'en securite avec', 'content que', 'contente que', 'heureux que',
    'heureuse que', 'heureux de', 'heureuse de',
    // a claim against a group denied ("Les musulmans ne sont pas des terroristes"), as the German list does with DENIABLE
    ...['terroristes', 'criminels', 'delinquants', 'violeurs', 'voleurs', 'parasites', 'dangereux'].flatMap((w) => [`ne sont pas des ${w}`, `ne sont pas ${w}`, `sont pas des ${w}`]),
    ...['protegees', 'proteges', 'respectes', 'respectees', 'aimes', 'aimees', 'ecoutees', 'entendues', 'celebres', 'celebrees'].map((w) => `meritent d etre ${w}`),
    // (a negation is part of the term where the sentence before it would otherwise turn it round: negatedAround)
    'n ai rien contre', 'n avons rien contre', 'aucun probleme avec', 'une partie importante', 'partie integrante', 'une richesse',
    'ne sont un danger pour personne', 'ne sont pas un danger', 'ne sont pas dangereux', 'ne sont pas dangereuses', 'ville meilleure', 'ont contribue', 'contribuent beaucoup', 'aime travailler avec',
    'travaillent dur',
    ...['notre soutien', 'du soutien', 'notre aide', 'de l aide', 'un meilleur acces', 'justice', 'la dignite', 'une chance', 'mieux', 'protection', 'un salaire egal', 'l egalite'].map((w) => `meritent ${w}`),
  ],
  it: [
    'sono esseri umani', 'sono persone', 'come te e me', 'come noi', 'fanno parte', 'sono i benvenuti', 'sono le benvenute', 'benvenuti',
    'meritano rispetto', 'meritano il nostro rispetto', 'hanno gli stessi diritti', 'i nostri vicini', 'non sono un problema',
    'non sono il problema', 'non sono una minaccia', 'solidarieta con',
    // praise, admiration, pride ("Le donne sono fantastiche", "Ammiro queste donne", "fiero di vedere tante donne elette")
    'ammiro', 'ammirazione per', 'rispetto per', 'fiero di', 'fiera di', 'fieri di', 'orgoglioso', 'orgogliosa', 'fantastiche', 'fantastici',
    'meravigliose', 'meravigliosi', 'straordinarie', 'straordinari', 'incredibili', 'coraggiose', 'coraggiosi', 'brillanti', 'eroi', 'eroine',
    'adoro', 'fonte di ispirazione', 'celebrare',
    // equal worth, pay and rights; a group under-represented or to be protected from violence and discrimination
    'intelligenti quanto', 'intelligenti come', 'stesso salario', 'stesso stipendio', 'parita salariale', 'parita', 'stessi diritti',
    'tutto il diritto', 'il diritto di', 'piu donne', 'piu presenti', 'sottorappresentate', 'sottorappresentati', 'proteggere le',
    'proteggere i', 'protetti dalla', 'protette dalla', 'violenza contro', 'violenza sulle', 'violenza domestica', 'discriminazione',
    'discriminazioni', 'discriminati', 'discriminate', 'razzismo', 'omofobia', 'transfobia', 'sessismo', 'misoginia', 'antisemitismo',
    'odio contro', 'accogliere', 'accolti', 'accolte', 'inclusione',
    // speaking as or of a member close to one ("io sono musulmana", "mia sorella", "i miei colleghi")
    'sono una donna', 'io sono trans', 'sono musulmano', 'sono musulmana', 'sono ebreo', 'sono ebrea', 'io sono gay', 'sono lesbica',
    'in quanto donna', 'mia vicina', 'mio vicino', 'miei vicini', 'mia sorella', 'mio fratello', 'mia figlia', 'mio figlio', 'mia collega',
    'mio collega', 'miei colleghi', 'mia amica', 'miei amici', 'lavorano in', 'lavorano come', 'nessuna differenza tra', 'alcuna differenza tra',
    // qualities, gratitude, safety, being glad of a group ("Le donne sono così intelligenti", "contento che le donne governino")
    'intelligenti', 'magnifiche', 'magnifici', 'adorabili', 'generose', 'generosi', 'competenti', 'talentuose', 'talentuosi',
    'preziose', 'preziosi', 'tesori', 'contano', 'rispettati', 'rispettate', 'grato per', 'grata per', 'riconoscente', 'al sicuro con',
    'contento che', 'contenta che', 'felice che', 'felice di',
    ...['terroristi', 'criminali', 'delinquenti', 'stupratori', 'ladri', 'parassiti', 'pericolosi'].flatMap((w) => [`non sono ${w}`, `non sono dei ${w}`]),
    ...['protette', 'protetti', 'rispettate', 'rispettati', 'amate', 'amati', 'ascoltate', 'ascoltati', 'celebrate', 'celebrati'].map((w) => `meritano di essere ${w}`),
    'non ho niente contro', 'non ho nulla contro', 'non abbiamo niente contro', 'nessun problema con', 'una parte importante', 'parte integrante',
    'una ricchezza', 'arricchiscono', 'non sono un pericolo per nessuno', 'non sono un pericolo', 'non sono pericolosi', 'non sono pericolose', 'citta migliore', 'hanno contribuito',
    'contribuiscono molto', 'piace lavorare con', 'lavorano sodo',
    ...['il nostro sostegno', 'sostegno', 'aiuto', 'un accesso', 'accesso', 'giustizia', 'dignita', 'protezione', 'una possibilita', 'di meglio', 'pari diritti', 'pari opportunita'].map((w) => `meritano ${w}`),
  ],
  en: [
    'are human beings', 'are people', 'are humans',
    ...['terrorists', 'criminals', 'rapists', 'thieves', 'parasites', 'dangerous'].flatMap((w) => [`are not ${w}`, `aren t ${w}`]), 'like you and me', 'like you and i', 'are part of', 'belong here', 'are welcome',
    'welcome', 'deserve respect', 'deserve our respect', 'deserve the same', 'have the same rights', 'equal rights', 'our neighbours',
    'our neighbors', 'are not a threat', 'are no threat', 'are not the problem', 'stand with',
    // what a group deserves, said plainly ("Women deserve equal pay", "Refugees deserve our support"; session 23: the
    // model held five of eight such sentences, as "deserve" comes with death wishes in HateCheck's hateful templates)
    ...['deserve', 'deserve our', 'deserve a', 'deserve the same', 'deserve equal', 'deserve better', 'deserve to be', 'deserve to be treated with', 'deserve more'].flatMap((d) =>
      ['support', 'help', 'respect', 'protection', 'dignity', 'justice', 'fair chance', 'chance', 'rights', 'pay', 'safe', 'happy', 'heard', 'treated fairly',
        'access', 'opportunities', 'compassion', 'empathy', 'solidarity', 'welcome', 'safety', 'equality', 'freedom', 'better'].map((w) => `${d} ${w}`)),
    // nothing against a group, a part of the community, no danger, a better place, contributing (session 23: the model
    // held every one of these in templates of our own)
    'nothing against', 'no problem with', 'an important part', 'a valuable part', 'an essential part', 'a vital part', 'a better place',
    'not a danger', 'no danger', 'not dangerous', 'not a burden', 'no burden', 'have contributed', 'contribute so much', 'contribute a lot',
    'love working with', 'enjoy working with', 'hard working', 'hardworking', 'work hard',
  ],
};

/**
 * Facts and figures said of a group, and the offices that deal with it ("Die Roma sind die grösste Minderheit Europas",
 * "Ausländer stellen fast einen Drittel der Arbeitskräfte", "Trans Menschen können ihren Geschlechtseintrag beim
 * Zivilstandsamt ändern lassen"): a report, not a verdict. As a word class, with the group up to
 * {@link FIGURE_GROUP} words before it in the sentence; any hit against the group still outweighs them.
 */
const FIGURES = [
  'drittel', 'fuenftel', 'haelfte', 'prozent', 'bevoelkerungsanteil', 'minderheit', 'statistik', 'statistiken', 'bundesamt', 'volkszaehlung',
  'einwohner', 'einwohnerinnen', 'arbeitskraefte', 'beschaeftigten', 'erwerbstaetigen', 'geschlechtseintrag', 'zivilstandsamt', 'aufenthaltsbewilligung',
  'niederlassungsbewilligung', 'einbuergerung', 'einbuergerungen', 'eingebuergert', 'asylgesuch', 'asylgesuche', 'asylentscheid', 'werkstaetten',
  'werkstatt', 'gesundheitswesen', 'spitaeler', 'altersheim', 'altersheimen', 'landesteilen', 'kantonen',
];
const FIGURE_CUES: ReadonlySet<string> = new Set(FIGURES);
const FIGURE_GROUP = 8;
/**
 * Praise and plain facts that count only right next to a group name (within {@link NEAR_GROUP} words, same sentence):
 * said anywhere in a long comment they are about something else ("Die besten Dinge gibt es hier: freundliche Menschen …
 * Dann kommen Einwanderer …"). German.
 */
/** Cues of nothing held against the group named right after them ({@link NEAR_CUES_DE}; the group after the cue only). */
const AGAINST_NONE: readonly string[] = ['nuet gaege', 'nuet gege', 'nid gege', 'kei problem mit', 'kein problem mit', 'keine probleme mit'];
const AFTER_ONLY_CUES: ReadonlySet<string> = new Set(AGAINST_NONE);

const NEAR_CUES_DE: readonly string[] = [
    // nothing against, no problem with the group right after ("Ich ha nüt gäge Usländer", "Ich ha kei Problem mit
    // Transmensche"; not "… hätten wir keine Probleme mit der Kriminalität")
    ...AGAINST_NONE,
    // good qualities as a class of adjectives rather than phrases ("Schwule sind einfach fantastisch", "Nur Muslime sind so
    // herzlich und gastfreundlich"), with their endings; a negation around them turns them round as for every cue
    ...POSITIVE_ADJECTIVES.flatMap((a) => ['', 'e', 'en', 'er', 'es'].map((e) => a + e)),
    // being glad of, admiring, celebrating, dating someone of a group ("Diese Migranten machen mich so glücklich",
    // "Solche Transmenschen sollte man feiern", "Ich würde gerne einen Afrikaner daten")
    'machen mich gluecklich', 'machen mich so gluecklich', 'macht mich gluecklich', 'macht mich so gluecklich', 'machen mich froh',
    'macht mich froh', 'sollte man feiern', 'sollten gefeiert werden', 'verdienen bewunderung', 'bewundern', 'bewunderung fuer', 'vorbild',
    'vorbilder', 'daten', 'umarmen', 'umarme', 'ich mag', 'freue mich', 'freuen uns', 'recht zu leben', 'helfe ich', 'helfen wir',
    // honoured, looked up to, a blessing, worth much, liked ("Wir sollten zu diesen Frauen aufschauen", "Solche Muslime verdienen
    // es, gefeiert zu werden", "Das Leben von Juden ist so viel wert", "Ich habe Flüchtlinge einfach gern")
    // a right to a decent life (session 23), more of a group in office ("Wir brauchen mehr Frauen in der Politik"; not
    // "brauchen mehr" alone: "Wir brauchen mehr Abschiebungen von Ausländern")
    'ein recht auf ein', 'das recht auf ein', 'mehr * in der politik', 'mehr * im parlament', 'mehr * in fuehrungspositionen', 'mehr * in der regierung',
    'gefeiert', 'aufschauen', 'zum lachen bringen', 'zum laecheln bringen', 'habe * gern', 'hab * gern', 'so viel wert', 'geehrt', 'ehren',
    'ein segen', 'helden', 'heldinnen', 'wertschaetzen', 'schaetzen',
    // someone of a group in a role or a count, said plainly ("Meine Ärztin ist Muslimin", "Gibt es in deiner Klasse Juden?",
    // "Heute wurden drei Musliminnen ins Parlament gewählt", "Mehr als die Hälfte der Teilnehmenden waren Frauen")
    ...['mein', 'meine', 'sein', 'seine', 'unser', 'unsere', 'dein', 'deine', 'ihre', 'der', 'die', 'dieser', 'diese', 'unsere'].flatMap((p) => ROLES.map((r) => `${p} ${r}`)),
    // placed in one's own surroundings ("Sind in deinem Kurs auch Juden?"; not "Tausende Flüchtlinge sterben …": numbers
    // before a group are said in mockery as often as in reports)
    ...['in', 'an', 'bei'].flatMap((a) => ['meinem', 'meiner', 'deinem', 'deiner', 'unserem', 'unserer', 'eurem', 'eurer'].flatMap((p) => PLACES.map((n) => `${a} ${p} ${n}`))),
    'gibt es in', 'gibt es bei', 'gibt es an', 'kennst du', 'gewaehlt', 'nominiert', 'teilnehmenden', 'teilnehmer', 'teilnehmerinnen',
    'in meiner klasse', 'in unserer klasse', 'in meinem team', 'in unserem team', 'in unserer mannschaft', 'arbeitet als', 'arbeite mit',
    // living somewhere, said plainly ("Ziemlich viele Juden leben dort drüben"; "zu viele" before it is taken back)
    'leben dort', 'wohnen dort', 'leben da', 'wohnen da', 'leben im', 'wohnen im',
    ...FIGURES,
];
/** Roles may stand further from the group they are said to be ("Der Gitarrist dieser Band ist eine Frau"). */
const ROLE_CUES: ReadonlySet<string> = new Set(NEAR_CUES_DE.filter((c) => ROLES.some((r) => c.endsWith(` ${r}`))));
const ADJECTIVE_CUES: ReadonlySet<string> = new Set(POSITIVE_ADJECTIVES.flatMap((a) => ['', 'e', 'en', 'er', 'es'].map((e) => a + e)));
/** How many words before a {@link NEAR_CUES_DE} cue a group name may stand. */
const NEAR_GROUP = 4;
const NEAR_MATCHER = compileTerms(NEAR_CUES_DE.map((term) => ({ term, inflect: false })));

const MATCHERS = new Map<Language, TermMatcher>(
  (Object.entries(CUES) as [Exclude<Language, 'other'>, readonly string[]][]).map(([language, terms]) => [
    language,
    compileTerms(terms.map((term) => ({ term, inflect: false }))),
  ]),
);

/** Tokens before a cue, and after it, in which a negation turns praise round ("nicht willkommen", "mag keine"). */
const NEGATION_BEFORE = 3;
const NEGATION_AFTER = 2;

/**
 * French and Italian negations beyond {@link NEGATIONS}: "aucun respect", "per niente", "rien de", "nessuna", and the
 * French "ne"/"n'" that opens every negation ("ne méritent", "n'ont").
 */
const ROMANCE_NEGATIONS: Readonly<Partial<Record<Language, ReadonlySet<string>>>> = {
  fr: new Set(['ne', 'n', 'rien', 'ni', 'aucun', 'aucune', 'guere', 'nullement']),
  it: new Set(['alcun', 'alcuna', 'alcuno', 'niente', 'nulla', 'nessuna', 'neanche', 'neppure', 'affatto', 'ne']),
};

function negatedAround(tokens: readonly Token[], start: number, end: number, language: Language): boolean {
  const sentence = (tokens[start] as Token).sentence;
  const romance = ROMANCE_NEGATIONS[language];
  // French and Italian deny praise from further back ("Je ne pense vraiment pas que les femmes soient formidables",
  // "Non credo proprio che i trans siano coraggiosi"): the whole sentence before the cue is read.
  const before = romance === undefined ? NEGATION_BEFORE : start;
  const negates = (norm: string): boolean => NEGATIONS.has(norm) || romance?.has(norm) === true;
  for (let k = start - 1; k >= 0 && k >= start - before; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if (negates(token.norm)) return true;
  }
  for (let k = end; k < tokens.length && k < end + NEGATION_AFTER; k++) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if (negates(token.norm)) return true;
  }
  return false;
}

/** "aber", "mais", "ma", "but" after praise: what follows takes it back ("Frauen sind stark, aber für Führungsjobs zu emotional"). */
const BUT = new Set(['aber', 'allerdings', 'jedoch', 'mais', 'ma', 'pero', 'but']);
/** "ja so fleissig", "ja sooo herzlich": German irony right before the praise. */
const IRONY_BEFORE = new Set(['ja', 'jaja', 'haha', 'hahaha', 'lol', 'wenigsten', 'weniger', 'kaum']);
/** Regret earlier in the sentence ("Schade, dass es in meiner Schule mehr Lesben gibt"). */
const REGRET = new Set(['schade', 'leider', 'ungluecklicherweise', 'bedauerlicherweise']);
/** Right before the praise: too much of it, or asked how much ("Frauen sind zu nett", "wie klug bist du?"). */
const EXCESS_BEFORE = new Set(['zu', 'wie', 'allzu']);
/** Later in the sentence, words that call the praise nonsense or turn to disgust ("…, dass Juden nett seien, ist Blödsinn"). */
const DISMISSED_AFTER = new Set(['bloedsinn', 'quatsch', 'unsinn', 'schwachsinn', 'gelogen', 'luege', 'kotzen', 'leider', 'ironie', 'sarkasmus', 'typisch', 'erklaert', 'propaganda', 'maerchen']);

/** Whether praise is taken back later in its sentence, or said with irony right before it. */
function takenBack(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  for (let k = end; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if (BUT.has(token.norm) || DISMISSED_AFTER.has(token.norm)) return true;
  }
  for (let k = start - 1; k >= 0 && k >= start - 2; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if (IRONY_BEFORE.has(token.norm) || (k === start - 1 && EXCESS_BEFORE.has(token.norm))) return true;
  }
  // "Zu viele Ausländer in meiner Klasse": too many, earlier in the sentence.
  for (let k = start - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) break;
    if ((token.norm === 'viele' || token.norm === 'viel') && k > 0 && (tokens[k - 1] as Token).norm === 'zu') return true;
    if (token.norm === 'zuviele' || REGRET.has(token.norm)) return true;
  }
  for (let k = end; k < tokens.length && k < end + 4; k++) {
    const token = tokens[k] as Token;
    if (IRONY_BEFORE.has(token.norm) && token.norm !== 'ja') return true;
  }
  return false;
}

/**
 * Whether the comment speaks for a group and holds nothing against anyone: it names a group, the lexicon found no
 * insult, threat, slur or contempt that is not negated, quoted or reported, and a sentence says something for the
 * group without a negation around it ("Flüchtlinge sind Menschen wie du und ich", "Muslime gehören zur Schweiz").
 */
export function speaksForGroup(text: NormalizedText, lexicon: LexiconResult, language: Language): boolean {
  // A negated or quoted hit ("Schwule sind keine Gefahr") is no evidence against anyone.
  if (!lexicon.identityMentioned || lexicon.hits.some((h) => h.contexts.length === 0)) return false;
  const matchers = language === 'other' ? [...MATCHERS.values()] : [MATCHERS.get(language) as TermMatcher];
  for (const matcher of matchers) {
    for (const m of matcher.match(text)) if (!negatedAround(text.tokens, m.tokenStart, m.tokenEnd, language) && !takenBack(text.tokens, m.tokenStart, m.tokenEnd)) return true;
  }
  if (language === 'de' && lexicon.groupTokens !== undefined) {
    const groups = lexicon.groupTokens;
    for (const m of NEAR_MATCHER.match(text)) {
      const sentence = (text.tokens[m.tokenStart] as Token).sentence;
      // The group before the cue ("Schwule sind fantastisch", "… einen Afrikaner daten") or just after it: an adjective
      // right before its noun ("herzliche Muslime"), other cues with up to two words between ("Meine Ärztin ist Muslimin").
      const after = ADJECTIVE_CUES.has(m.term) ? m.tokenEnd : ROLE_CUES.has(m.term) ? m.tokenEnd + NEAR_GROUP : m.tokenEnd + 2;
      const before = AFTER_ONLY_CUES.has(m.term) ? 0 : FIGURE_CUES.has(m.term) ? FIGURE_GROUP : NEAR_GROUP;
      const near = groups.some((g) => (text.tokens[g] as Token).sentence === sentence && g >= m.tokenStart - before && g <= after);
      if (near && !negatedAround(text.tokens, m.tokenStart, m.tokenEnd, language) && !takenBack(text.tokens, m.tokenStart, m.tokenEnd)) return true;
    }
  }
  return false;
}
