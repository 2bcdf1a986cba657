import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, rolesOf } from '../../src/content/load-content';
import type { Answer } from '../../src/domain/answer';
import { isIronic } from '../../src/domain/note-clauses';
import { languageSignal, MEASURED_SIGNAL_LENSES, roleOfText } from '../../src/domain/language-signal';
import { measureSignal } from '../../src/domain/signal-precision';
import { computeWeeklySummary } from '../../src/domain/weekly-summary';

const library = loadContent();
const ideaaltypen = rolesOf(library, 'ideaaltypen');
const rollen = rolesOf(library, 'rollen');
const role = (text: string) => ({ ideaaltypen: roleOfText(text, ideaaltypen), rollen: roleOfText(text, rollen) });
const SILENT = { ideaaltypen: undefined, rollen: undefined };

describe('the role one note shows: what the writer did, not the words', () => {
  it('when the writer did something that shows a role, then that role is named in each lens', () => {
    expect(role('Cijfers in de nota nog eens nagerekend voordat hij de deur uitging.')).toEqual({ ideaaltypen: undefined, rollen: 'ambtelijk-professional' });
    expect(role('Gedeputeerde vooraf gewaarschuwd dat de Staten hier vragen over gaan stellen.')).toEqual({ ideaaltypen: undefined, rollen: 'politiek-adviseur' });
    expect(role('Met de huurders en de corporatie om tafel gezeten over de renovatie.')).toEqual({ ideaaltypen: 'verbinder', rollen: 'maatschappelijk-partner' });
    expect(role('Geen uitzondering gemaakt: zelfde regels als voor iedereen.')).toEqual({ ideaaltypen: 'bureaucraat', rollen: undefined });
    expect(role('Took a gamble and tried a new intake route with one desk instead of three.')).toEqual({ ideaaltypen: 'ondernemer', rollen: undefined });
  });

  it('when a role is only mentioned, then nothing is named: "samen met de stagiair"', () => {
    for (const text of ['samen met de stagiair het jaarplan doorgelopen', 'Bij de lunch ging het over de pilot van team Wonen.', 'Kamervragen over stikstof binnengekomen, gaan naar een ander team.', 'Meeting with the alderman\u2019s office moved to next week.']) {
      expect({ text, ...role(text) }).toEqual({ text, ...SILENT });
    }
  });

  it('when a note is ironic, then nothing is named, whatever it says it did', () => {
    const ironic = [
      "Weer een sessie over 'samenwerken in de keten' waar niemand iets toezegde. Heerlijk.",
      'Met de bewoners om tafel gezeten. Top.',
      'Great, we listened to the residents for two hours and changed nothing.',
      'Fijn hoor, de cijfers nagerekend en toch gaat de verkeerde versie naar de minister.',
    ];
    for (const text of ironic) expect({ text, ironic: isIronic(text), ...role(text) }).toEqual({ text, ironic: true, ...SILENT });
    expect(isIronic('Met de bewoners om tafel gezeten over de renovatie.')).toBe(false);
    expect(isIronic("Risico's besproken met de partners' vertegenwoordiger.")).toBe(false);
  });

  it('when the act is negated, then nothing is named; a negation after it belongs to what was advised', () => {
    for (const text of ['Ik heb de gedeputeerde niet gewaarschuwd, dacht dat het mee zou vallen.', 'Niet aan toegekomen om de cijfers te checken.', "I didn't really listen in that meeting.", 'Geen tijd gehad om bij de bewoners langs te gaan.']) {
      expect({ text, ...role(text) }).toEqual({ text, ...SILENT });
    }
    expect(role('Bewindspersoon geadviseerd het debat niet in te gaan zonder de uitvoeringstoets.').rollen).toBe('politiek-adviseur');
  });

  it('when the note is about someone else, then nothing is named: "Mijn collega hield zich…"', () => {
    for (const text of ['Mijn collega hield zich weer krampachtig aan elke regel.', 'Collega van financiën heeft in z\u2019n eentje een pilot gestart.', 'My manager briefed the deputy on the nitrogen figures.', 'The project lead got all the partners in one room.']) {
      expect({ text, ...role(text) }).toEqual({ text, ...SILENT });
    }
  });

  it('when the note is a plan, a wish, a doubt or a question, then nothing is named', () => {
    for (const text of ['Volgende week wil ik de wethouder waarschuwen.', 'Had de cijfers willen nalopen, maar de nota moest weg.', 'Wanted to invite the farmers, ran out of time.', 'Moet ik de minister nu al waarschuwen?', 'Zou graag met de boeren zelf praten.']) {
      expect({ text, ...role(text) }).toEqual({ text, ...SILENT });
    }
    // Plans and questions in the very forms that name a role when they happened.
    for (const text of ['Morgen met de bewoners om tafel.', 'Wil de gedeputeerde vooraf ingelicht hebben.', 'Heb ik de gedeputeerde wel op tijd gewaarschuwd?', 'Cijfers nagerekend?']) {
      expect({ text, ...role(text) }).toEqual({ text, ...SILENT });
    }
    expect(role('Vandaag met de bewoners om tafel.').rollen).toBe('maatschappelijk-partner');
    expect(role('De gedeputeerde vooraf ingelicht.').rollen).toBe('politiek-adviseur');
  });

  it('when whom the act concerns is in another part of the sentence, then it does not count: "Told my team that the minister…"', () => {
    expect(role('Told my team that the minister will probably say no.').rollen).toBeUndefined();
    expect(role('Told the minister that the timeline will not hold.').rollen).toBe('politiek-adviseur');
  });

  it('when a Dutch compound names people outside, then it counts, but a wethouder is no parent', () => {
    expect(role('Toeslagenouders uitgenodigd om mee te denken over de brief.').rollen).toBe('maatschappelijk-partner');
    expect(role('Met de wethouders van de regio gesproken over de begroting.').rollen).toBeUndefined();
  });

  it('when one note shows two roles of a lens, then it names neither', () => {
    expect(role('Geen uitzondering gemaakt. Daarna zelf een proef opgezet met de nieuwe intake.').ideaaltypen).toBeUndefined();
    expect(role('Daarna zelf een proef opgezet met de nieuwe intake.').ideaaltypen).toBe('ondernemer');
  });
});

describe('the classes of error an independent set showed: the writer is not the one who acts, or did nothing of the work', () => {
  const silent = (texts: readonly string[]) => {
    for (const text of texts) expect({ text, ...role(text) }).toEqual({ text, ...SILENT });
  };

  it('when the subject of the clause is someone else or an organisation, then nothing is named, even with "we" later on', () => {
    silent([
      'De provincie had zelf al met de huurders gesproken voordat wij erbij kwamen.',
      'De wethouder heeft de bewoners gesproken die wij hadden uitgenodigd.',
      'Team Wonen heeft een pilot gestart met flexwonen.',
      'Jan gaf mij de cijfers die hij had nagerekend.',
      'De huurders zijn door de corporatie uitgenodigd.',
    ]);
    // English: a name or a team before the verb is the one who acted.
    silent(['HR listened to our complaints, finally.', 'Sarah briefed the minister on the nitrogen file.', 'Attended a session where the minister talked to farmers.']);
    // A clause that goes on with an act takes its subject: the alderman listened, not the writer.
    silent(['The alderman spent the evening at the community centre, listening to residents.']);
  });

  it('when the writer is the subject, in a diary line, after an inversion or before a clause of its own, then the act counts', () => {
    expect(role('Had de gedeputeerde al gewaarschuwd voor de drukte.').rollen).toBe('politiek-adviseur');
    expect(role('Met de ondernemers gesproken die last hebben van de werkzaamheden.').rollen).toBe('maatschappelijk-partner');
    expect(role('Wethouder en zijn team gebriefd over de planning.').rollen).toBe('politiek-adviseur');
    expect(role('My colleague and I briefed the minister on the delay.').rollen).toBe('politiek-adviseur');
    expect(role('Bewoners met klachten uitgenodigd voor een gesprek.').rollen).toBe('maatschappelijk-partner');
    expect(role('Advised the alderman to postpone the vote until the study is in.').rollen).toBe('politiek-adviseur');
    // A purpose clause is part of the act it follows.
    expect(role('Het besluit herschreven zodat over een jaar nog te volgen is waarom we zo kozen.').ideaaltypen).toBe('bureaucraat');
  });

  it('when the note passes on what someone else said, then nothing is named; before the report the act still counts', () => {
    silent([
      'De wethouder zegt dat we de bewoners goed hebben gehoord.',
      'Volgens de burgemeester hebben we de wethouder op tijd gewaarschuwd.',
      'Met de bewoners gesproken, zegt mijn collega.',
      'De cijfers nagerekend, zei de controller.',
    ]);
    expect(role('Wethouder gewaarschuwd; ze zei dat ze het al wist.').rollen).toBe('politiek-adviseur');
    expect(role('Bezwaar afgewezen volgens de beleidsregel, net als de andere drie.').ideaaltypen).toBe('bureaucraat');
  });

  it('when a plan stalled, was put off or nobody came, then the note shows no role', () => {
    silent(['Met de boeren om tafel gezeten, maar het hele traject is uitgesteld.', 'De bewoners uitgenodigd voor een gesprek, er kwam niemand.', 'We talked to the growers for an hour, then the whole pilot was shelved.']);
  });

  it('when the talk was small talk, then the note shows no role', () => {
    silent(['Met de buurtbewoners bij de koffie vooral over voetbal gepraat.', 'Talked with the tenants, mostly about the weekend.']);
  });

  it('when the act concerns something that is not the role, then nothing is named', () => {
    silent([
      'Zelf de berekening opnieuw gemaakt.',
      'Zelf het dashboard opnieuw gebouwd na de storing.',
      'Naar een podcast over bewonersparticipatie geluisterd.',
      'Alle stukken voor de raad bij elkaar gezet.',
      'Twee Excel-bestanden samengevoegd.',
      'Bij de tandarts langs geweest.',
      'Werkbezoek van de minister voorbereid.',
      'Tried out the new standing desks.',
      'Tried a new route to work, took longer.',
      'Fout gevonden in mijn declaratie.',
      'Op dezelfde manier als altijd de weekstart gedaan.',
    ]);
    // Whom an act concerns is whom it was with, not whom it was about or by.
    silent(['Met de wethouder gesproken over de klachten van de bewoners.', 'Door de burgemeester bijgepraat over de sluiting.']);
    expect(role('Over de overlast met de bewoners gesproken.').rollen).toBe('maatschappelijk-partner');
    expect(role('Zelf een tooltje gebouwd dat de aanvragen sorteert.').ideaaltypen).toBe('ondernemer');
  });

  it('when the act is wished for, wondered about or only supposed, then nothing is named', () => {
    silent([
      'Had ik maar met de bewoners gesproken.',
      'Ik ben benieuwd of de wethouder gewaarschuwd is.',
      'If we had listened to the residents, this would not have happened.',
      'Als we de cijfers hadden nagerekend, was dit niet gebeurd.',
    ]);
  });

  it('when a note is ironic in the ways people write it, then nothing is named', () => {
    silent(['Met de bewoners om tafel gezeten en niks besloten. Mooi gebaar hoor.', 'Hoera, weer de cijfers nagerekend voor een nota die niemand leest.', 'So proud: we listened to residents and changed nothing.']);
  });
});

describe('the language signal of a week', () => {
  const partnerNotes = ['Met de bewoners om tafel gezeten over de geluidsoverlast.', 'Bij de huurdersvereniging langs geweest en vooral geluisterd.'];

  it('when two notes show the same role, then it is named with the acts that showed it, as written', () => {
    expect(languageSignal(partnerNotes, rollen, ['ambtelijk-professional'])).toEqual({ roleId: 'maatschappelijk-partner', words: ['om tafel', 'langs geweest'], differsFromChoice: true });
    expect(languageSignal(['Cijfers nagerekend vóór de deadline.', 'Bronnen nagelopen.', 'Gegevens gecontroleerd.'], rollen, [])?.words).toEqual(['nagerekend', 'nagelopen', 'gecontroleerd']);
  });

  it('when only one note shows a role, then there is no signal, however clear that note is', () => {
    expect(languageSignal([partnerNotes[0] ?? '', 'Hele dag vergaderd.', 'Mail weggewerkt.'], rollen, [])).toBeUndefined();
  });

  it('when a week holds four notes that show no role, then there is no signal: no "your words sound like…"', () => {
    const roleless = ['samen met de stagiair het jaarplan doorgelopen', "Weer een 'verbindende' bijeenkomst. Genieten.", 'Mijn collega hield zich weer aan elke regel.', 'Volgende week wil ik de wethouder bellen.'];
    expect(languageSignal(roleless, rollen, [])).toBeUndefined();
    expect(languageSignal(roleless, ideaaltypen, [])).toBeUndefined();
  });

  it('when two roles are shown equally often, then there is no signal', () => {
    expect(languageSignal([...partnerNotes, 'Wethouder gewaarschuwd voor de krantenkop.', 'Minister gebriefd over het gevoelige punt.'], rollen, [])).toBeUndefined();
  });

  it('then only measured lenses speak in the weekly summary; the leadership lens stays silent', () => {
    expect([...MEASURED_SIGNAL_LENSES].sort()).toEqual(['ideaaltypen', 'rollen']);
    const answers: Answer[] = ['Samen gekeken.', 'Met de partijen om tafel gezeten.', 'Bij de huurders langs geweest en geluisterd.', 'Met de bewoners om tafel gezeten.'].map((note, i) => ({
      deliveryId: `2026-03-0${i + 2}_prompt`,
      promptId: 'p',
      paradoxId: 'weten-besluiten',
      position: 3,
      lens: 'leiderschap',
      roleId: 'catalysator',
      answeredAt: `2026-03-0${i + 2}T15:00:00Z`,
      localDate: `2026-03-0${i + 2}`,
      note,
    }));
    const summary = (lensId: string) => computeWeeklySummary({ answers: answers.map((a) => ({ ...a, lens: lensId })), promptDates: [], weekStart: '2026-03-02', lensId, library });
    expect(summary('leiderschap').language).toBeUndefined();
    expect(summary('ideaaltypen').language?.roleId).toBe('verbinder');
  });
});

/** A labelled set of notes: `{ text, lang, ideaaltypen, rollen }`, a role id or null per lens. */
interface LabelledNote {
  text: string;
  lang: 'nl' | 'en';
  ideaaltypen: string | null;
  rollen: string | null;
}

const FIXTURES = join(__dirname, 'fixtures');
/** The sentences the old word lists were tuned on: printed, not asserted. */
const TRAINING_SET = join(FIXTURES, 'language-signal-corpus.json');
/** Written by an independent annotator; the cues were tuned against it (first round). */
const DEV_SET = join(FIXTURES, 'language-signal-dev.json');
/**
 * Written by the same annotator apart from the first; held out in the first round (precision 0.667
 * and 0.714 there), then the classes of error it showed were fixed (second round): tuned on now.
 */
const DEV2_SET = join(FIXTURES, 'language-signal-dev2.json');
/**
 * Notes written by a second, independent annotator and never seen while tuning: the coordinator
 * kept them apart and measured the final cues on them once. Tuning on them makes this a
 * development set; the next figure then needs a set nobody here has seen.
 */
const HELD_OUT_SET = join(FIXTURES, 'language-signal-heldout.json');

const SETS: readonly (readonly [string, string])[] = [
  ['training', TRAINING_SET],
  ['development', DEV_SET],
  ['development 2', DEV2_SET],
  ['held-out', HELD_OUT_SET],
];
const LENSES = ['ideaaltypen', 'rollen'] as const;
type Lens = (typeof LENSES)[number];

function read(path: string): LabelledNote[] {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledNote[];
}

function measure(path: string, lens: Lens) {
  return measureSignal(read(path).map((n) => ({ text: n.text, role: n[lens] })), rolesOf(library, lens));
}

describe('the language signal measured on labelled notes', () => {
  it('then precision and coverage are printed per set and lens, as one table', () => {
    const lines = SETS.flatMap(([name, path]) =>
      LENSES.map((lens) => {
        const m = measure(path, lens);
        expect(m.sentences).toBeGreaterThan(0);
        return `${name.padEnd(14)} ${lens.padEnd(12)} ${String(m.sentences).padStart(5)}  ${m.precision.toFixed(3)} (${m.correct}/${m.named})`.padEnd(52) + `  ${m.coverage.toFixed(3)}`;
      }),
    );
    console.log(['language signal: set, lens, notes, precision (right/named), coverage of the notes with a role', ...lines].join('\n'));
  });

  it('then the held-out set holds at least 150 notes in Dutch and English, at least 40 % with no role in either lens', () => {
    const notes = read(HELD_OUT_SET);
    expect(notes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(notes.map((n) => n.lang))).toEqual(new Set(['nl', 'en']));
    expect(notes.filter((n) => n.ideaaltypen === null && n.rollen === null).length / notes.length).toBeGreaterThanOrEqual(0.4);
  });

  it.each([...MEASURED_SIGNAL_LENSES])('then %s, a lens that speaks, names the right role at least 9 times in 10 on the held-out set', (lens) => {
    const m = measure(HELD_OUT_SET, lens as Lens);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.named).toBeGreaterThan(0);
  });

  it.each([...MEASURED_SIGNAL_LENSES])('then %s names the right role at least 9 times in 10 on both development sets, tuned on', (lens) => {
    for (const path of [DEV_SET, DEV2_SET]) expect(measure(path, lens as Lens).precision).toBeGreaterThanOrEqual(0.9);
  });

  it('then the first development set still catches a third of the notes with a role in each lens', () => {
    for (const lens of LENSES) expect(measure(DEV_SET, lens).coverage).toBeGreaterThanOrEqual(1 / 3);
  });
});
