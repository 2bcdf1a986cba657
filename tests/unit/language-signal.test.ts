import corpus from './fixtures/language-signal-corpus.json';
import { loadContent, rolesOf } from '../../src/content/load-content';
import type { Role } from '../../src/content/types';
import { languageSignal, matchesWord, MEASURED_SIGNAL_LENSES, roleOfText, tokenise } from '../../src/domain/language-signal';
import { measureSignal } from '../../src/domain/signal-precision';

const role = (id: string, nl: string[], en: string[]): Role => ({ id, name: { nl: id, en: id }, description: { nl: '', en: '' }, words: { nl, en } });
const roles = [
  role('bureaucraat', ['procedure', 'regel', 'efficiënt'], ['rule', 'file']),
  role('verbinder', ['samen', 'luister', 'co-creatie'], ['together', 'listen', 'need']),
];

describe('language signal', () => {
  it('when there are only two notes, then there is no signal however clear the words', () => {
    expect(languageSignal(['samen luisteren', 'samen met de buurt'], roles, ['verbinder'])).toBeUndefined();
  });

  it('when there are three notes, then the role whose words occur most is named with the words that counted', () => {
    const signal = languageSignal(['Samen met bewoners, goed geluisterd!', 'De procedure gevolgd.', 'We zaten samen; co-creatie werkte.'], roles, ['verbinder']);
    expect(signal).toEqual({ roleId: 'verbinder', words: ['samen', 'geluisterd', 'co-creatie'], differsFromChoice: false });
  });

  it('when the words lean to a role other than the one chosen most, then the signal says they differ', () => {
    const signal = languageSignal(['Listened to them together', 'We need to listen', 'Rule followed'], roles, ['bureaucraat']);
    expect(signal?.roleId).toBe('verbinder');
    expect(signal?.differsFromChoice).toBe(true);
  });

  it('when Dutch and English notes are mixed, then both word lists count and accents do not matter', () => {
    const signal = languageSignal(['Efficient gewerkt', 'volgens de regels', 'de procedures'], roles, []);
    expect(signal).toEqual({ roleId: 'bureaucraat', words: ['efficient', 'regels', 'procedures'], differsFromChoice: true });
  });

  it('when a word only starts with a list word, then it does not count: the issue\u2019s misfires stay silent', () => {
    const lists = [role('bureaucraat', ['regel'], []), role('ondernemer', ['doel'], []), role('verbinder', ['samen'], []), role('ap', ['norm'], []), role('pa', ['raad'], [])];
    for (const note of ['regelmatig', 'doelgroep', 'samenvatting', 'normaal', 'raadpleegde']) expect(roleOfText(note, lists)).toBeUndefined();
    expect(languageSignal(['Regelmatig overleg', 'de doelgroep en een samenvatting', 'normaal; ik raadpleegde een collega'], lists, [])).toBeUndefined();
  });

  it('when a list word is inflected the Dutch way, then the inflected form counts', () => {
    expect(matchesWord('resultaten', 'resultaat')).toBe(true);
    expect(matchesWord('gesprekken', 'gesprek')).toBe(true);
    expect(matchesWord('initiatieven', 'initiatief')).toBe(true);
    expect(matchesWord('geluisterd', 'luister')).toBe(true);
    expect(matchesWord("risico's", 'risico')).toBe(true);
    expect(matchesWord('zorgvuldige', 'zorgvuldig')).toBe(true);
    expect(matchesWord('formele', 'formeel')).toBe(true);
    expect(matchesWord('regelen', 'regel')).toBe(false);
    expect(matchesWord('vertrouwelijk', 'vertrouw')).toBe(false);
  });

  it('when two roles match equally often, or nothing matches, then there is no signal', () => {
    expect(languageSignal(['samen', 'regel', 'iets'], roles, [])).toBeUndefined();
    expect(languageSignal(['een', 'twee', 'drie'], roles, [])).toBeUndefined();
  });

  it('when more than eight distinct words counted, then eight are shown, the most frequent first', () => {
    const words = ['samen', 'luister', 'together', 'listen', 'need', 'luisteren', 'luisterde', 'listened', 'listening'];
    const signal = languageSignal([words.join(' '), 'listen listen', 'need'], roles, []);
    expect(signal?.words).toHaveLength(8);
    expect(signal?.words.slice(0, 2)).toEqual(['listen', 'need']);
  });

  it('when a note is tokenised, then punctuation goes, inner hyphens and apostrophes stay and case is lowered', () => {
    expect(tokenise("Co-creatie, met -bewoners- (ja!) risico's 2026")).toEqual(['co-creatie', 'met', 'bewoners', 'ja', "risico's", '2026']);
  });
});

describe('language signal on the labelled corpus of notes', () => {
  const library = loadContent();
  const labelled = (lens: 'ideaaltypen' | 'rollen') => corpus.map((row) => ({ text: row.text, role: row[lens] }));

  it('then the corpus holds at least 150 realistic Dutch sentences, with every role of both lenses and sentences that express none', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const id of ['bureaucraat', 'ondernemer', 'verbinder', null]) expect(labelled('ideaaltypen').filter((s) => s.role === id).length).toBeGreaterThanOrEqual(25);
    for (const id of ['ambtelijk-professional', 'maatschappelijk-partner', 'politiek-adviseur', null]) expect(labelled('rollen').filter((s) => s.role === id).length).toBeGreaterThanOrEqual(25);
  });

  it.each(['ideaaltypen', 'rollen'] as const)('then the %s lists name the right role at least 9 times in 10, and print precision and coverage', (lens) => {
    const measure = measureSignal(labelled(lens), rolesOf(library, lens));
    console.log(`language signal (${lens}): precision ${measure.precision.toFixed(3)} (${measure.correct}/${measure.named}), coverage ${measure.coverage.toFixed(3)}`);
    expect(measure.precision).toBeGreaterThanOrEqual(0.9);
    expect(measure.coverage).toBeGreaterThan(0.5);
  });

  it('then only lenses measured on the corpus give a signal', () => {
    expect([...MEASURED_SIGNAL_LENSES].sort()).toEqual(['ideaaltypen', 'rollen']);
    expect(MEASURED_SIGNAL_LENSES.has('leiderschap')).toBe(false);
  });

  it('then the sentences with the issue\u2019s false friends are silent with the built-in lists', () => {
    const ideaaltypen = rolesOf(library, 'ideaaltypen');
    const rollen = rolesOf(library, 'rollen');
    for (const text of ['Regelmatig overleg met de afdeling, niets bijzonders.', 'Een samenvatting gemaakt van het rapport voor de directeur.', 'Normaal gesproken duurt dit twee weken.', 'Ik raadpleegde de website van het CBS voor de cijfers.', 'De doelgroepen van het programma opnieuw ingedeeld.']) {
      expect({ text, role: roleOfText(text, ideaaltypen) }).toEqual({ text, role: undefined });
      expect({ text, role: roleOfText(text, rollen) }).toEqual({ text, role: undefined });
    }
  });
});
