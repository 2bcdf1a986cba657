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
    expect(summaryStrings.nl.leaning('Verbinder', false)).toBe('Deze week koos je het vaakst de verbinder.');
    expect(summaryStrings.en.leaning('Connector', false)).toBe('This week you chose the connector most often.');
    const paradox = loadContent().paradoxes.find((p) => p.left.nl === 'Grondigheid');
    if (!paradox) throw new Error('no paradox with the pole Grondigheid');
    expect(positionText(paradox, 2, 'nl')).toBe('vooral grondigheid');
  });

  it('then the nudge invites instead of pushing toward balance', () => {
    expect(summaryStrings.nl.nudgeTitle('Politiek adviseur')).toBe('De politiek adviseur kwam deze week niet voor. Speelde dat niet, of liet je het liggen?');
    expect(summaryStrings.en.nudgeTitle('Political adviser')).toBe('The political adviser did not come up this week. Was there no call for it, or did you leave it aside?');
    for (const locale of ['nl', 'en'] as const) expect(summaryStrings[locale].nudgeTitle('X')).not.toMatch(/Probeer|Try/);
  });
});
