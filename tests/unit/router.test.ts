import { z } from 'zod';
import { renderMessage } from '../../src/cards/message-card';
import { nl } from '../../src/cards/strings/nl';
import { talkStrings } from '../../src/cards/strings/talk-strings';
import { runCommandActionFor } from '../../src/features/help/run-command-action';
import { helpConversation } from '../../src/features/help';
import { commandCatalog } from '../../src/features/command-catalog';
import type { AdaptiveCard } from '../../src/cards/template-cache';
import { OLD_VERBS, VERBS } from '../../src/cards/verbs';
import { defineAction, defineCommand } from '../../src/features/definitions';
import type { Services } from '../../src/features/services';
import type { Turn } from '../../src/features/turn';
import { createLogger } from '../../src/log';
import { defaultSettings } from '../../src/domain/person-settings';
import { Router, type Handlers } from '../../src/teams/router';
import { createOtelTelemetry } from '../../src/telemetry/otel-telemetry';

// The definitions below never touch services; the router itself only logs through them.
const telemetry = createOtelTelemetry();

function turnIn(place: 'personal' | 'channel', replies: AdaptiveCard[]): Turn {
  const person = { key: 't_u', tenantId: 't', aadObjectId: 'u', name: 'An', settings: defaultSettings('Europe/Amsterdam', 'nl'), active: true, createdAt: '2026-01-01T00:00:00Z' };
  return {
    identity: { tenantId: 't', aadObjectId: 'u', name: 'An', conversationType: place },
    locale: 'nl',
    ...(place === 'personal' ? { person } : {}),
    conversation: { conversation: { id: `${place}-1` } },
    reply: async (card) => {
      replies.push(card);
      return undefined;
    },
  };
}

const textOf = (card: unknown): string => JSON.stringify(card);
let ran: string[] = [];

const settings = defineCommand({ kind: 'settings', words: { nl: 'instellingen', en: 'settings' }, scope: 'personal', handle: async (turn) => void (await turn.reply(renderMessage(`settings for ${turn.person.key}`))) });
const checkin = defineCommand({ kind: 'checkin', words: { nl: 'check-in', en: 'check-in' }, scope: 'conversation', elsewhere: () => 'start it in a channel', handle: async () => void ran.push('checkin') });
const failing = defineCommand({
  kind: 'help',
  words: { nl: 'hulp', en: 'help' },
  scope: 'any',
  handle: async () => {
    throw new Error('storage down');
  },
});
const skip = defineAction({
  verb: VERBS.skip,
  scope: 'personal',
  schema: z.object({ deliveryId: z.string().regex(/^\d{4}$/) }),
  handle: async (_turn, input) => {
    ran.push(`skip ${input.deliveryId}`);
    return renderMessage('skipped');
  },
});
const exploding = defineAction({
  verb: VERBS.snooze,
  scope: 'any',
  schema: z.unknown(),
  handle: async () => {
    throw new Error('storage down');
  },
});
const history = defineAction({ verb: VERBS.historyOpen, scope: 'personal', schema: z.unknown(), handle: async () => renderMessage('twelve weeks') });
const brokenCraft = defineAction({
  verb: VERBS.craftOpen,
  scope: 'personal',
  schema: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/) }),
  handle: async () => {
    throw new Error('storage down');
  },
});
const commands = [settings, checkin, failing];
const services = { logger: createLogger('silent'), config: {}, telemetry, commands: commandCatalog(commands) } as unknown as Services;
const withAppId = { ...services, config: { MicrosoftAppId: 'app-1' } } as Services;
const handlers = (commandList: typeof commands, actions: Handlers['actions']): Handlers => ({ commands: commandList, actions, conversation: helpConversation });
const router = new Router(handlers(commands, [skip, exploding, runCommandActionFor(commands), history, brokenCraft]), services);

beforeEach(() => {
  ran = [];
});

describe('the router', () => {
  it('when a personal command is typed in a channel, then it says where it works instead of staying silent', async () => {
    const replies: AdaptiveCard[] = [];
    await router.message(turnIn('channel', replies), 'instellingen');
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0])).toContain(talkStrings.nl.personalOnly);
  });

  it('when the app id is configured, then a personal command in a channel links to the personal chat', async () => {
    const replies: AdaptiveCard[] = [];
    await new Router(handlers([settings], []), withAppId).message(turnIn('channel', replies), 'instellingen');
    expect(textOf(replies[0])).toContain('https://teams.microsoft.com/l/chat/0/0?users=28:app-1');
  });

  it('when a "run this command" button is clicked, then the command runs below and the clicked card stays as it was', async () => {
    const replies: AdaptiveCard[] = [];
    const response = await router.action(turnIn('personal', replies), VERBS.runCommand, { command: 'settings' });
    expect(response.type).toBe('application/vnd.microsoft.activity.message');
    expect(textOf(replies)).toContain('settings for t_u');
    const forged = await router.action(turnIn('personal', []), VERBS.runCommand, { command: 'drop tables' });
    expect(forged).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: nl.error.invalid.replace(/\*\*/g, '') });
    const elsewhere: AdaptiveCard[] = [];
    await router.action(turnIn('channel', elsewhere), VERBS.runCommand, { command: 'settings' });
    expect(textOf(elsewhere)).toContain(talkStrings.nl.personalOnly);
  });

  it('when a channel command is typed in personal chat, then the feature says where it works', async () => {
    const replies: AdaptiveCard[] = [];
    await router.message(turnIn('personal', replies), 'check-in');
    expect(textOf(replies[0])).toContain('start it in a channel');
    expect(ran).toEqual([]);
  });

  it('when a personal command is typed in personal chat, then its handler gets the profile', async () => {
    const replies: AdaptiveCard[] = [];
    await router.message(turnIn('personal', replies), 'settings');
    expect(textOf(replies[0])).toContain('settings for t_u');
  });

  it('when a handler throws, then the person gets the error card, not silence', async () => {
    const replies: AdaptiveCard[] = [];
    await router.message(turnIn('personal', replies), 'hulp');
    expect(textOf(replies[0])).toContain(nl.error.generic);
  });

  it('when nothing matches, then the reply says so and offers the closest commands that work here as buttons', async () => {
    const replies: AdaptiveCard[] = [];
    await router.message(turnIn('personal', replies), 'blabla');
    expect(textOf(replies[0])).toContain(talkStrings.nl.didYouMean);
    const commands = (replies[0]?.actions as { verb: string; data: { command: string } }[]).map((a) => [a.verb, a.data.command]);
    expect(commands).toHaveLength(2);
    for (const [verb, command] of commands) {
      expect(verb).toBe(VERBS.runCommand);
      expect(['settings', 'help']).toContain(command);
    }
  });

  it('when a card sent before the verbs took the dotted style is clicked, then its old verb still runs the action', async () => {
    for (const [old, verb] of Object.entries(OLD_VERBS)) expect([old, Object.values(VERBS).includes(verb)]).toEqual([old, true]);
    const response = await router.action(turnIn('personal', []), 'skip', { deliveryId: '2026' }); // an old verb, as a card from before the rename still sends it
    expect(ran).toEqual(['skip 2026']);
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(response.value)).toContain('skipped');
  });

  it('when a card payload does not parse, then the handler never runs and the invalid card answers', async () => {
    const response = await router.action(turnIn('personal', []), VERBS.skip, { deliveryId: 'x; drop' });
    expect(ran).toEqual([]);
    expect(textOf(response.value)).toContain(nl.error.invalid);
    const ok = await router.action(turnIn('personal', []), VERBS.skip, { deliveryId: '2026', userId: 'forged' });
    expect(ran).toEqual(['skip 2026']);
    expect(textOf(ok.value)).toContain('skipped');
  });

  it('when a card action throws, then its answer is the error card with status 200', async () => {
    const response = await router.action(turnIn('channel', []), VERBS.snooze, {});
    expect(response.statusCode).toBe(200);
    expect(textOf(response.value)).toContain(nl.error.generic);
  });

  it('when a personal card is clicked in a channel or the verb is unknown, then it says so without replacing a card it does not know, and nothing runs', async () => {
    expect(textOf((await router.action(turnIn('channel', []), VERBS.skip, { deliveryId: '2026' })).value)).toContain(nl.scope.personalOnly);
    const unknown = await router.action(turnIn('personal', []), 'dropTables', {});
    expect(unknown).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: nl.error.invalid.replace(/\*\*/g, '') });
    expect(ran).toEqual([]);
  });

  it('when a verb is registered twice, then the app does not start', () => {
    expect(() => new Router(handlers([], [skip, skip]), services)).toThrow(/registered twice/);
  });

  it('when a button opens something new, then its card comes below as a message and the clicked card gets a note, nothing in its place', async () => {
    const below: AdaptiveCard[] = [];
    const response = await router.action(turnIn('personal', below), VERBS.historyOpen, {});
    expect(response).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: nl.click.below });
    expect(textOf(below)).toContain('twelve weeks');
  });

  it('when a button that opens something fails or carries bad data, then the clicked card stays and a note says why', async () => {
    const below: AdaptiveCard[] = [];
    const failed = await router.action(turnIn('personal', below), VERBS.craftOpen, { month: '2026-11' });
    expect(failed).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: nl.error.generic });
    const forged = await router.action(turnIn('personal', below), VERBS.craftOpen, { month: 'x' });
    expect(forged.type).toBe('application/vnd.microsoft.activity.message');
    const elsewhere = await router.action(turnIn('channel', below), VERBS.historyOpen, {});
    expect(elsewhere).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: nl.scope.personalOnly });
    expect(below).toEqual([]);
  });

  it('when the card being answered is clicked, then the answer takes its place and nothing is posted below', async () => {
    const below: AdaptiveCard[] = [];
    const response = await router.action(turnIn('personal', below), VERBS.skip, { deliveryId: '2026' });
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(response.value)).toContain('skipped');
    expect(below).toEqual([]);
  });

  it("when a button on the card being answered runs a command, then the command's first card takes that card's place", async () => {
    const inPlace = defineAction({ verb: VERBS.deleteCancel, scope: 'personal', schema: z.unknown(), handle: async () => ({ type: 'command', command: { kind: 'settings' } }) });
    const below: AdaptiveCard[] = [];
    const response = await new Router(handlers([settings], [inPlace]), services).action(turnIn('personal', below), VERBS.deleteCancel, {});
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(response.value)).toContain('settings for t_u');
    expect(below).toEqual([]);
  });
});
