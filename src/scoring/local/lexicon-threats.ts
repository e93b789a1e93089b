/**
 * Threats, calls to kill, death wishes and dehumanisation in German (Standard, Swiss spelling, Swiss German
 * dialect, Austrian), French, Italian and English.
 *
 * How the rows are built:
 * - Unambiguous threats and death wishes use {@link kill}: THREAT and SEVERE_TOXICITY reach reject level.
 * - Verbs that are harmless about things and violent about people ("ausrotten", "vernichten", "exterminate")
 *   weigh little alone and {@link GROUP_VIOLENCE} when the sentence names a group.
 * - Animal and pest nouns ("Ratten", "Parasiten", "cafards") weigh little alone (literal uses: "Ratten im Keller")
 *   and reach reject level in frames that say it of people ("sind Ratten") or when the sentence names a group.
 * - Literal uses the frames would still catch are masked by `allow` phrases ({@link THREAT_ALLOW}).
 * Terms are written in normalised form (ä → ae, no apostrophes: "qu ils crevent" for "qu'ils crèvent").
 */
import {
  DE, EN, FR, GROUP_DEHUMANISED, GROUP_VIOLENCE, GROUP_ONLY, HEAD, IT, IT_NOUN, about, dehumanise, each, frames, insult, kill, threat,
  type Row,
} from './lexicon-rows';

const G_DEHUMAN = { group: GROUP_DEHUMANISED } as const;
const G_VIOLENCE = { group: GROUP_VIOLENCE } as const;

// ---------------------------------------------------------------------------------------------------------------
// German
// ---------------------------------------------------------------------------------------------------------------

/** Past participles of killing and maiming (Standard German), after "gehört", "sollte … werden". */
const DE_KILLED = [
  'erschossen', 'aufgehaengt', 'aufgeknuepft', 'vergast', 'erschlagen', 'totgeschlagen', 'abgeknallt', 'abgestochen', 'gelyncht',
  'gesteinigt', 'erhaengt', 'gehaengt', 'hingerichtet', 'exekutiert', 'gekoepft', 'ertraenkt', 'abgeschlachtet', 'umgebracht', 'getoetet',
  'kaltgemacht', 'an die wand gestellt', 'an den galgen', 'ins gas', 'in die gaskammer', 'abgemurkst', 'niedergeschossen',
  // session 25
  'aufgeschlitzt', 'niedergestochen', 'zerstueckelt',
];
/** Participles that are violent only about people ("Korruption gehört ausgerottet" is not a threat). */
const DE_KILLED_PEOPLE = ['ausgerottet', 'ausgemerzt', 'vernichtet', 'liquidiert', 'entsorgt', 'verbrannt', 'vergiftet', 'abgeschossen', 'eliminiert', 'beseitigt'];
/**
 * What may stand between "gehört" and the participle. A free gap would also read "ich habe gehört, dass er
 * erschossen wurde" as a call to kill.
 */
const DE_FILL = [
  '', 'alle', 'sofort', 'einfach', 'doch', 'endlich', 'eigentlich', 'oeffentlich', 'standrechtlich', 'allesamt', 'ja', 'halt', 'mal', 'auch',
  'schon lange', 'alle sofort', 'sofort alle', 'doch alle', 'einfach alle', 'eigentlich alle', 'endlich alle', 'alle zusammen',
  'alle oeffentlich', 'alle standrechtlich', 'alle einfach', 'doch einfach', 'doch sofort', 'ohne prozess', 'auch alle', 'ja alle', 'halt alle',
];
const GSW_FILL = ['', 'alli', 'sofort', 'eifach', 'doch', 'endlich', 'alli sofort', 'doch alli', 'eifach alli', 'eigentlich', 'eigentlich alli', 'grad', 'grad alli', 'scho lang'];
const DE_MODAL = ['gehoert', 'gehoeren', 'gehoerte', 'gehoerten', 'sollte', 'sollten', 'muss', 'muesste', 'muessten', 'g hoert'];
const GSW_MODAL = ['ghoert', 'ghoered', 'ghoere', 'ghoerted', 'soett', 'soetted', 'sett', 'settet', 'mues', 'mond'];
const withFill = (modals: readonly string[], fills: readonly string[]): string[] => modals.flatMap((m) => fills.map((f) => (f === '' ? m : `${m} ${f}`)));
/** Swiss German dialect participles ("ghört verschosse", "sött me ufhänke"). */
const GSW_KILLED = [
  'erschosse', 'verschosse', 'ufghaenkt', 'ufghaengt', 'ufgheicht', 'vergast', 'abgchnallt', 'abknallt', 'erschlage', 'totgschlage',
  'z tod gschlage', 'umbracht', 'umbroocht', 'abgmurkst', 'a d wand gstellt', 'an d wand gstellt', 'is gas', 'verbrennt', 'abgstoche',
];
/** Infinitives of killing that are violent whatever the object (unlike "ausrotten", "vernichten"). */
const DE_KILL = [
  'erschiessen', 'aufknuepfen', 'vergasen', 'abknallen', 'abstechen', 'lynchen', 'steinigen', 'erhaengen', 'abschlachten', 'umbringen',
  'toeten', 'an die wand stellen', 'kaltmachen', 'abmurksen', 'erschiesse', 'umbringe', 'abknalle', 'vergase', 'abmurkse', 'a d wand stelle',
  'an d wand stelle', 'verschiesse',
  // session 25 ("Ich werde jeden … in meinem Viertel aufschlitzen")
  'aufschlitzen', 'niederstechen', 'zerstueckeln',
];
/** Also hang laundry and kill time: only with a person as object ("man sollte sie alle aufhängen"). */
const DE_KILL_PEOPLE = ['aufhaengen', 'ufhaenke', 'ufhaenge', 'erschlagen', 'totschlagen', 'totschlaa', 'tot schlah', 'verbrennen', 'ausrotten', 'vernichten', 'ausmerzen', 'ertraenken'];

const DE_THREATS: Row[] = [
  // Session 23 (the twin functional file): a punch promised, hunted down, beaten out, beating allowed, a boat sunk,
  // put in chains.
  ...each(['schlage ich ins gesicht', 'schlag ich ins gesicht', 'finden und fertigmachen', 'werden * aufmischen', 'werde * aufmischen',
    'rauspruegeln', 'man sollte * schlagen', 'schlagen duerfen', 'in ein boot und versenk', 'und versenkt es',
    'gehoert in ketten gelegt', 'gehoeren in ketten gelegt', 'gebe dir * einen schlag', 'geb dir * einen schlag', 'gebe dir einen schlag',
    'geb dir einen schlag'], threat(0.85), DE),
  // Calls to kill: "X gehört erschossen", "die gehören alle vergast", "sollten aufgehängt werden".
  ...frames(withFill(DE_MODAL, DE_FILL), DE_KILLED, kill(0.95), DE),
  // "Volksverräter gehören an die Wand", "dä ghört a d Wand": the wall of a firing squad (a picture is a thing).
  ...frames(withFill(['gehoert', 'gehoeren', 'gehoerte', 'gehoerten'], DE_FILL), ['an die wand', 'an die mauer', 'vor ein erschiessungskommando', 'vors erschiessungskommando'], kill(0.93), DE),
  ...frames(withFill(['ghoert', 'ghoered', 'ghoere', 'ghoerted', 'ghoert'], GSW_FILL), ['a d wand', 'an d wand', 'an e wand', 'a d muur', 'as erschiessigskommando'], kill(0.93), DE),
  ...frames(withFill(DE_MODAL, DE_FILL), DE_KILLED_PEOPLE, { THREAT: 0.4, TOXICITY: 0.4 }, { ...DE, ...G_VIOLENCE }),
  ...frames(withFill(GSW_MODAL, GSW_FILL), GSW_KILLED, kill(0.95), DE),
  ...frames(
    ['sollte man *', 'muesste man *', 'muss man *', 'man sollte *', 'man muesste *', 'man muss *', 'am besten *', 'alle', 'soett me *',
      'sett me *', 'mer sett *', 'mer soett *', 'me sett *', 'me soett *', 'mues me *',
      ...['ich werde', 'ich werd', 'ich will', 'wir werden', 'ich wuerde', 'ich wuerd', 'i wuerd', 'i wird', 'mir wered'].flatMap((h) =>
        ['dich', 'di', 'euch', 'ihn', 'en', 'sie', 'si', 'die'].map((o) => `${h} ${o} *`),
      )],
    DE_KILL,
    kill(0.95),
    DE,
  ),
  ...frames(
    ['sollte man', 'man sollte', 'muss man', 'man muss', 'muesste man', 'man muesste', 'am besten', 'soett me', 'sett me', 'mer sett', 'soet me', 'mer soett', 'me sett',
      'solte man', 'man solte', 'muste man', 'man muste', 'soett mer', 'sett mer'].flatMap((h) =>
      ['sie alle', 'die alle', 'alle', 'alli', 'die', 'sie', 'die alli', 'si alli', 'si', 'ihn', 'en', 'all diese', 'diese leute', 'die leute', 'die lueuet', 'die pack'].map((o) => `${h} ${o}`),
    ),
    DE_KILL_PEOPLE,
    kill(0.93),
    DE,
  ),
  // Imperatives to a crowd: "Stellt die Verräter an die Wand!", "Stelled die a d Wand".
  ...each(['stellt * an die wand', 'stellt sie an die wand', 'stellt die an die wand', 'stellt alle an die wand', 'stelled * a d wand', 'stelled * an d wand', 'stellet * an d wand',
    'stellt * an die mauer', 'stellt * vors erschiessungskommando'], kill(0.93), DE),
  // Direct threats to the reader.
  ...each(
    [
      'ich bring dich um', 'ich bringe dich um', 'ich bring dich * um', 'ich bringe dich * um', 'ich bring di um', 'i bring di um',
      'i bring di * um', 'ich bring euch um', 'ich bring euch * um', 'ich bringe euch * um', 'i bring euch um', 'ich toete dich',
      'ich mach dich kalt', 'ich mach di kalt', 'ich knall dich ab', 'ich knall di ab', 'i knall di ab', 'ich knall euch ab',
      'ich stech dich ab', 'ich stech di ab', 'ich stich di ab', 'i stich di ab', 'ich stech euch ab', 'ich schlitz dich auf',
      'ich schlitz di uf', 'i schlitz di uf', 'ich schlag dich tot', 'ich schlag di tot', 'i schlah di tot', 'ich schlah di tot',
      'i schlah di z tod', 'ich erschiess dich', 'ich erschiesse dich', 'ich verschiess di', 'i verschiess di', 'ich erschiess di',
      'i daschlog di', 'i derschlag di', 'ich vertaetsch di', 'i vertaetsch di', 'du bist tot', 'du bisch tot', 'du bist ein toter mann',
      'du bisch en tote maa', 'weiss wo du wohnst', 'wissen wo du wohnst', 'weiss wo du wohnsch', 'weiss wo dis huus', 'deine tage sind gezaehlt',
      'kugel in den kopf', 'kugel in kopf', 'kugel i grind', 'kugle in grind', 'verdient * kugel', 'verdient * kopfschuss', 'verdient den tod',
      'verdienen den tod', 'verdient es zu sterben', 'verdienen es zu sterben', 'hat den tod verdient', 'haben den tod verdient',
      'kehle durchschneiden', 'gurgel durchschneiden', 'kehle aufschlitzen', 'ab ins gas', 'alle ins gas', 'ins gas mit', 'ab is gas',
      'an den galgen mit', 'an die laterne', 'am naechsten baum', 'an den naechsten baum', 'an der naechsten laterne', 'am naechste baum',
      'am naechschte baum', 'am naechschte boum', 'am naechste boum', 'a de naechschte laterne', 'a de naechste laterne', 'am naechstbeste baum', 'am naechstbesten baum',
      'an der naechstbesten laterne', 'ins gas schicken', 'ins gas schicke', 'is gas schicke', 'is gas schicken', 'in die gaskammer schicken', 'in d gaskammer schicke',
    ],
    kill(0.95),
    DE,
  ),
  // Death wishes.
  ...each(
    [
      'soll verrecke', 'sollen verrecke', 'soll * verrecke', 'sollen * verrecke', 'sollt * verrecke', 'sollst verrecke', 'sollst * verrecke',
      'verreck doch', 'verreck endlich', 'verreck du', 'verreckt doch', 'geh verrecke', 'geht verrecke', 'gang go verrecke', 'gang verrecke',
      'gaht go verrecke', 'chasch verrecke', 'chasch go verrecke', 'hoffentlich verreckt', 'hoffentlich verrecke', 'hoffentli verreckt',
      'hoffentli verrecke', 'lass * verrecke', 'lasst * verrecke', 'soell verrecke', 'soell * verrecke', 'soelled verrecke',
      'soelled * verrecke', 'soelle verrecke', 'sellet verrecke', 'soll * krepiere', 'sollen * krepiere', 'sollt * krepiere',
      'sollst * krepiere', 'krepier doch', 'krepier endlich', 'geh krepiere', 'hoffentlich krepiert', 'hoffentlich krepiere',
      'lass * krepiere', 'lasst * krepiere', 'du sollst sterbe', 'ihr sollt sterbe', 'er soll sterbe', 'sie soll sterbe', 'sie sollen sterbe',
      'die sollen sterbe', 'sollen alle sterbe', 'soll endlich sterbe', 'sollen endlich sterbe', 'er sollte sterbe', 'sie sollten sterbe',
      'die sollten sterbe', 'sollen alle elend', 'geh sterbe', 'geh doch sterbe', 'stirb doch', 'stirb endlich', 'stirb du',
      'hoffentlich stirbt', 'hoffentlich stirbst', 'hoffentli stirbt', 'hoffentli stirbsch', 'hoffe * alle sterbe', 'hoffe * verreckt',
      'hoffe * verrecke', 'hoffe * krepiert', 'hoffe * krepiere', 'wuensche * den tod', 'wuensch * de tod', 'soell staerbe', 'soelled staerbe',
      'sett staerbe', 'verreckae', 'verreckaed', 'tod allen',
      ...['hoffentlich sterben', 'hoffentlich krepieren', 'hoffentlich verrecken', 'hoffentli staerbed'].flatMap((h) => ['sie', 'die', 'alle', 'sie alle', 'die alle', 'si', 'die alli'].map((o) => `${h} ${o}`)),
      ...['hoffe', 'hoffe dass', 'hoff', 'hoff dass', 'hoffe das', 'hoff das'].flatMap((h) => ['er stirbt', 'sie stirbt', 'du stirbst', 'der stirbt', 'die stirbt', 'sie sterben', 'die sterben', 'alle sterben', 'er verreckt', 'du verreckst', 'sie verrecken', 'die verrecken', 'du stirbsch', 'si staerbed', 'die staerbed'].map((o) => `${h} ${o}`)),
    ],
    kill(0.93),
    DE,
  ),
  // Beating someone up: a threat of violence, rejected on THREAT.
  ...each(
    [
      'fresse polieren', 'polier * fresse', 'eins auf die fresse', 'eine auf die fresse', 'paar auf die fresse',
      'eins aufs maul', 'eine aufs maul', 'paar aufs maul', 'gehoert * aufs maul', 'hau * aufs maul', 'hau * in die fresse',
      'schlag * in die fresse', 'tritt * in die fresse', 'eis uf d schnurre', 'eis uf d fresse', 'eis ufs muul', 'eis uf s muul',
      'eis uf d nuss', 'eis a grind', 'e paar uf d schnurre', 'kopf abreissen', 'reiss * kopf ab', 'riiss * chopf ab', 'chopf abriisse',
      'schaedel einschlagen', 'schlag * schaedel ein', 'schlah * grind i', 'ich vertaetsch dich', 'vertaetsch di', 'ich verpruegel dich',
      'ich verpruegle dich', 'ich verpruegel euch', 'ich verchlopf di', 'i verchlopf di', 'ich hau dich um', 'ich hau di um', 'i hau di um',
      'i hau di in die goschn', 'hau da ane', 'dreh * hals um', 'drah * hois um', 'zu brei schlagen', 'krankenhausreif', 'spitalreif',
      'windelweich pruegeln', 'gruen und blau schlagen',
    ],
    threat(0.92),
    DE,
  ),
  ...each(['vertaetsche', 'verchlopfe', 'abmurkse', 'daschlog', 'derschlag', 'verkloppe'], threat(0.8), DE),
  ...each(['abknalle', 'aufknuepfe', 'vergase'], kill(0.92), DE),
  ['aufgeknuepft', threat(0.85), DE],
  ['absteche', threat(0.85), DE],
  ['steinige', threat(0.8), DE],
  ['ins gas', threat(0.75), { ...DE, ...G_VIOLENCE }],
  ['uf d schnurre', threat(0.75), DE],
  ['aufs maul', threat(0.75), DE],
  ['aufs maul gehoert', threat(0.9), DE],
  ...each(['bist du tot', 'bisch du tot', 'bisch tot', 'dann bist du tot', 'denn bisch tot'], kill(0.92), DE),
  ['in die goschn', threat(0.75), DE],
  ['auf die goschn', threat(0.75), DE],
  ['kopfschuss', threat(0.6), DE],
  ...each(['ich mach dich fertig', 'ich mach di fertig', 'i mach di fertig'], threat(0.8), DE),
  ['tod den', threat(0.7), { ...DE, ...G_VIOLENCE }],
  // Harmless about things ("Korruption ausrotten", "Müll entsorgen"), violent about people.
  // Eradication only, and infinitives only: war reporting names groups next to "töten", "vernichten", "abschiessen"
  // ("die Ukrainer vernichten russische Panzer"), and participles report what happened ("wurden ausgerottet").
  ...each(
    ['ausrotte', 'auszurotte', 'ausmerze', 'auszumerze', 'ausloesche', 'auszuloesche', 'entsorge'],
    GROUP_ONLY,
    { ...DE, ...G_VIOLENCE },
  ),
];

/** Pest and animal nouns: harmless alone, dehumanising about people. Singular stems (the matcher adds -n, -en). */
const DE_PESTS = ['ratte', 'kakerlake', 'parasit', 'ungeziefer', 'ungziefer', 'schaedling', 'viehzeug', 'schmeissfliege'];
const DE_BEASTS = ['tiere', 'tier', 'vieh', 'bestie', 'affe', 'schwein', 'hund', 'koeter'];
/** Nouns for people only ("Gesindel", "Pack" as in "dieses Pack"). */
const DE_RABBLE = ['gesindel', 'gsindel', 'pack', 'gesocks', 'geschmeiss', 'gschmeiss', 'kroppzeug', 'abschaum', 'abschuum'];

const DE_DEHUMANISATION: Row[] = [
  // Said of people: "sind Ratten", "sind nichts als Ungeziefer".
  ...frames(
    ['sind', 'sind alle', 'sind alles', 'sind doch', 'sind doch alle', 'sind doch alles', 'sind nur', 'sind nichts als', 'sind nichts anderes als',
      'sind wie', 'sind schlimmer als', 'sind reines', 'sind ja', 'sind halt', 'sind einfach', 'sind eh', 'sind allesamt', 'isch', 'sind e',
      'alles nur', 'nichts als', 'vermehren sich wie', 'vermehred sich wie', 'sie sind', 'ihr seid', 'ihr seid alle', 'seid'],
    [...DE_PESTS, ...DE_RABBLE, 'untermensch'],
    dehumanise(0.9),
    { ...DE, ...G_DEHUMAN },
  ),
  ...frames(['sind', 'sind alle', 'sind alles', 'sind doch', 'sind doch alle', 'sind nur', 'sind wie', 'sind wilde', 'sind halt', 'sind einfach'], DE_BEASTS, insult(0.75), { ...DE, ...G_DEHUMAN }),
  ...each(['tiere keine menschen', 'tiere und keine menschen', 'sind keine menschen', 'sind doch keine menschen', 'sind kein mensch', 'sind keini mensche', 'keine menschen sondern', 'menschlicher abschaum', 'abschaum der menschheit', 'abschaum der gesellschaft', 'minderwertige rasse', 'minderwertige menschen', 'lebensunwert', 'unwertes leben', 'vermehren sich wie', 'vermehred sich wie'], dehumanise(0.9), { ...DE, ...G_DEHUMAN }),
  // "dieses Pack", "diese Ratten", "ihr Parasiten": aimed at people, but literal uses exist ("diese Ratten im Keller").
  ...frames(
    ['diese', 'dieses', 'dieser', 'solche', 'solches', 'solchen', 'ihr', 'du', 'dreckige', 'dreckiges', 'draeckigi', 'so ein', 'so e', 'so eine',
      'bist eine', 'bist ein', 'bisch e', 'bisch en', 'elende', 'elendes', 'verdammte', 'verdammtes'],
    DE_PESTS,
    insult(0.85),
    { ...DE, ...G_DEHUMAN },
  ),
  // "dieses Pack", "dieser Abschaum": nothing else is called so.
  ...frames(
    ['dieses', 'dieser', 'diesem', 'diesen', 'solches', 'solcher', 'solchen', 'so ein', 'so en', 'so es', 'das ganze', 'der ganze', 'ihr', 'du',
      'dreckiges', 'elendes', 'verdammtes', 'dises', 'dae', 'das', 'dem'],
    DE_RABBLE,
    dehumanise(0.9),
    { ...DE, ...G_DEHUMAN },
  ).filter(([term]) => term !== 'das pack' && term !== 'dem pack'), // not "das Pack Zigaretten"
  ...each(['abschaum wie', 'abschuum wie', 'gesindel wie', 'pack wie', 'ungeziefer wie'], dehumanise(0.88), { ...DE, ...G_DEHUMAN }),
  // The rabble with an adjective of contempt ("dieses üble Pack", "widerliches Pack", "linkes Gesindel") or asked about
  // ("Was für ein Pack"); "das Pack" alone may be cigarettes.
  ...frames(
    ['uebles', 'ueble', 'widerliches', 'widerliche', 'krankes', 'kranke', 'verlogenes', 'verlogene', 'linkes', 'linke', 'rotes', 'rote', 'gruenes', 'gruene',
      'braunes', 'braune', 'politisches', 'politische', 'asoziales', 'asoziale', 'kriminelles', 'kriminelle', 'mieses', 'miese', 'nichtsnutziges',
      'nichtsnutzige', 'verkommenes', 'verkommene', 'versifftes', 'versiffte', 'linksgruenes', 'linksgruene', 'unbrauchbares', 'unbrauchbare',
      'was fuer ein', 'was fuer e', 'so es', 'ist das'],
    ['pack', 'gesindel', 'gesocks', 'geschmeiss'],
    dehumanise(0.85),
    { ...DE, ...G_DEHUMAN },
  ),
  // Migrants called invaders ("illegale Invasoren", "sind keine Flüchtlinge, sondern Invasoren"); an army's invaders are not.
  ...frames(['illegale', 'illegalen', 'muslimische', 'muslimischen', 'islamische', 'islamischen', 'afrikanische', 'afrikanischen', 'ruecksichtslose', 'sondern', 'sind'], ['invasoren'], dehumanise(0.8), { ...DE, ...G_DEHUMAN, inflect: false }),
  // Compounds with the rabble or a brood as head ("Lumpenpack", "Antifantenbrut", "Lügenbrut"): "Brut" alone is birds'.
  ...each(['lumpenpack', 'vasallenpack', 'rattenpack', 'politpack', 'parteipack', 'journalistenpack', 'medienpack', 'luegenpack', 'lumpengesindel',
    'politgesindel', 'luegenbrut', 'antifantenbrut', 'antifabrut', 'teufelsbrut', 'natternbrut', 'schlangenbrut', 'drecksbande', 'luegenbande',
    'diese brut', 'linke brut', 'gruene brut', 'rote brut', 'moslem brut', 'muslim brut', 'drecksstueck', 'dreckstueck', 'dreckspresse'], dehumanise(0.85), { ...DE, ...G_DEHUMAN, inflect: false }),
  ...each([...DE_PESTS], GROUP_ONLY, { ...DE, ...G_DEHUMAN }),
  ['abschaum', insult(0.85), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['abschuum', insult(0.85), { ...DE, ...G_DEHUMAN }],
  ['gesindel', insult(0.75), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['gsindel', insult(0.75), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['geschmeiss', insult(0.8), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['gesocks', insult(0.8), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['kroppzeug', insult(0.7), { ...DE, ...G_DEHUMAN }],
  ['dreckspack', dehumanise(0.9), { ...DE, ...G_DEHUMAN }],
  ['pack', GROUP_ONLY, { ...DE, inflect: false, ...G_DEHUMAN }],
  ['drecksgesindel', dehumanise(0.9), { ...DE, ...G_DEHUMAN }],
  ['sozialschmarotzer', insult(0.8), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['schmarotzer', insult(0.6), { ...DE, ...HEAD, ...G_DEHUMAN }],
  ['minderwertig', { INSULT: 0.45, TOXICITY: 0.4 }, { ...DE, ...G_DEHUMAN }],
  // "Asylantenpack", "Ausländergesindel": a group and a dehumanising head in one word.
  ...[
    'asylanten', 'auslaender', 'uslaender', 'fluechtlings', 'migranten', 'muslim', 'moslem', 'juden', 'kanaken', 'zigeuner', 'neger',
    'tuerken', 'araber', 'afrikaner', 'albaner', 'jugo', 'balkan', 'asyl', 'islam', 'tschuschen', 'schwuchtel', 'tschingge', 'kosovaren',
  ].flatMap((group) => ['pack', 'gesindel', 'abschaum', 'geschmeiss', 'ungeziefer', 'ratten', 'brut', 'dreck', 'gesocks', 'viehzeug', 'schmarotzer', 'parasiten'].map((head): Row => [`${group}${head}`, { ...GROUP_DEHUMANISED }, DE])),
];

// ---------------------------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------------------------

const EN_KILLED = [
  'shot', 'hanged', 'hung', 'executed', 'killed', 'gassed', 'lynched', 'burned alive', 'burnt alive', 'strung up', 'stoned', 'beheaded',
  'murdered', 'slaughtered', 'put against a wall', 'lined up and shot', 'put to death', 'stabbed', 'drowned', 'shot dead',
];

const EN_THREATS: Row[] = [
  ...frames(['should be', 'should * be', 'need to be', 'needs to be', 'must be', 'must * be', 'ought to be', 'deserve to be', 'deserves to be', 'have to be', 'has to be', 'should get'], EN_KILLED, kill(0.95), EN),
  ...each(
    [
      'i will kill you', 'i ll kill you', 'i m going to kill you', 'i m gonna kill you', 'i am going to kill you', 'im going to kill you',
      'im gonna kill you', 'we will kill you', 'we ll kill you', 'i want to kill you', 'i will kill * you', 'i will find you and kill',
      'i ll find you and kill', 'i will murder you', 'i ll murder you', 'i will shoot you', 'i ll shoot you', 'i will stab you', 'i ll stab you',
      'i will slit your throat', 'i ll slit your throat', 'should shoot him', 'should shoot her', 'should shoot them', 'should just shoot',
      'someone should shoot', 'somebody should shoot', 'should be taken out and shot', 'take him out and shoot him', 'i know where you live', 'we know where you live', 'you re a dead man',
      'you are a dead man', 'you re dead meat', 'you are dead meat', 'put a bullet in', 'bullet in your head', 'bullet in his head',
      'bullet in her head', 'bullet in their heads', 'deserves a bullet', 'deserve a bullet', 'kill them all', 'kill em all', 'gas them',
      'gas them all', 'hang them all', 'string them up', 'shoot them all', 'shoot them on sight', 'shoot on sight', 'burn them alive',
      'burn them all', 'line them up and shoot', 'kill every last one', 'kill * every last one', 'hope you die', 'hope you all die',
      'hope u die', 'hope he dies', 'hope she dies', 'hope they die', 'hope they all die', 'hope you get killed', 'hope he gets killed',
      'hope they get killed', 'hope you burn', 'die in a fire', 'kill yourself', 'kill urself', 'neck yourself',
      'should all die', 'deserve to die', 'deserves to die', 'should be put down like', 'die a horrible death',
      'wipe them off the face of the earth', 'death to all', 'cut * throat', 'slit * throat', 'i will end you', 'i ll end you',
    ],
    kill(0.95),
    EN,
  ),
  ...each(
    ['beat the shit out of', 'beat the crap out of', 'smash your face', 'smash your face in', 'punch you in the face', 'bash your head in',
      'break your neck', 'break your legs', 'snap * neck', 'kick your ass', 'kick the shit out of', 'curb stomp', 'i will hurt you',
      'i ll hurt you', 'watch your back'],
    threat(0.9),
    EN,
  ),
  ['kys', kill(0.92), { ...EN, inflect: false }],
  ...each(['go die', 'go and die', 'need to die', 'needs to die', 'shoot on sight'], threat(0.88), EN),
  ['gas the', GROUP_ONLY, { ...EN, ...G_VIOLENCE }],
  ...frames(['should be', 'should * be', 'need to be', 'needs to be', 'must be', 'must * be'], ['exterminated', 'eradicated', 'wiped out', 'put down', 'eliminated', 'gassed'], { THREAT: 0.45, TOXICITY: 0.4 }, { ...EN, ...G_VIOLENCE }),
  ['hope you get cancer', threat(0.88), EN],
  ['drop dead', threat(0.85), EN],
  ['rot in hell', threat(0.8), EN],
  ['must die', threat(0.88), EN],
  ['should die', threat(0.8), EN],
  ['you re dead', threat(0.85), EN],
  ['you are dead', threat(0.85), EN],
  ['shoot them', threat(0.85), EN],
  ['burn them', threat(0.85), EN],
  ['hang them', threat(0.93), EN],
  ['kill all', threat(0.85), { ...EN, ...G_VIOLENCE }],
  ['kill every', threat(0.85), { ...EN, ...G_VIOLENCE }],
  ['death to', threat(0.9), { ...EN, ...G_VIOLENCE }],
  ['round them up', threat(0.6), { ...EN, ...G_VIOLENCE }],
  ['gas chamber', threat(0.7), { ...EN, ...G_VIOLENCE }],
  ['to the ovens', threat(0.8), { ...EN, ...G_VIOLENCE }],
  ...each(['exterminate', 'eradicate', 'wipe them out', 'wipe them all out', 'wipe out all', 'exterminate all', 'exterminate them'], GROUP_ONLY, { ...EN, ...G_VIOLENCE }),
];

const EN_PESTS = ['vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'leeches', 'maggots', 'lice', 'insects', 'termites', 'locusts'];

const EN_DEHUMANISATION: Row[] = [
  ...frames(['are', 'are all', 'are just', 'are nothing but', 'are nothing more than', 'are like', 'are worse than', 'are filthy', 'are disgusting', 'breed like', 'infesting'], EN_PESTS, dehumanise(0.9), { ...EN, ...G_DEHUMAN, inflect: false }),
  // "They're rats", "you're animals": the contraction is "they re" once normalised.
  ...frames(['they re', 'you re', 'they re all', 'you re all', 'they re just', 'you re just', 'they re nothing but', 'they re like', 'they re worse than'], EN_PESTS, dehumanise(0.9), { ...EN, ...G_DEHUMAN, inflect: false }),
  ...frames(['they re', 'you re', 'they re all', 'you re all', 'they re just', 'they re nothing but', 'they re like'], ['animals', 'savages', 'beasts', 'pigs', 'apes', 'monkeys', 'dogs'], insult(0.55), { ...EN, ...G_DEHUMAN, inflect: false }),
  ...frames(['you', 'filthy', 'dirty', 'bunch of', 'you filthy', 'you dirty'], EN_PESTS, insult(0.85), { ...EN, ...G_DEHUMAN, inflect: false }),
  ...frames(['these', 'those'], EN_PESTS, insult(0.6), { ...EN, ...G_DEHUMAN, inflect: false }),
  ...frames(['are', 'are all', 'are just', 'are nothing but', 'are like', 'are wild'], ['animals', 'savages', 'beasts', 'pigs', 'apes', 'monkeys', 'dogs'], insult(0.55), { ...EN, ...G_DEHUMAN, inflect: false }),
  ...each(['are not human', 'are not even human', 'aren t human', 'less than human', 'are subhuman', 'sub human', 'sub humans', 'human garbage', 'human trash', 'human filth', 'waste of oxygen', 'inferior race', 'are filth', 'are scum', 'are trash', 'are garbage'], dehumanise(0.9), { ...EN, ...G_DEHUMAN }),
  ...each(['scum like', 'filth like', 'scum of the earth', 'filthy scum'], dehumanise(0.9), { ...EN, ...G_DEHUMAN }),
  ...each([...EN_PESTS, 'animals', 'savages', 'infest', 'infestation', 'filth', 'breed like', 'apes', 'monkeys'], GROUP_ONLY, { ...EN, ...G_DEHUMAN, inflect: false }),
];

// ---------------------------------------------------------------------------------------------------------------
// French (incl. Swiss romand)
// ---------------------------------------------------------------------------------------------------------------

const FR_KILL_ALWAYS = ['pendre', 'fusiller', 'gazer', 'buter', 'lyncher', 'egorger', 'decapiter', 'guillotiner', 'bruler vifs', 'bruler vif', 'lapider', 'zigouiller'];
/** Only with a person pronoun ("il faut les tuer"); "on va les tuer" is also sports talk, so not after "on va". */
const FR_KILL_PEOPLE = ['tuer', 'crever', 'flinguer', 'massacrer', 'exterminer'];

const FR_THREATS: Row[] = [
  ...frames(['faut *', 'faudrait *', 'faudra *', 'devrait *', 'devraient *', 'on doit *', 'doivent *', 'il faut *'], FR_KILL_ALWAYS, kill(0.95), FR),
  ...frames(['faut', 'faudrait', 'faudra', 'devrait', 'devraient', 'on doit', 'il faut', 'faut tous', 'faudrait tous', 'devrait tous', 'on devrait tous'], FR_KILL_PEOPLE.flatMap((v) => [`les ${v}`, `le ${v}`, `la ${v}`, `l ${v}`]), kill(0.95), FR),
  ...each(
    [
      'je vais te tuer', 'je vais te buter', 'je vais te crever', 'je vais te massacrer', 'je vais t egorger', 'je vais te saigner',
      'je vais te fumer', 'je vais te descendre', 'je vais te flinguer', 'je vais vous tuer', 'je vais vous buter', 'on va te tuer',
      'on va te buter', 'on va te crever', 'on va vous tuer', 'on va vous buter', 'je te tue', 'je te bute', 'je te creve', 'je t egorge',
      'je vais te tuer *', 'je sais ou tu habites', 'on sait ou tu habites', 't es mort', 'tu es mort', 'tu vas crever', 'vous allez crever',
      'une balle dans la tete', 'balle dans la tete', 'merite une balle', 'meritent une balle', 'va crever', 'vas crever', 'allez crever',
      'qu ils crevent', 'qu il creve', 'qu elle creve', 'qu ils meurent', 'qu il meure', 'qu elle meure', 'qu ils aillent crever',
      'qu ils crevent tous', 'qu ils meurent tous', 'creve charogne', 'creve salope', 'creve connard', 'creve sale', 'crevez tous',
      'j espere que tu meurs', 'j espere que tu vas mourir', 'j espere qu il meurt', 'j espere qu ils meurent', 'j espere qu ils crevent',
      'espere * creve', 'espere * crevent', 'tu merites de mourir', 'merite de mourir', 'meritent de mourir', 'meritent la mort',
      'merite la mort', 'mort aux', 'a mort les', 'mort a tous', 'il faut les tuer tous', 'on devrait les pendre', 'tous les tuer',
      'tuez les tous', 'tuez les', 'pendez les', 'fusillez les', 'gazez les', 'brulez les', 'douze balles dans la peau',
      'trancher la gorge', 'tranche la gorge', 'tous au poteau', 'tous a la chambre a gaz',
      'contre un mur et tirer', 'contre le mur et tirer', 'contre un mur et les fusiller', 'contre un mur et le fusiller', 'aligner contre un mur', 'aligner contre le mur',
      'les aligner contre', 'tous contre le mur', 'tous contre un mur', 'mettre au poteau', 'les coller au poteau', 'le coller au poteau', 'au poteau d execution',
      // session 23: "Il faudrait coller ce type contre un mur"
      'coller * contre un mur', 'coller * contre le mur', 'le coller contre un mur', 'les coller contre un mur', 'coller * au mur',
    ],
    kill(0.95),
    FR,
  ),
  ...each(['je vais te casser la gueule', 'je vais te defoncer', 'je vais t eclater', 'je vais te refaire le portrait', 'je vais te peter la gueule', 'je te casse la gueule', 'on va te casser la gueule', 'vais lui casser la gueule', 'defoncer la gueule', 'te peter les dents', 'je vais te tabasser', 'on va te tabasser'], threat(0.9), FR),
  ['tabasser', threat(0.6), FR],
  ['chambre a gaz', threat(0.6), { ...FR, ...G_VIOLENCE }],
  ['chambres a gaz', threat(0.6), { ...FR, ...G_VIOLENCE }],
  ['creve', kill(0.92), { ...FR, inflect: false }],
  ['crevez', { THREAT: 0.75, TOXICITY: 0.8, SEVERE_TOXICITY: 0.6 }, { ...FR, inflect: false }],
  ['a mort', GROUP_ONLY, { ...FR, ...G_VIOLENCE }],
  ['fusiller', threat(0.75), FR],
  ['gazer', threat(0.85), FR],
  ...each(['exterminer', 'eradiquer', 'les exterminer', 'les eradiquer'], GROUP_ONLY, { ...FR, ...G_VIOLENCE }),
];

const FR_PESTS = ['vermine', 'vermines', 'cafards', 'rats', 'parasites', 'sangsues', 'cloportes', 'poux', 'punaises', 'blattes', 'nuisibles'];

const FR_DEHUMANISATION: Row[] = [
  ...frames(['sont des', 'sont de la', 'sont que des', 'sont juste des', 'ne sont que des', 'c est de la', 'c est des', 'tous des', 'rien que des', 'vous etes des'], FR_PESTS, dehumanise(0.9), { ...FR, ...G_DEHUMAN, inflect: false }),
  ...frames(['ces', 'cette', 'sale', 'sales', 'bande de', 'espece de', 'vous etes des', 't es un', 'tu es un', 'tu es une'], [...FR_PESTS, 'rat', 'cafard', 'parasite', 'sangsue'], insult(0.85), { ...FR, ...G_DEHUMAN, inflect: false }),
  ...frames(['sont des', 'ne sont que des', 'tous des', 'vous etes des', 'bande de'], ['singes', 'porcs', 'chiens', 'macaques', 'sauvages'], insult(0.75), { ...FR, ...G_DEHUMAN, inflect: false }),
  ...frames(['sont des', 'ne sont que des', 'tous des'], ['animaux', 'betes'], about(0.45), { ...FR, ...G_DEHUMAN, inflect: false }),
  ...each(['sous homme', 'sous hommes', 'sous humain', 'sous humains', 'sous race', 'race inferieure', 'pas des humains', 'pas des etres humains', 'ne sont pas humains', 'dechets humains', 'sont des dechets', 'des dechets comme', 'sont des ordures', 'la lie de l humanite'], dehumanise(0.9), { ...FR, ...G_DEHUMAN }),
  ['racaille', insult(0.75), { ...FR, ...G_DEHUMAN, inflect: ['s'] }],
  ['cette racaille', dehumanise(0.88), { ...FR, ...G_DEHUMAN }],
  ...each([...FR_PESTS, 'animaux', 'singes', 'macaques', 'grand remplacement'], GROUP_ONLY, { ...FR, ...G_DEHUMAN, inflect: false }),
  // A group likened to pests ("ces migrants, c'est comme des rats", "ils se multiplient comme des lapins"); not "traités comme des animaux".
  ...frames(['sont comme des', 'c est comme des', 'sont pires que des', 'se multiplient comme des', 'se reproduisent comme des'], [...FR_PESTS, 'sauterelles', 'criquets', 'lapins', 'animaux', 'betes', 'sauvages'], GROUP_ONLY, { ...FR, ...G_DEHUMAN, inflect: false }),
];

// ---------------------------------------------------------------------------------------------------------------
// Italian (incl. Ticino)
// ---------------------------------------------------------------------------------------------------------------

const IT_KILLED = ['fucilat', 'impiccat', 'ammazzat', 'uccis', 'sterminat', 'gasat', 'sgozzat', 'massacrat', 'linciat', 'giustiziat', 'affogat', 'annegat', 'bruciat vivi'];

const IT_THREATS: Row[] = [
  ...frames(['vanno', 'vanno tutti', 'andrebbero', 'andrebbero tutti', 'devono essere', 'dovrebbero essere', 'meritano di essere', 'merita di essere', 'va', 'andrebbe', 'devono venire', 'dovrebbero venire'], IT_KILLED, kill(0.95), { ...IT, inflect: IT_NOUN }),
  ...frames(['bisogna', 'bisognerebbe', 'si dovrebbe', 'si devono', 'dovremmo', 'dobbiamo', 'vorrei', 'andrebbe', 'sarebbe da'], ['fucilar', 'impiccar', 'ammazzar', 'uccider', 'sterminar', 'gasar', 'sgozzar', 'linciar', 'bruciar'], kill(0.95), { ...IT, inflect: ['li', 'le', 'lo', 'la'] }),
  ...frames(['sono da', 'da', 'bisogna', 'bisognerebbe'], ['fucilare', 'impiccare', 'ammazzare tutti', 'sterminare', 'gasare', 'sgozzare', 'linciare', 'bruciare vivi'], kill(0.95), { ...IT, inflect: false }),
  ...each(
    [
      'ti ammazzo', 'ti ammazzero', 'ti uccido', 'ti uccidero', 'ti sparo', 'ti faccio fuori', 'ti sgozzo', 'ti scanno', 'ti accoltello',
      'ti strangolo', 't ammazzo', 'vi ammazzo', 'vi uccido', 'li ammazzo', 'vi faccio fuori', 'ti brucio', 'ti impicco', 'so dove abiti',
      'so dove vivi', 'sappiamo dove abiti', 'ammazzateli', 'ammazzateli tutti', 'uccideteli', 'uccidiamoli', 'ammazziamoli', 'impiccateli',
      'fucilateli', 'fuciliamoli', 'bruciateli', 'bruciamoli', 'bruciarli', 'bruciarli vivi', 'bruciarli tutti', 'sterminarli', 'sterminateli',
      'sterminiamoli', 'gasarli', 'gasateli', 'affogarli', 'annegarli', 'lasciateli affogare', 'lasciarli affogare', 'lasciamoli affogare',
      'lasciateli annegare', 'lasciarli annegare', 'lasciateli morire', 'lasciamoli morire', 'ammazzarli tutti', 'ucciderli tutti',
      'impiccarli', 'fucilarli', 'ammazzarli', 'ucciderli', 'devono morire', 'deve morire', 'dovrebbero morire', 'dovrebbe morire',
      'meritano di morire', 'merita di morire', 'meriti di morire', 'devi morire', 'dovete morire', 'muori male', 'crepa male', 'morte ai',
      'morte agli', 'morte alle', 'tutti al muro', 'mettere al muro', 'metterli al muro', 'tutti al rogo',
      'crepa bastardo', 'crepa stronzo', 'crepa schifoso', 'crepa maledetto', 'spero che crepi', 'spero che muoia', 'spero che muoiano',
      'spero che crepino', 'spero che tu muoia', 'spero che tu crepi', 'spero che morite', 'spero che muori', 'che crepino', 'che muoiano tutti',
      'che crepino tutti', 'una pallottola in testa', 'un proiettile in testa', 'pallottola in fronte', 'taglio la gola', 'ti taglio la gola',
    ],
    kill(0.95),
    IT,
  ),
  ...each(['ti spacco la faccia', 'ti spacco la testa', 'ti rompo la faccia', 'ti rompo le ossa', 'ti rompo il culo', 'ti gonfio', 'ti meno', 'ti riempio di botte', 'ti spezzo le gambe', 'ti spacco il culo', 'gli spacco la faccia', 'spaccargli la faccia'], threat(0.9), IT),
  ['ti spacco', threat(0.8), IT],
  ['morte a', threat(0.6), { ...IT, ...G_VIOLENCE }],
  ['camere a gas', threat(0.6), { ...IT, ...G_VIOLENCE }],
  ['camera a gas', threat(0.6), { ...IT, ...G_VIOLENCE }],
  ['sei morto', threat(0.85), IT],
  ['crepa', { THREAT: 0.55, TOXICITY: 0.7, SEVERE_TOXICITY: 0.4 }, { ...IT, inflect: false }],
  ['crepate', { THREAT: 0.8, TOXICITY: 0.8, SEVERE_TOXICITY: 0.6 }, { ...IT, inflect: false }],
  ['morite', { THREAT: 0.75, TOXICITY: 0.75, SEVERE_TOXICITY: 0.55 }, { ...IT, inflect: false }],
  ...each(['sterminare', 'sterminarli', 'sterminio'], GROUP_ONLY, { ...IT, ...G_VIOLENCE }),
];

const IT_PESTS = ['parassiti', 'vermi', 'scarafaggi', 'ratti', 'topi', 'blatte', 'pidocchi', 'zecche', 'sanguisughe', 'cimici'];

const IT_DEHUMANISATION: Row[] = [
  ...frames(['sono', 'sono solo', 'sono tutti', 'sono dei', 'sono degli', 'sono delle', 'sono come', 'peggio dei', 'solo dei', 'tutti', 'siete', 'siete dei', 'siete solo'], IT_PESTS, dehumanise(0.9), { ...IT, ...G_DEHUMAN, inflect: false }),
  ...frames(['questi', 'queste', 'quei', 'sporchi', 'sporche', 'luridi', 'schifosi', 'brutti', 'branco di', 'massa di'], IT_PESTS, insult(0.85), { ...IT, ...G_DEHUMAN, inflect: false }),
  ...frames(['sono', 'sono solo', 'sono tutti', 'sono delle', 'sono degli', 'siete'], ['scimmie', 'selvaggi', 'porci', 'cani', 'bestie'], insult(0.75), { ...IT, ...G_DEHUMAN, inflect: false }),
  ...frames(['sono', 'sono solo', 'sono tutti', 'sono degli'], ['animali'], about(0.45), { ...IT, ...G_DEHUMAN, inflect: false }),
  ...each(['subumani', 'subumano', 'sub umani', 'sotto uomini', 'razza inferiore', 'non sono esseri umani', 'non sono umani', 'non sono persone', 'rifiuti umani', 'spazzatura umana', 'feccia umana', 'questa feccia', 'feccia della societa'], dehumanise(0.9), { ...IT, ...G_DEHUMAN }),
  ['sono feccia', dehumanise(0.9), { ...IT, ...G_DEHUMAN }],
  // Also said of things ("questi film sono spazzatura", "i vecchi mobili sono rifiuti"): nothing alone, dehumanising about a group.
  ...each(['sono spazzatura', 'sono rifiuti', 'sono solo spazzatura', 'sono solo rifiuti'], GROUP_ONLY, { ...IT, ...G_DEHUMAN }),
  ['feccia', insult(0.85), { ...IT, ...G_DEHUMAN }],
  ['sei un verme', insult(0.85), IT],
  ['verme', insult(0.5), { ...IT, inflect: false }],
  ...each([...IT_PESTS, 'bestie', 'animali', 'scimmie', 'invasori', 'invasione'], GROUP_ONLY, { ...IT, ...G_DEHUMAN, inflect: false }),
  // A group likened to pests ("i frontalieri sono come le cavallette", "si moltiplicano come conigli"); not "trattati come animali".
  ...frames(['sono come', 'sono come le', 'sono come i', 'sono come gli', 'sono come dei', 'sono come delle', 'sono peggio delle', 'sono peggio dei', 'si moltiplicano come', 'si riproducono come'], [...IT_PESTS, 'cavallette', 'locuste', 'conigli', 'animali', 'bestie', 'selvaggi'], GROUP_ONLY, { ...IT, ...G_DEHUMAN, inflect: false }),
];

export const THREAT_ROWS: readonly Row[] = [...DE_THREATS, ...EN_THREATS, ...FR_THREATS, ...IT_THREATS];
export const DEHUMANISATION_ROWS: readonly Row[] = [...DE_DEHUMANISATION, ...EN_DEHUMANISATION, ...FR_DEHUMANISATION, ...IT_DEHUMANISATION];

/**
 * Literal uses of the animal words and of killing words ("Ratten im Keller", "Parasiten im Darm", "wie Vieh
 * behandelt" — the last is a complaint about how people are treated, not a dehumanisation).
 */
export const THREAT_ALLOW: readonly string[] = [
  // Session 20: idioms of the verbs of killing ("on va pendre la crémaillère", "les négociations butent sur la retraite",
  // "morite di caldo"); each starts at its rarest word.
  'pendre la cremaillere', 'pendu la cremaillere', 'pendons la cremaillere', 'pendra la cremaillere', 'buter sur', 'bute sur', 'butent sur', 'butait sur',
  'butera sur', 'morite di caldo', 'muoio di caldo', 'moriamo di caldo', 'morire di caldo', 'muoiono di caldo', 'morivo di caldo', 'mourir de chaud',
  'meurt de chaud', 'meurs de chaud', 'mourons de chaud', 'crever de chaud', 'creve de chaud', 'crevons de chaud',
  'soffrirai il caldo', 'soffrirai il freddo', 'convention against torture', 'prevention of torture', 'prohibition of torture', 'ban on torture',
  'convention contre la torture', 'convenzione contro la tortura', 'konvention gegen folter', 'antifolterkonvention', 'stunden totschlagen', 'stunde totschlagen', 'nachmittag totschlagen', 'abend totschlagen',
  'sorgen im alkohol ertraenken', 'kummer im alkohol ertraenken', 'ertraenken ihre sorgen', 'ertraenkt seine sorgen', 'ertraenkt ihre sorgen',
  'ertraenke mini sorge', 'hitze wird mich noch umbringen', 'hitze bringt mich noch um', 'hitze bringt mich um',
  'restholz vergasen', 'holz vergasen', 'biomasse vergasen', 'eier verchlopfe', 'eier guet verchlopfe', 'eier verklopfen',
  // Plants and fields in a drought: "Wegen der Trockenheit krepieren die jungen Buchen", "Bi dere Hitz verreckt eus im Garte alles".
  'verreckt eus im garte', 'verreckt uns im garten', 'verrecke eus d', 'verreckae eus d', 'verreckt im garte',
  ...['ratten', 'ratte', 'kakerlaken', 'kakerlake', 'parasiten', 'parasit', 'ungeziefer', 'schaedlinge', 'affen', 'schweine'].flatMap((n) => [
    `${n} im`, `${n} in`, `${n} auf`, `${n} unter`, `${n} bei`, `gegen ${n}`, `mit ${n}`, `voller ${n}`, `von ${n}`, `vor ${n}`, `${n} bekaempfen`, `${n} und maeuse`, `maeuse und ${n}`,
    `wie ${n} behandelt`, `wie ${n} gehalten`, `wie ${n} eingesperrt`, `${n} im zoo`, `${n} vermehren sich`,
  ]),
  'ratten und kakerlaken', 'kakerlaken und ratten', 'wie abschaum behandelt', 'wie ungeziefer behandelt', 'wie ratten behandelt',
  'sind tiere keine', 'kuehe sind tiere', 'vermehren sich wie die karnickel', 'vermehren sich wie die kaninchen', 'sind nur tiere',
  ...['rats', 'cockroaches', 'roaches', 'parasites', 'vermin', 'maggots', 'lice', 'insects', 'termites', 'animals'].flatMap((n) => [`${n} in`, `${n} in the`, `${n} on`, `of ${n}`, `with ${n}`, `against ${n}`, `treated like ${n}`, `${n} control`]),
  'vermin control', 'are like animals in a zoo', 'animals are',
  ...['rats', 'cockroaches', 'roaches', 'parasites', 'vermin', 'animals', 'pigs', 'dogs', 'insects', 'lice', 'monkeys', 'apes', 'beasts'].flatMap((n) => ['they re', 'you re', 'they re all', 'they re just'].flatMap((h) => [`${h} ${n} in`, `${h} ${n} on`, `${h} ${n} at`, `${h} ${n} too`, `${h} ${n} after all`, `${h} ${n} like us`])),
  ...['rats', 'cafards', 'parasites', 'vermine', 'poux', 'punaises', 'blattes', 'nuisibles', 'animaux'].flatMap((n) => [`${n} dans`, `contre les ${n}`, `des ${n} dans`, `traites comme des ${n}`, `traite comme des ${n}`]),
  ...['parassiti', 'vermi', 'scarafaggi', 'ratti', 'topi', 'blatte', 'pidocchi', 'zecche', 'cimici', 'animali', 'bestie'].flatMap((n) => [`${n} nel`, `${n} nella`, `${n} in`, `contro i ${n}`, `trattati come ${n}`, `come ${n} in gabbia`]),
  'parassiti intestinali', 'una crepa', 'la crepa', 'crepa nel', 'crepa nella', 'crepa sul', 'crepa nei',
  ...['ratten', 'ratte', 'kakerlaken', 'parasiten', 'ungeziefer', 'schaedlinge', 'tiere', 'schweine', 'affen', 'hunde'].flatMap((n) => [`es sind ${n}`, `da sind ${n}`, `dort sind ${n}`, `hier sind ${n}`, `im * sind ${n}`, `in * sind ${n}`, `auf * sind ${n}`, `unter * sind ${n}`, `es gibt ${n}`, `sind ${n} im`, `sind ${n} in`, `sind ${n} auf`, `sind ${n} unter`, `sind ${n} bei`]),
  ...['rats', 'cockroaches', 'roaches', 'parasites', 'vermin', 'animals', 'pigs', 'dogs', 'insects', 'lice'].flatMap((n) => [`there are ${n}`, `are ${n} in`, `are ${n} on`, `dogs are ${n}`, `cats are ${n}`, `humans are ${n}`, `we are ${n}`, `we are all ${n}`, `are ${n} too`]),
  ...['parassiti', 'vermi', 'scarafaggi', 'ratti', 'topi', 'blatte', 'pidocchi', 'zecche', 'cimici', 'animali', 'bestie'].flatMap((n) => [`ci sono ${n}`, `c erano ${n}`, `ci sono dei ${n}`, `ci sono degli ${n}`, `sono ${n} nel`, `sono ${n} in`]),
  ...['rats', 'cafards', 'parasites', 'vermine', 'poux', 'punaises', 'blattes', 'nuisibles', 'animaux', 'betes'].flatMap((n) => [`y a des ${n}`, `chiens sont des ${n}`, `chats sont des ${n}`, `vaches sont des ${n}`]),
  'creve de', 'je creve', 'j ai creve', 'creve l ecran', 'pneu creve', 'a creve', 'crevee', 'creve les yeux', 'creve coeur', 'ca creve', 'il creve', 'elle creve',
  // Worn out, not dead: "je suis complètement crevé" was rejected as a death wish (session 19).
  // Phrases start at the rarest word they can: a phrase that starts at "est" or "a" is tried after every one of them.
  ...['suis', 'es', 'est', 'sommes', 'etes', 'sont', 'etais', 'etait', 'completement', 'vraiment', 'trop', 'tellement', 'archi', 'super', 'toujours',
    'totalement', 'carrement'].flatMap((before) => [`${before} creve`, `${before} creves`]),
  // Crime statistics, trials and crops: "the murder rate", "a murder trial", "rape seed"; a try or a betrayal: "take a stab at it".
  ...['rate', 'rates', 'case', 'cases', 'trial', 'trials', 'charge', 'charges', 'investigation', 'inquiry', 'mystery', 'mysteries', 'victim', 'victims', 'suspect',
    'suspects', 'conviction', 'weapon', 'scene', 'podcast', 'novel', 'series'].map((n) => `murder ${n}`),
  // Session 21: a murder on a book's first page, a pizza one could murder, a migraine murdering the writer.
  'murder on page', 'murder on the first', 'murder on the orient', ...['pizza', 'burger', 'beer', 'pint', 'coffee', 'curry', 'kebab', 'steak', 'sandwich'].map((f) => `murder a ${f}`),
  'murdering me', 'murdering my',
  'rape seed', 'rapeseed', 'oilseed rape', 'rape oil', 'rape fields', 'fields of rape',
  'stab at', 'stab in the dark', 'stab in the back',
  // The gas chambers remembered: "Im Museum in Auschwitz sieht man die Gaskammer", "in den Gaskammern ermordet".
  'sieht man die gaskammer', 'gaskammern von', 'gaskammern der nazis', 'gaskammer in auschwitz', 'gaskammern in auschwitz', 'gaskammern ermordet',
  'gaskammern umgebracht', 'gaskammern gestorben', 'gaskammern umgekommen', 'gaskammer im museum',
  'will kill you', 'can kill you', 'could kill you', 'might kill you', 'would kill you', 'gonna kill you if', 'will kill you if',
  'ammazzare la partita', 'uccidere la partita', 'tuer le match', 'tuer le suspense', 'kill the game', 'kill games', 'kill off games', 'kill the match', 'kill off the game',
  'gas them up', 'morte a venezia', 'zeit totschlagen', 'die zeit totschlagen',
  'ins gas gehen',
];
