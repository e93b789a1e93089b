import type { Language } from '../../domain';
import { lex, routedStatusOf, scorerWithoutThreatHead } from '../../../test/support/lexicon-scores';

describe('implicit threats: promised ends, knowing where the family is, wishes in other grammar, and the second cue', () => {
  const status = routedStatusOf(scorerWithoutThreatHead);

  it.each<[Language, string]>([
    ['de', 'Wir wissen, in welche Schule deine Kinder gehen.'],
    ['de', 'Du kommst da nicht lebend raus.'],
    ['de', 'Ich wünsche ihm Krebs.'],
    ['de', 'Me sött de Gmeindspräsident verschlah.'],
    ['fr', 'Si je te croise dans la rue, t’es mort.'],
    ['fr', 'J’espère qu’il attrape un cancer.'],
    ['it', 'Non arriverai a Natale.'],
    ['en', 'Hope her plane crashes.'],
    // A veiled threat with a second cue: an insult, an oath, a weapon.
    ['de', 'Du wirst es bereuen, du Vollidiot.'],
    ['fr', 'Tu ne perds rien pour attendre, je te le jure.'],
    ['de', 'Ich warte vor deinem Haus, mit einem Messer.'],
    // Wishes dressed as history, mutilation as punishment, and "nobody" opening the next clause.
    ['de', 'Früher hätte man solche erschossen.'],
    ['fr', 'Autrefois on les aurait pendus.'],
    ['it', 'Bisognerebbe tagliargli le mani.'],
    ['en', 'I will make you disappear, nobody will miss you.'],
    // Bones broken in a wished passive, a house burnt with the reader inside, rope kept ready, "faire la peau".
    ['it', 'A quel giornalista andrebbero spezzate le gambe.'],
    ['en', 'That reporter needs his legs broken.'],
    ['fr', "J'espère que ta maison va brûler avec toi dedans."],
    ['de', 'Für Leute wie dich haben wir Stricke.'],
    ['fr', "Un jour quelqu'un va te faire la peau, et personne ne te pleurera."],
    ['en', 'People like you end up in a ditch.'],
    // Death wished in other verbs, a failed attack regretted, a newsroom to be blown up, teeth, necks, holes in heads.
    ['de', 'Möge dieser Diktator qualvoll an seinem eigenen Krebs zugrunde gehen.'],
    ['de', 'Wäre schön, wenn Putins Flugzeug mal abstürzen würde.'],
    ['de', 'Mir wünsched dir en langsame Tod.'],
    ['fr', "Dommage que l'attentat l'ait raté."],
    ['it', "Peccato che l'attentato lo abbia mancato."],
    ['en', 'Shame the assassination attempt missed him.'],
    ['fr', 'On devrait faire sauter toute la rédaction.'],
    ['en', 'The whole newsroom should be blown up.'],
    ['fr', 'Je lui ferais bien avaler ses dents, à ce journaliste.'],
    ['en', "I'd love to wring that journalist's neck."],
    ['de', 'Der Journalist hat ein Loch im Kopf verdient.'],
    // A weapon deserved, the family made to pay, an end at a rope, the reader beaten when met, put in the ground.
    ['fr', "Un bon coup de couteau, voilà ce qu'il mérite."],
    ['it', 'Una coltellata, ecco cosa si merita.'],
    ['fr', 'Ta famille va payer pour ce que tu as écrit.'],
    ['en', 'Your family will pay for what you wrote.'],
    ['fr', "Ces traîtres finiront au bout d'une corde."],
    ['it', 'Meriterebbe di finire come Mussolini a piazzale Loreto.'],
    ['it', 'Quel ministro andrebbe appeso a testa in giù.'],
    ['en', 'He deserves the same fate as Gaddafi.'],
    ['fr', "Le jour où je te croise, je t'éclate."],
    ['fr', 'Tu ne verras pas Noël, crois-moi.'],
    ['en', 'One day someone will put you in the ground.'],
    // Waiting for someone to kill the reader, a boat to be sunk, a shot in the neck as the only solution, a bullet on sight.
    ['de', 'Ich warte nur darauf, dass dich einer umnietet.'],
    ['fr', "J'attends juste que quelqu'un te plante."],
    ['it', 'Aspetto solo che qualcuno ti accoltelli.'],
    ['en', "I'm just waiting for someone to stab you."],
    ['it', 'Bisognerebbe metterli su una barca e affondarla.'],
    ['de', 'Für Typen wie dich gibt es nur eine Lösung: Genickschuss.'],
    ['de', 'Wenn ich den Bundesrat sehe, kriegt er eine Kugel.'],
    ['de', 'Der Tag der Abrechnung kommt, und dann hängen sie alle.'],
    ['de', 'Einer wie du überlebt den nächsten Winter nicht.'],
    // Death wished as a curse.
    ['de', 'Hoffentlich erstickt er an seinem eigenen Geld.'],
    ['fr', "J'espère qu'il s'étouffera avec son fric."],
    ['it', 'Non piangerò il giorno che creperà.'],
    ['en', "I won't shed a tear when he croaks."],
    ['it', 'Gli auguro la peste.'],
    ['fr', 'Un accident de voiture, voilà ce que je lui souhaite.'],
    ['de', 'Ein Unfall auf der Autobahn wäre für diesen Politiker die beste Lösung.'],
    // Silenced for good, found in a river, put down like a dog, vigilantes with bats.
    ['en', 'Someone should shut his mouth for good.'],
    ['fr', "J'espère qu'on le retrouvera dans le Rhône."],
    ['it', 'Uno così va abbattuto come un cane rabbioso.'],
    ['en', "If the police won't act, we'll handle it ourselves, with baseball bats."],
    ['en', 'I hope your kids grow up without a father.'],
    // Swiss German.
    ['de', 'Dir schlag i de Grind ii, du Tubel.'],
    ['de', 'Hoffentli chunnt dä nöd lebend hei.'],
    ['de', 'Me sött die ganz Redaktion abfackle.'],
    ['de', 'Irgendwenn verwütsched mir di, und denn gnad dir Gott.'],
    ['fr', "Ce juge mériterait de croupir au fond d'un trou, six pieds sous terre."],
    ['fr', "Un coup de fusil et on n'en parle plus."],
    ['fr', 'Tes gosses vont apprendre à vivre sans toi.'],
    ['it', 'A quello gli farei fare la fine del topo.'],
    ['it', "Se lo incontro finisce all'ospedale."],
    ['it', 'Ai traditori come te spetta la corda.'],
    ['en', "Keep talking and you'll be eating through a straw."],
    ['en', 'One bullet, problem solved.'],
    ['en', "Hope you enjoy hospital food, because that's where you're going."],
    ['de', 'Bald wirst du dir die Radieschen von unten anschauen.'],
    ['de', 'Dein Platz ist im Sarg, nicht im Parlament.'],
    ['de', 'Den schicken wir auf eine Reise ohne Rückfahrt in den Zürichsee.'],
    ['fr', 'Bientôt tu mangeras les pissenlits par la racine.'],
    ['it', 'Ti raccoglieranno col cucchiaino.'],
    ['fr', "Un aller simple au fond du lac Léman, voilà ce qu'il mérite."],
    ['it', 'Una bella pulizia etnica e il problema è risolto.'],
    ['en', 'A good old-fashioned purge is what this country needs.'],
    ['it', 'Tutti questi migranti andrebbero affondati con il barcone.'],
    ['de', 'Es wäre kein Verlust, wenn dieser Politiker morgen nicht mehr aufwacht.'],
    ['en', "It'd be no loss if he didn't wake up tomorrow."],
    // Why no one has done it yet; who will rid us of someone for good.
    ['de', 'Warum hat ihn noch keiner abgeknallt?'],
    ['en', "Why hasn't anyone taken him out yet?"],
    ['fr', "Pourquoi personne ne l'a encore descendu?"],
    ['it', "Perché nessuno l'ha ancora fatto fuori?"],
    ['it', 'Chi avrà il coraggio di liberarci di lui per sempre?'],
    ['en', 'May your plane go down in flames.'],
    ['en', 'Wishing you a very short life.'],
    ['de', 'Ich kann die Nachricht von seinem Tod kaum erwarten.'],
    ['fr', "Vivement l'annonce de sa mort."],
    ['en', "Joke's on you, I know where your kids go to school."],
    ['en', 'lol imagine if he fell off his balcony, that would be hilarious'],
    ['it', 'Ahah immagina se cadesse dal balcone, sarebbe fantastico.'],
  ])('When the %s comment is %j, then it is rejected', (language, text) => {
    expect(status(text, language)).toBe('rejected');
  });

  it.each<[Language, string]>([
    ['de', 'Du wirst es bereuen, wenn du diesen Film nicht schaust.'],
    ['de', 'Ich bring dich um vor Lachen mit dieser Geschichte.'],
    ['de', 'Ich wünsche niemandem den Tod.'],
    ['de', 'Das verspreche ich dir, der Ausflug wird super.'],
    ['it', 'Ti aspettiamo sotto casa alle otto per la cena.'],
    ['fr', 'Crois-moi, ce restaurant est excellent.'],
    ['de', 'Früher hat man im Mittelalter Hexen verbrannt, ein dunkles Kapitel.'],
    ['fr', 'Le magicien a fait disparaître la colombe.'],
    ['it', 'Al paziente andrebbero ingessate le gambe.'],
    ['en', 'The striker needs his legs checked after that tackle.'],
    ['de', 'Im Bastelladen gibt es genug Stricke für das Schulprojekt.'],
    ['de', 'Ich werde meiner Grossmutter einen Besuch abstatten, mit ein paar Freunden aus dem Chor.'],
    ['de', 'Wäre schön, wenn das Flugzeug pünktlich landen würde.'],
    ['de', 'Die Polizei musste die Täter nachts abpassen, um sie festzunehmen.'],
    ['fr', 'Il faut faire sauter les crêpes avec un coup de poignet.'],
    ['it', "I fan lo hanno aspettato all'uscita del teatro per un autografo."],
    ['en', "I'd love to wring out my wet clothes before they smell."],
    ['fr', "Je t'éclate au Uno ce soir, prépare-toi!"],
    ['en', "We'll come to your house for dinner on Sunday!"],
    ['fr', "Ta famille va payer moins d'impôts avec cette réforme."],
    ['en', 'Your family will pay less tax under this plan.'],
    ['it', 'Il quadro andrebbe appeso più in alto.'],
    ['en', "If I were you, I wouldn't leave the house without a jacket today."],
    ['en', "I'm just waiting for someone to take you out for dinner."],
    ['en', "There's only one solution: a bullet train between Zurich and Geneva."],
    ['de', 'Kriegt er eine Kugel Eis oder zwei?'],
    ['de', 'Für dieses Problem gibt es nur eine Lösung: mehr Geld für die Bildung.'],
    ['en', 'I hope they find him soon, he has been missing since Monday.'],
    ['de', 'Wir machen es selbst, mit Gewalt hat das nichts zu tun.'],
    ['de', 'I chönnt grad öpper umbringe für es Bier.'],
    ['fr', "Le médecin va s'occuper de ton cas demain matin."],
    ['it', 'Un colpo in testa al pallone e via, gol!'],
    ['en', 'The divers found the old boat at the bottom of the lake.'],
    ['en', 'The kids were eating through a straw after the dentist.'],
    ['de', 'Die Radieschen im Garten sind dieses Jahr gross geworden.'],
    ['fr', 'Les enfants ont cueilli des pissenlits dans le jardin.'],
    ['en', 'The UN condemned the ethnic cleansing in Darfur.'],
    ['it', 'Il governo ha risposto con le maniere forti ai manifestanti.'],
    ['en', 'Round them all up for the team photo, kids!'],
    ['en', "Let's solve this problem for good."],
    ['fr', 'Il faut régler ce dossier une bonne fois pour toutes.'],
    ['de', 'Warum hat noch keiner die Brücke repariert?'],
    ['de', 'Die Welt wird ein besserer Ort sein, wenn wir weniger Plastik brauchen.'],
    ['en', 'We danced all night at the wedding.'],
    ['en', "lol imagine if he fell off his bike again, he's so clumsy haha"],
    ['it', 'Ho comprato un biglietto di sola andata per Milano.'],
    ['de', 'Mein Sohn musste nach der Zahnoperation durch einen Strohhalm essen.'],
    ['it', "Ci occuperemo noi dei tuoi bagagli all'arrivo."],
    ['fr', 'Le trésor a été enterré six pieds sous terre par les pirates, selon la légende.'],
    ['de', 'Pass auf, wer hinter dir in der Schlange steht, da wird oft gedrängelt.'],
    ['de', 'Der Tag der Abrechnung kommt für die Banken, die Finma prüft alles.'],
    ['de', 'Merk dir meinen Namen, ich werde mal Bundesrat!'],
    ['de', 'Bei der Schlachtung fliesst Blut, das gehört dazu.'],
    ['en', 'After the missile attack there was blood on the streets of Kyiv.'],
  ])('When the %s comment is %j, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });

  it('When a veiled threat stands alone, then a person decides', () => {
    expect(status('Du wirst es noch bereuen.', 'de')).toBe('held');
    expect(status('Pass auf, wenn du mal allein unterwegs bist.', 'de')).not.toBe('approved');
    // Blood promised (session 21: the German future without "es", English "blood on the streets").
    expect(status('Am Sonntag wird Blut fliessen, das verspreche ich euch.', 'de')).not.toBe('approved');
    expect(status('If they pass this, there will be blood on the streets.', 'en')).not.toBe('approved');
    expect(status('Euch müsste man mal zeigen, was passiert.', 'de')).not.toBe('approved');
    expect(status('Diesem Richter würde ich gern mal einen Besuch abstatten, mit ein paar Freunden.', 'de')).not.toBe('approved');
    expect(status("Si je te croise, tu vas passer un sale quart d'heure.", 'fr')).not.toBe('approved');
    expect(status('Diese Richterin sollte man nachts abpassen.', 'de')).not.toBe('approved');
    expect(status("Quella giudice andrebbe aspettata all'uscita del tribunale.", 'it')).not.toBe('approved');
    expect(status('Someone should wait for that judge outside the courthouse.', 'en')).not.toBe('approved');
    expect(status("Si j'étais toi, je ne sortirais plus de chez moi.", 'fr')).toBe('held');
    expect(status('Somebody needs to take that reporter out. Permanently.', 'en')).not.toBe('approved');
    expect(status("I'll send a few of my boys round to teach you some manners.", 'en')).not.toBe('approved');
    expect(status('Du solltest besser aufpassen, wer hinter dir läuft.', 'de')).not.toBe('approved');
    expect(status('Leute wie du verschwinden manchmal einfach.', 'de')).not.toBe('approved');
    expect(status('Warte ab, bis wir an der Macht sind, dann rechnen wir ab.', 'de')).not.toBe('approved');
    expect(status('The day he dies I’m popping champagne.', 'en')).toBe('held');
    expect(status('The day he retires I’m popping champagne.', 'en')).toBe('approved');
    expect(status('People like you end up in hospital.', 'en')).not.toBe('approved');
    expect(status('Your editor should be careful when he starts his car in the morning.', 'en')).not.toBe('approved');
    expect(status('Tes enfants seraient tristes de te perdre, non?', 'fr')).not.toBe('approved');
    expect(status('Dovresti controllare i freni più spesso.', 'it')).not.toBe('approved');
    expect(status('Un giorno non tornerai a casa.', 'it')).toBe('rejected');
    expect(status('Si tu rates le dernier train, tu ne rentreras pas chez toi ce soir.', 'fr')).toBe('approved');
    expect(status('Check your brakes before winter, seriously, it saved my life.', 'en')).toBe('approved');
    expect(status('Would be a shame if something happened to that nice house of yours.', 'en')).not.toBe('approved');
    expect(status('Du hast eine schöne Wohnung an der Bahnhofstrasse, gell.', 'de')).not.toBe('approved');
    expect(status("Nice house you've got, congratulations on the move!", 'en')).toBe('approved');
    expect(status('Nobody would miss you if you were gone.', 'en')).toBe('held');
    expect(status('Vediamo quanto sei coraggioso quando saremo davanti alla tua porta.', 'it')).toBe('held');
    expect(status("If something happened to that reporter, I wouldn't lose any sleep.", 'en')).not.toBe('approved');
    expect(status('Nobody would miss the old bus line if it were gone.', 'en')).toBe('approved');
    expect(status('Das wird Konsequenzen haben, für dich persönlich.', 'de')).not.toBe('approved');
    expect(status('Sleep well tonight, while you still can.', 'en')).not.toBe('approved');
    expect(status('Travel while you still can, the kids grow up fast.', 'en')).toBe('approved');
    expect(status('Das wird Konsequenzen für die Steuerzahler haben.', 'de')).toBe('approved');
  });

  it.each<[Language, string]>([
    // Veiled rows aimed by naming the journalist, by a cue, or by an insult at the reader.
    ['fr', 'Un accident est vite arrivé, monsieur le journaliste.'],
    ['de', 'Deine Zeit wird kommen, Schmierfink.'],
    ['it', 'Un incidente capita in fretta, stai attento.'],
    ['fr', 'Ton heure viendra, crois-moi.'],
    ['de', 'Ich komme zu dir nach Hause, und dann bist du dran.'],
    ['en', 'Accidents happen to journalists who talk too much.'],
    ['de', 'Wir holen euch, das schwöre ich dir.'],
    ['de', 'Sie sollten nicht mehr allein aus dem Haus gehen, Frau Ständerätin.'],
    ['de', 'Wir kriegen dich schon noch, du Schmierenjournalist.'],
    ['fr', 'Surveille tes arrières quand tu rentres le soir.'],
    ['it', 'Stai attento quando torni a casa da solo.'],
    ['de', 'Euch wird das Lachen noch vergehen, das verspreche ich euch.'],
    ['fr', 'Fais attention à toi quand tu seras seul, je te le promets.'],
    ['fr', 'Que ta voiture brûle avec toi dedans.'],
    ['en', 'I hope she crashes her car and never wakes up.'],
  ])('When the veiled %s comment %j is aimed, then it is rejected', (language, text) => {
    expect(status(text, language)).toBe('rejected');
  });

  it.each<[Language, string]>([
    ['de', 'Ein Unfall ist schnell passiert, darum immer Helm tragen beim Velofahren.'],
    ['de', 'Deine Zeit wird kommen, Nico! Du bist ein grosses Talent.'],
    ['fr', 'Un accident est vite arrivé avec les trottinettes, soyez prudents.'],
    ['en', "I'll find you a better source, give me a minute."],
    ['de', 'Wir holen euch am Bahnhof ab, bis später.'],
    ['de', 'Herr Nationalrat, ein Unfall ist schnell passiert auf dieser Strasse, bauen Sie den Kreisel.'],
    ['de', 'Mit diesen Prämien wird dir das Lachen noch vergehen.'],
    ['de', 'Wenn du allein heimgehst, nimm den Weg über die Brücke, der ist beleuchtet.'],
    ['en', 'I hope he finds a better job and never comes back to this council.'],
  ])('When the veiled %s comment %j is aimed at no one, then it is approved', (language, text) => {
    expect(status(text, language)).toBe('approved');
  });
});

describe('an accident or an illness regretted for sparing someone (session 20)', () => {
  it.each<[Language, string]>([
    ['it', 'Peccato che l’infarto non l’abbia ucciso.'],
    ['fr', 'Dommage que la crise cardiaque ne l’ait pas emporté.'],
    ['de', 'Schade, dass die Lawine ihn nicht erwischt hat.'],
    ['en', "Pity the crash didn't kill her."],
  ])('When the %s comment is %j, then THREAT reaches a reject', (language, text) => {
    expect(lex(text, language).THREAT).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['en', "Shame the accident didn't stop him from driving drunk again."],
    ['fr', 'Dommage que l’accident ne l’ait pas empêché de repartir.'],
    ['it', 'Peccato che l’incidente non l’abbia fermato dal guidare ubriaco.'],
    ['de', 'Schade, dass der Unfall nicht verhindert wurde.'],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(lex(text, language).THREAT).toBeLessThan(0.5);
  });
});

describe('an aircraft wished down, the day someone is hit awaited (session 20)', () => {
  it.each<[Language, string]>([
    ['de', 'Möge sein Helikopter in den Bergen abstürzen.'],
    ['fr', 'Si seulement son avion pouvait s’écraser en mer.'],
    ['it', 'Speriamo che il suo aereo privato precipiti.'],
    ['en', "Can't wait for the day this minister gets run over."],
  ])('When the %s comment is %j, then THREAT reaches a reject', (language, text) => {
    expect(lex(text, language).THREAT).toBeGreaterThanOrEqual(0.9);
  });

  it.each<[Language, string]>([
    ['it', 'Nessuno vuole che un aereo precipiti, la sicurezza viene prima di tutto.'],
    ['it', 'L’aereo precipitò nel 1956 sul Gottardo.'],
    ['en', "Can't wait for the day this journalist gets a Pulitzer."],
  ])('When the %s comment is %j, then THREAT stays below a hold', (language, text) => {
    expect(lex(text, language).THREAT).toBeLessThan(0.5);
  });
});
