#!/usr/bin/env node
/**
 * Plays a second person against the local bot (local mode, no authentication), e.g. to try the
 * coach flow with one Playground user, or to answer a check-in started in the Playground:
 *
 *   npm run as-user -- --name "Jan" "coach code"
 *   npm run as-user -- --name "Jan" --act coachStop --data '{"coachKey":"…"}'
 *   npm run as-user -- --name "Daan" --channel general --act checkinAnswer --data '{"checkinId":"latest","choice":"…","role":"verbinder"}'
 *
 * The person's ids follow from the name, so every run with the same name is the same person.
 * The tenant and the Playground's conversations (General and its other channels, the group chat)
 * are read from .m365agentsplayground.yml, so these people meet the Playground's own user.
 * Prints the texts, choices and buttons of the replies.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string', default: 'Jan' },
    act: { type: 'string' },
    data: { type: 'string', default: '{}' },
    channel: { type: 'string' },
    group: { type: 'boolean', default: false },
    locale: { type: 'string', default: 'nl-NL' },
    // BOT_URL, else the bot on this machine at PORT (as `npm start` runs it).
    url: { type: 'string', default: process.env.BOT_URL ?? `http://127.0.0.1:${process.env.PORT || 3978}` },
  },
});

const text = positionals.join(' ');
if (!values.act && !text) {
  console.error('usage: npm run as-user -- --name "Jan" "coach code"   (or --act <verb> --data <json>; --channel general | --group for the Playground\'s conversations)');
  process.exit(2);
}

const playground = playgroundIds();
// The Playground's tenant: these people meet its user there (AS_USER_TENANT overrides).
const TENANT = process.env.AS_USER_TENANT ?? playground.tenantId ?? '00000000-0000-0000-0000-0000000000001';
const hex = createHash('sha256').update(values.name).digest('hex');
const aadObjectId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
const conversation = conversationOf();

const data = JSON.parse(values.data);
if (data && typeof data === 'object' && data.checkinId === 'latest') data.checkinId = await latestCheckinId();

const activity = {
  id: randomUUID(),
  timestamp: new Date().toISOString(),
  channelId: 'msteams',
  serviceUrl: values.url,
  from: { id: `29:${aadObjectId}`, name: values.name, aadObjectId },
  recipient: { id: 'positie-local', name: 'Positie' },
  conversation,
  channelData: { tenant: { id: TENANT } },
  locale: values.locale,
  ...(values.act
    ? { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: values.act, data }, trigger: 'manual' } }
    : { type: 'message', text, deliveryMode: 'expectReplies' }),
};

const response = await fetch(`${values.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
const body = await response.text();
if (!response.ok) {
  console.error(`${response.status}: ${body}`);
  process.exit(1);
}
const parsed = body ? JSON.parse(body) : {};
const cards = values.act ? [parsed.value] : (parsed.activities ?? []).flatMap((a) => (a.text ? [{ text: a.text }] : (a.attachments ?? []).map((x) => x.content)));
for (const card of cards) printCard(card);

/**
 * The Playground's ids from its configuration (.m365agentsplayground.yml at the project root):
 * the tenant, the team's channels (General's id is the team's id) and the group chat. A small
 * reader for this one flat file, so the script needs no YAML package.
 */
function playgroundIds() {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', '.m365agentsplayground.yml');
  if (!existsSync(file)) return { channels: {} };
  const yaml = readFileSync(file, 'utf8');
  const after = (section) => yaml.slice(Math.max(0, yaml.search(new RegExp(`^${section}:`, 'm'))));
  const field = (text, key) => new RegExp(`^\\s*${key}:\\s*"?([^"\\n]+)"?\\s*$`, 'm').exec(text)?.[1]?.trim();
  const team = after('team');
  const channels = { general: field(team, 'id') };
  for (const m of team.matchAll(/-\s*id:\s*(\S+)\s*\n\s*name:\s*(.+)/g)) channels[m[2].trim().toLowerCase()] = m[1];
  return { tenantId: field(yaml, 'tenantId'), groupChat: field(after('groupChat'), 'id'), channels };
}

/** Personal chat; a Playground channel by name (`general`, `beleid`) or any other id; or the Playground's group chat. */
function conversationOf() {
  if (values.group) return { id: playground.groupChat ?? 'group-chat-id', conversationType: 'groupChat', tenantId: TENANT, isGroup: true };
  if (values.channel) {
    const known = playground.channels[values.channel.toLowerCase()];
    return { id: known ?? `19:${values.channel}@thread.tacv2`, conversationType: 'channel', tenantId: TENANT, isGroup: true };
  }
  return { id: `personal-${aadObjectId}`, conversationType: 'personal', tenantId: TENANT };
}

/** The newest open check-in of this conversation, from the local-mode-only /dev/open-checkins route. */
async function latestCheckinId() {
  const query = new URLSearchParams({ tenant: TENANT, conversation: conversation.id });
  const answer = await fetch(`${values.url}/dev/open-checkins?${query}`).then((r) => (r.ok ? r.json() : { checkins: [] }));
  const latest = answer.checkins?.[0]?.checkinId;
  if (!latest) {
    console.error('No open check-in in this conversation. Start one in the Playground first (@Positie check-in), or give its id.');
    process.exit(1);
  }
  return latest;
}

/** The texts, facts, choices and buttons of a card, indented. */
function printCard(card) {
  if (!card || typeof card !== 'object') return console.log(String(card));
  if (typeof card.text === 'string' && !card.body) return console.log(card.text);
  console.log('—');
  walk(card.body ?? [], '  ');
  for (const action of card.actions ?? []) console.log(`  [${action.title}] ${action.verb ? `--act ${action.verb} --data '${JSON.stringify(action.data ?? {})}'` : (action.url ?? '')}`);
}

function walk(items, indent) {
  for (const item of items) {
    if (item.type === 'TextBlock') console.log(indent + item.text);
    if (item.type === 'FactSet') for (const fact of item.facts ?? []) console.log(`${indent}${fact.title}: ${fact.value}`);
    if (item.label) console.log(`${indent}(${item.id}) ${item.label}`);
    if (item.type === 'Input.ChoiceSet') for (const choice of item.choices ?? []) console.log(`${indent}    "${choice.value}": ${choice.title}`);
    if (item.items) walk(item.items, indent);
    if (item.columns) for (const column of item.columns) walk(column.items ?? [], indent);
    if (item.type === 'ActionSet') for (const action of item.actions ?? []) console.log(`${indent}[${action.title}] --act ${action.verb} --data '${JSON.stringify(action.data ?? {})}'`);
  }
}
