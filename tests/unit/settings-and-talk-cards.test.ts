import { COMMAND_CATALOG } from '../../src/features/registry';
import { renderDailyPrompt } from '../../src/cards/daily-prompt-card';
import { renderSettings, zoneChoices } from '../../src/cards/settings-card';
import { renderChannelHelp, renderTalk } from '../../src/cards/talk-card';
import { loadContent } from '../../src/content/load-content';
import { DEFAULT_PROFILE } from '../../src/domain/content-fit';
import { defaultSettings } from '../../src/domain/person-settings';
import { toValues } from '../../src/features/settings/settings-values';
import { cardProblems } from '../support/card-validation';

const library = loadContent();
const values = toValues(defaultSettings('Europe/Amsterdam', 'nl'));

describe('the settings card', () => {
  const card = renderSettings(library, { locale: 'nl', values });
  const body = card.body as { id?: string; style?: string; choices?: { value: string }[] }[];

  it('when rendered, then the time zone is a searchable list of every IANA zone with Europe/Amsterdam first', () => {
    const zone = body.find((e) => e.id === 'timeZone');
    expect(zone?.style).toBe('filtered');
    expect(zone?.choices?.[0]?.value).toBe('Europe/Amsterdam');
    expect(zone?.choices).toHaveLength(Intl.supportedValuesOf('timeZone').length);
    expect(zone?.choices?.map((c) => c.value)).toContain('America/Argentina/Salta');
  });

  it('when the person has a zone the list does not name, then it is kept as a choice', () => {
    expect(zoneChoices('Etc/GMT+2').map((c) => c.value).slice(0, 2)).toEqual(['Europe/Amsterdam', 'Etc/GMT+2']);
  });

  it('when rendered, then it offers Opslaan and Annuleren and stays a valid card within Teams size limits', () => {
    expect((card.actions as { title: string; verb: string }[]).map((a) => [a.title, a.verb])).toEqual([
      ['Opslaan', 'settings.save'],
      ['Annuleren', 'settings.cancel'],
    ]);
    expect(cardProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28_000);
  });
});

describe('the daily prompt card', () => {
  it('when rendered, then the optional tactic can be cleared with an explicit "Geen"', () => {
    const prompt = library.prompts[0];
    if (!prompt) throw new Error('no prompt');
    const card = renderDailyPrompt(library, { deliveryId: 'd', ticket: 't', prompt, lens: 'ideaaltypen', locale: 'nl', profile: DEFAULT_PROFILE, values: { tactic: 'x' }, showSnooze: true, showSkip: true });
    const tactic = JSON.stringify(card).match(/"id":"tactic".*?"choices":\[(\{[^}]*\})/)?.[1];
    expect(tactic).toBe('{"title":"Geen","value":"none"}');
  });
});

describe('talk and channel cards', () => {
  it('are valid Teams cards, with Action.Execute buttons that name a command', () => {
    const talk = renderTalk('Hoi!', [{ kind: 'reflect', label: 'Vraag van vandaag' }]);
    expect(cardProblems(talk)).toEqual([]);
    expect(talk.actions).toEqual([{ type: 'Action.Execute', title: 'Vraag van vandaag', verb: 'command.run', data: { command: 'reflect' } }]);
    expect(cardProblems(renderChannelHelp('nl', undefined, COMMAND_CATALOG.helpLines('conversation', 'nl', 'help')))).toEqual([]);
  });

  it('when the app id is known, then the channel help links to the personal chat; without it, no link', () => {
    expect(JSON.stringify(renderChannelHelp('nl', 'app-1', COMMAND_CATALOG.helpLines('conversation', 'nl', 'help')))).toContain('https://teams.microsoft.com/l/chat/0/0?users=28:app-1');
    expect(JSON.stringify(renderChannelHelp('nl', undefined, COMMAND_CATALOG.helpLines('conversation', 'nl', 'help')))).not.toContain('Action.OpenUrl');
  });

  it('when introducing Positie to a team, then the card says what it does there in both languages', () => {
    expect(JSON.stringify(renderChannelHelp('nl', undefined, COMMAND_CATALOG.helpLines('conversation', 'nl', 'help'), true))).toContain('Hallo team, ik ben Positie');
    expect(JSON.stringify(renderChannelHelp('en', undefined, COMMAND_CATALOG.helpLines('conversation', 'en', 'help'), true))).toContain("Hello team, I'm Positie");
  });
});
