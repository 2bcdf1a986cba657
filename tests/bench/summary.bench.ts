/**
 * Weekly summaries for N people from a real Azurite: `npm run bench:summary -- --users 10000`.
 * Writes ~5 answers and 5 sent prompts per person through the repositories, then reads the rows
 * of every summary without computing (the baseline), then builds every card. The last line of
 * stdout is JSON; progress goes to stderr.
 *
 * Azurite answers every query by scanning the whole table (it has no partition index), so with
 * all people in one table the reads grow with N² and measure Azurite, not us; Azure Table Storage
 * serves a partition query from its index. People are therefore spread over table sets of
 * `--shard-size` people (default 500; 0 puts everyone in one table).
 */
import { loadConfig } from '../../src/config';
import { loadContent } from '../../src/content/load-content';
import { readSummaryRows, summaryFromRows, type SummaryServices } from '../../src/features/summary/build-summary';
import { renderWeeklySummary } from '../../src/cards/weekly-summary-card';
import type { Answer } from '../../src/domain/answer';
import { addDays } from '../../src/domain/iso-week';
import { defaultSettings } from '../../src/domain/person-settings';
import { AnswersRepository } from '../../src/store/answers-repository';
import { DeliveriesRepository } from '../../src/store/deliveries-repository';
import { startAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import type { Person } from '../../src/domain/person';
import { createTableStore } from '../../src/store/table-store';

const WEEK = '2026-03-02';
const CONCURRENCY = 32;
const ROLES = ['bureaucraat', 'ondernemer', 'verbinder'];
const NOTES = ['Samen met bewoners in gesprek over de regeling.', 'De procedure zorgvuldig gevolgd en vastgelegd.', 'Een kleine pilot gestart, kijken wat het oplevert.'];

function numberArgument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`);
  return value;
}

/** Runs `work` for every item with at most `limit` in flight. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index];
      if (item !== undefined) await work(item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function personNumber(n: number): Person {
  const aadObjectId = `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
  const tenantId = 'bench-tenant';
  return { key: personKey(tenantId, aadObjectId), tenantId, aadObjectId, name: `P${n}`, settings: defaultSettings('Europe/Amsterdam', 'nl'), active: true, createdAt: '2026-01-01T00:00:00Z' };
}

/** Monday to Friday, one answer a day; every person varies a little, about half write notes. */
function answersOf(n: number): Answer[] {
  return [0, 1, 2, 3, 4].map((day) => {
    const localDate = addDays(WEEK, day);
    const note = n % 2 === 0 ? NOTES[(n + day) % NOTES.length] : undefined;
    return {
      deliveryId: `${localDate}_prompt`,
      promptId: 'p-mo-1',
      paradoxId: ['maakbaar-open', 'weten-besluiten'][(n + day) % 2] ?? 'maakbaar-open',
      position: (((n + day) % 5) + 1) as Answer['position'],
      lens: 'ideaaltypen',
      roleId: ROLES[(n * 7 + day * day) % ROLES.length] ?? 'verbinder',
      answeredAt: `${localDate}T15:${String(n % 60).padStart(2, '0')}:00Z`,
      localDate,
      ...(note ? { note } : {}),
    };
  });
}

async function main(): Promise<void> {
  const users = Math.max(1, numberArgument('--users', 10_000));
  const shardSize = numberArgument('--shard-size', 500) || users;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const azurite = await startAzurite({});
  try {
    const content = loadContent();
    const config = loadConfig({ LOG_LEVEL: 'silent', TABLES_CONNECTION_STRING: azurite.connectionString });
    const shards: SummaryServices[] = [];
    for (let shard = 0; shard * shardSize < users; shard += 1) {
      const tables = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, `bench${shard}x`);
      await Promise.all([tables.table('answers').createTable(), tables.table('deliveries').createTable()]);
      shards.push({ answers: new AnswersRepository(tables.table('answers')), deliveries: new DeliveriesRepository(tables.table('deliveries')), content, config });
    }
    const people = Array.from({ length: users }, (_, n) => ({ n, person: personNumber(n), services: shards[Math.floor(n / shardSize)] ?? shards[0] }));
    const phase = async (name: string, work: (entry: (typeof people)[number]) => Promise<void>): Promise<number> => {
      const started = performance.now();
      await inPool(people, CONCURRENCY, work);
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`${name}: ${users} people in ${seconds.toFixed(1)} s\n`);
      return seconds;
    };
    await phase('write', async ({ n, person, services }) => {
      if (!services) return;
      for (const answer of answersOf(n)) {
        await services.answers.save(person.key, answer);
        const delivery = { personKey: person.key, id: answer.deliveryId, kind: 'prompt' as const, localDate: answer.localDate, state: 'sent' as const };
        await services.deliveries.tryCreate({ ...delivery, claimedAt: answer.answeredAt, claimedBy: 'bench', attempts: 1, snoozes: 0 });
      }
    });
    const baselineSeconds = await phase('read rows only', async ({ person, services }) => {
      if (services) await readSummaryRows(services, person, WEEK);
    });
    let cardBytes = 0;
    let domainMs = 0;
    const seconds = await phase('read, compute and render', async ({ person, services }) => {
      if (!services) return;
      const rows = await readSummaryRows(services, person, WEEK);
      // The same steps as buildSummaryCard, timed apart so the domain's own cost shows.
      const started = performance.now();
      const card = renderWeeklySummary(summaryFromRows(services, person, WEEK, rows), person.settings.locale, services.content);
      domainMs += performance.now() - started;
      cardBytes = Math.max(cardBytes, Buffer.byteLength(JSON.stringify(card)));
    });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const round = (value: number): number => Math.round(value * 100) / 100;
    console.log(JSON.stringify({ users, seconds: round(seconds), baselineSeconds: round(baselineSeconds), domainSeconds: round(domainMs / 1000), peakRssMb: Math.round(peakRss / 2 ** 20), cardBytes, shardSize }));
  } finally {
    clearInterval(sampler);
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
