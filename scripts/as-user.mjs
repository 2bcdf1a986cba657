#!/usr/bin/env node
/**
 * Plays a second person against the local bot (local mode, no authentication), e.g. to try the
 * coach flow with one Playground user:
 *
 *   npm run as-user -- --name "Jan" "coach code"
 *   npm run as-user -- --name "Jan" --act coachStop --data '{"coachKey":"…"}'
 *   npm run as-user -- --name "Jan" --channel team-1 "hulp"
 *
 * The person's ids follow from the name, so every run with the same name is the same person.
 * Prints the texts and buttons of the replies.
 */
import { createHash, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string', default: 'Jan' },
    act: { type: 'string' },
    data: { type: 'string', default: '{}' },
    channel: { type: 'string' },
    locale: { type: 'string', default: 'nl-NL' },
    url: { type: 'string', default: process.env.BOT_URL ?? 'http://127.0.0.1:3978' },
  },
});

const text = positionals.join(' ');
if (!values.act && !text) {
  console.error('usage: npm run as-user -- --name "Jan" "coach code"   (or --act <verb> --data <json>)');
  process.exit(2);
}

// The Playground's user is in tenant 00000000-…; the same tenant lets this person meet them.
const TENANT = process.env.AS_USER_TENANT ?? '00000000-0000-0000-0000-000000000001';
const hex = createHash('sha256').update(values.name).digest('hex');
const aadObjectId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
const conversation = values.channel
  ? { id: `19:${values.channel}@thread.tacv2`, conversationType: 'channel', tenantId: TENANT, isGroup: true }
  : { id: `personal-${aadObjectId}`, conversationType: 'personal', tenantId: TENANT };

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
    ? { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: values.act, data: JSON.parse(values.data) }, trigger: 'manual' } }
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

/** The texts, facts and buttons of a card, indented. */
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
    if (item.items) walk(item.items, indent);
    if (item.columns) for (const column of item.columns) walk(column.items ?? [], indent);
    if (item.type === 'ActionSet') for (const action of item.actions ?? []) console.log(`${indent}[${action.title}] --act ${action.verb} --data '${JSON.stringify(action.data ?? {})}'`);
  }
}
