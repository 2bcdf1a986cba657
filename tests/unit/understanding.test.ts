import { editDistance, knownPhrases, parseCommand, typosAllowed, understand, type Understood } from '../../src/features/commands';
import { lastPausedDay, relativePauseOf } from '../../src/domain/relative-pause';

/** Real phrasings, as people typed them, with what Positie should make of them. */
const PHRASINGS: ReadonlyArray<readonly [string, Understood]> = [
  // help, in both languages and in people's own words
  ['hulp', { type: 'command', command: { kind: 'help' } }],
  ['Help', { type: 'command', command: { kind: 'help' } }],
  ['help me', { type: 'command', command: { kind: 'help' } }],
  ['Help me!', { type: 'command', command: { kind: 'help' } }],
  ['wat kan je?', { type: 'command', command: { kind: 'help' } }],
  ['Wat kun je allemaal?', { type: 'command', command: { kind: 'help' } }],
  ['hoe werkt dit?', { type: 'command', command: { kind: 'help' } }],
  ['What can you do?', { type: 'command', command: { kind: 'help' } }],
  ['?', { type: 'command', command: { kind: 'help' } }],
  ['<at>Positie</at> hulp', { type: 'command', command: { kind: 'help' } }],
  // reflect, with typos
  ['reflecteer', { type: 'command', command: { kind: 'reflect' } }],
  ['relfecteer', { type: 'command', command: { kind: 'reflect' } }],
  ['reflecter', { type: 'command', command: { kind: 'reflect' } }],
  ['Reflect', { type: 'command', command: { kind: 'reflect' } }],
  ['refelct', { type: 'command', command: { kind: 'reflect' } }],
  ['nieuwe vraag', { type: 'command', command: { kind: 'reflect' } }],
  ['geef me een vraag', { type: 'command', command: { kind: 'reflect' } }],
  ['ask me a question', { type: 'command', command: { kind: 'reflect' } }],
  // settings
  ['instellingen', { type: 'command', command: { kind: 'settings' } }],
  ['instelingen', { type: 'command', command: { kind: 'settings' } }],
  ['instellingen wijzigen', { type: 'command', command: { kind: 'settings' } }],
  ['Instellingen aanpassen.', { type: 'command', command: { kind: 'settings' } }],
  ['settigns', { type: 'command', command: { kind: 'settings' } }],
  ['change settings', { type: 'command', command: { kind: 'settings' } }],
  // pause and resume
  ['pauze', { type: 'command', command: { kind: 'pause' } }],
  ['pauze tot 31-12-2026', { type: 'command', command: { kind: 'pause', until: '2026-12-31' } }],
  ['pause until 2026-12-31', { type: 'command', command: { kind: 'pause', until: '2026-12-31' } }],
  ['pauze tot volgende week', { type: 'command', command: { kind: 'pause', relative: { resume: 'nextWeek' } } }],
  ['Pauze 2 weken', { type: 'command', command: { kind: 'pause', relative: { resume: 'inDays', days: 14 } } }],
  ['pauze twee weken', { type: 'command', command: { kind: 'pause', relative: { resume: 'inDays', days: 14 } } }],
  ['pauze tot maandag', { type: 'command', command: { kind: 'pause', relative: { resume: 'weekday', weekday: 1 } } }],
  ['pause until friday', { type: 'command', command: { kind: 'pause', relative: { resume: 'weekday', weekday: 5 } } }],
  ['pause for 3 days', { type: 'command', command: { kind: 'pause', relative: { resume: 'inDays', days: 3 } } }],
  ['pause until next week', { type: 'command', command: { kind: 'pause', relative: { resume: 'nextWeek' } } }],
  ['even geen vragen', { type: 'command', command: { kind: 'pause' } }],
  ['hervat', { type: 'command', command: { kind: 'resume' } }],
  ['hervatten', { type: 'command', command: { kind: 'resume' } }],
  ['resume', { type: 'command', command: { kind: 'resume' } }],
  // summary, weekoverzicht and samenvatting alike
  ['weekoverzicht', { type: 'command', command: { kind: 'summary', week: 'this' } }],
  ['Weekoverzciht', { type: 'command', command: { kind: 'summary', week: 'this' } }],
  ['samenvatting', { type: 'command', command: { kind: 'summary', week: 'this' } }],
  ['samenvating', { type: 'command', command: { kind: 'summary', week: 'this' } }],
  ['samenvatting vorige week', { type: 'command', command: { kind: 'summary', week: 'last' } }],
  ['weekoverzicht vorige week', { type: 'command', command: { kind: 'summary', week: 'last' } }],
  ['summary last week', { type: 'command', command: { kind: 'summary', week: 'last' } }],
  ['my week', { type: 'command', command: { kind: 'summary', week: 'this' } }],
  // history and notes
  ['mijn antwoorden', { type: 'command', command: { kind: 'history' } }],
  ['geschiedenis', { type: 'command', command: { kind: 'history' } }],
  ['history', { type: 'command', command: { kind: 'history' } }],
  ['my answers', { type: 'command', command: { kind: 'history' } }],
  ['mijn notities', { type: 'command', command: { kind: 'notes' } }],
  ['my notes', { type: 'command', command: { kind: 'notes' } }],
  // check-ins and coaching
  ['check-in', { type: 'command', command: { kind: 'checkin' } }],
  ['check in', { type: 'command', command: { kind: 'checkin' } }],
  ['teamcheck-in', { type: 'command', command: { kind: 'checkin' } }],
  ['check-in trend', { type: 'command', command: { kind: 'checkinTrend' } }],
  ['coach code', { type: 'command', command: { kind: 'coachCode' } }],
  ['coach K7M2QXP', { type: 'command', command: { kind: 'coachAccept', code: 'K7M2QXP' } }],
  ['coachees', { type: 'command', command: { kind: 'coachees' } }],
  ['coach stop', { type: 'command', command: { kind: 'coachStop' } }],
  // privacy
  ['mijn gegevens', { type: 'command', command: { kind: 'export' } }],
  ['download my data', { type: 'command', command: { kind: 'export' } }],
  ['verwijder mijn gegevens', { type: 'command', command: { kind: 'delete' } }],
  ['verwjider mijn gegevens', { type: 'command', command: { kind: 'delete' } }],
  ['delete my data', { type: 'command', command: { kind: 'delete' } }],
  // stopping: pause or delete, explained
  ['stop', { type: 'stop' }],
  ['stoppen', { type: 'stop' }],
  ['ik wil stoppen', { type: 'stop' }],
  ['Ik wil stoppen.', { type: 'stop' }],
  ['uitschrijven', { type: 'stop' }],
  ['afmelden', { type: 'stop' }],
  ['unsubscribe', { type: 'stop' }],
  ['I want to stop', { type: 'stop' }],
  // greetings and thanks
  ['hoi', { type: 'greeting' }],
  ['Hoi!', { type: 'greeting' }],
  ['hallo', { type: 'greeting' }],
  ['Goedemorgen', { type: 'greeting' }],
  ['goedemrogen', { type: 'greeting' }],
  ['hi', { type: 'greeting' }],
  ['Hello', { type: 'greeting' }],
  ['good morning', { type: 'greeting' }],
  ['dank je!', { type: 'thanks' }],
  ['dank je wel', { type: 'thanks' }],
  ['Dankjewel', { type: 'thanks' }],
  ['bedankt', { type: 'thanks' }],
  ['thanks', { type: 'thanks' }],
  ['Thank you!', { type: 'thanks' }],
];

describe('understanding people', () => {
  it('knows at least 60 real phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PHRASINGS)('when someone types %j, then Positie understands %j', (text, expected) => {
    expect(understand(text)).toEqual(expected);
  });

  it.each([
    ['help me met dit overleg'],
    ['ik heb hulp nodig bij mijn jaargesprek'],
    ['reflecteer straks maar even niet'],
    ['hoe laat is het'],
    ['xyzzy'],
  ])('when %j is no command, then the two closest commands are suggested, never a match by includes', (text) => {
    const understood = understand(text);
    expect(understood.type).toBe('suggestions');
    expect(understood.type === 'suggestions' && understood.kinds).toHaveLength(2);
  });

  it('when a word is close but the message says more, then the closest command comes first among the suggestions', () => {
    expect(understand('instelingen wijzigen graag')).toMatchObject({ type: 'suggestions', kinds: ['settings', expect.any(String)] });
    expect(understand('relfectere')).toEqual({ type: 'command', command: { kind: 'reflect' } });
  });

  it('when suggestions are asked among a few commands, then only those are suggested', () => {
    const understood = understand('de trend graag', ['checkin', 'checkinTrend', 'help']);
    expect(understood).toMatchObject({ type: 'suggestions', kinds: ['checkinTrend', expect.stringMatching(/^(checkin|help)$/)] });
  });

  it('forgives one typo in words of 5+ letters and two in words of 9+, none in short words', () => {
    expect([typosAllowed('hulp'), typosAllowed('pauze'), typosAllowed('reflecteer')]).toEqual([0, 1, 2]);
    expect(parseCommand('hlup')).toBeUndefined();
    expect(parseCommand('pazue')).toEqual({ kind: 'pause' });
    expect(parseCommand('pzaeu')).toBeUndefined();
    expect(parseCommand('rfelcteer')).toEqual({ kind: 'reflect' });
    expect(editDistance('relfecteer', 'reflecteer')).toBe(1);
  });

  it('when a message is very long, then understanding it stays cheap (no edit distances over the whole text)', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `woord${i}`).join(' ');
    const started = performance.now();
    expect(understand(long).type).toBe('suggestions');
    expect(understand('x'.repeat(20_000)).type).toBe('suggestions');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('keeps the phrase list free of one phrase meaning two things', () => {
    const phrases = knownPhrases().map(([p]) => p);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe('a pause said in words', () => {
  // 2026-12-02 is a Wednesday.
  it.each([
    ['pauze tot volgende week', '2026-12-06'],
    ['pauze tot maandag', '2026-12-06'],
    ['pauze tot woensdag', '2026-12-08'],
    ['pauze 2 weken', '2026-12-15'],
    ['pauze een dag', '2026-12-02'],
    ['pauze tot morgen', '2026-12-02'],
  ])('when %j is typed on Wednesday 2 December, then the last paused day is %s', (text, last) => {
    const relative = relativePauseOf(text);
    expect(relative).toBeDefined();
    expect(relative && lastPausedDay(relative, '2026-12-02')).toBe(last);
  });

  it('when the period is absurd or unknown, then it is no relative pause', () => {
    expect(relativePauseOf('pauze 900 weken')).toBeUndefined();
    expect(relativePauseOf('pauze tot sinterklaas')).toBeUndefined();
  });
});
