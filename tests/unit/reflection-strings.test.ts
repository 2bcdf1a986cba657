import { reflectionStrings } from '../../src/cards/strings/reflection-strings';
import { summaryStrings } from '../../src/cards/strings/summary-strings';
import { positionText } from '../../src/cards/strings/position-strings';
import { loadContent } from '../../src/content/load-content';

describe('texts around the daily reflection', () => {
  it('then Dutch and English have the same texts', () => {
    expect(Object.keys(reflectionStrings.en).sort()).toEqual(Object.keys(reflectionStrings.nl).sort());
  });

  it('then the note field asks to leave out names and confidential details, in both languages', () => {
    expect(reflectionStrings.nl.noteHint).toMatch(/namen/);
    expect(reflectionStrings.nl.noteHint).toMatch(/vertrouwelijk/);
    expect(reflectionStrings.en.noteHint).toMatch(/names/);
    expect(reflectionStrings.en.noteHint).toMatch(/confidential/);
  });

  it('then a conditional prompt can be answered with "speelde vandaag niet"', () => {
    expect(reflectionStrings.nl.notPlayed).toBe('Speelde vandaag niet');
    expect(reflectionStrings.en.notPlayed).toBe('Did not come up today');
  });

  it('when a role is named inside a sentence, then it reads as an ordinary word', () => {
    expect(reflectionStrings.nl.perspective('Ambtelijk professional')).toBe('Kijk er vandaag eens naar als de ambtelijk professional.');
    expect(summaryStrings.nl.leaning('Verbinder')).toMatch(/^Deze week koos je het vaakst de verbinder\. Geen rol is de juiste/);
    expect(summaryStrings.en.leaning('Connector')).toMatch(/^This week you chose the connector most often\. No role is the right one/);
    const paradox = loadContent().paradoxes.find((p) => p.left.nl === 'Grondigheid');
    if (!paradox) throw new Error('no paradox with the pole Grondigheid');
    expect(positionText(paradox, 2, 'nl')).toBe('meer naar grondigheid');
  });

  it('then the nudge invites instead of pushing toward balance', () => {
    expect(summaryStrings.nl.nudgeTitle('Verbinder')).toBe('Minder gekozen: de verbinder. Past die bij je volgende week?');
    expect(summaryStrings.en.nudgeTitle('Connector')).toBe('Chosen less: the connector. Would it suit your coming week?');
    for (const locale of ['nl', 'en'] as const) expect(summaryStrings[locale].nudgeTitle('X')).not.toMatch(/Probeer|Try/);
  });
});
