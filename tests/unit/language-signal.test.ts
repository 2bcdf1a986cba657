import type { Role } from '../../src/content/types';
import { languageSignal, tokenise } from '../../src/domain/language-signal';

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

  it('when a list word is shorter than four letters, then only the whole word counts, not words starting with it', () => {
    const shortWords = [role('a', ['raad'], []), role('b', ['wet'], [])];
    expect(languageSignal(['wetenschap', 'wetten', 'nog iets'], shortWords, [])).toBeUndefined();
    expect(languageSignal(['de wet', 'raadsel', 'raadsleden'], shortWords, [])?.words).toEqual(['raadsel', 'raadsleden']);
  });

  it('when two roles match equally often, or nothing matches, then there is no signal', () => {
    expect(languageSignal(['samen', 'regel', 'iets'], roles, [])).toBeUndefined();
    expect(languageSignal(['een', 'twee', 'drie'], roles, [])).toBeUndefined();
  });

  it('when more than eight distinct words counted, then eight are shown, the most frequent first', () => {
    const words = ['samen', 'luister', 'together', 'listen', 'need', 'samenwerking', 'luisteraar', 'togetherness', 'listener'];
    const signal = languageSignal([words.join(' '), 'listen listen', 'need'], roles, []);
    expect(signal?.words).toHaveLength(8);
    expect(signal?.words.slice(0, 2)).toEqual(['listen', 'need']);
  });

  it('when a note is tokenised, then punctuation goes, inner hyphens stay and case is lowered', () => {
    expect(tokenise('Co-creatie, met -bewoners- (ja!) 2026')).toEqual(['co-creatie', 'met', 'bewoners', 'ja', '2026']);
  });
});
