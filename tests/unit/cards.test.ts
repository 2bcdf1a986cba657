import { COMMAND_CATALOG } from '../../src/features/registry';
import { renderHelp } from '../../src/cards/help-card';
import { renderMessage } from '../../src/cards/message-card';
import { renderWelcome } from '../../src/cards/welcome-card';
import { en } from '../../src/cards/strings/en';
import { nl } from '../../src/cards/strings/nl';
import { cardProblems } from '../support/card-validation';

describe('cards of the first contact', () => {
  it.each(['nl', 'en'] as const)('when rendered in %s, then welcome, help and message cards are valid Adaptive Cards 1.5', (locale) => {
    const values = { days: '1,2,3,4,5', time: '16:00', layer: 'rijk', kindsOfWork: 'beleid', leadsPeople: 'false', reminder: 'false', reminderTime: '19:00' };
    expect(cardProblems(renderWelcome({ locale, values, firstWhen: 'op maandag 24 november om 16:00' }))).toEqual([]);
    expect(cardProblems(renderHelp(locale, COMMAND_CATALOG.helpLines('personal', locale, 'help')))).toEqual([]);
    expect(cardProblems(renderMessage('tekst', 'titel'))).toEqual([]);
  });

  it('when the Dutch help is rendered, then it lists the Dutch command words', () => {
    const text = JSON.stringify(renderHelp('nl', COMMAND_CATALOG.helpLines('personal', 'nl', 'help')));
    for (const word of ['reflecteer', 'instellingen', 'pauze', 'hervat', 'samenvatting', 'mijn gegevens', 'verwijder mijn gegevens', 'hulp']) expect(text).toContain(word);
  });

  it('when the string tables are compared, then English has every Dutch key and no empty text', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en)).toEqual(keys(nl));
    const values = (o: object): unknown[] => Object.values(o).flatMap((v) => (typeof v === 'object' && v !== null ? values(v as object) : [v]));
    expect(values(en).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });
});
