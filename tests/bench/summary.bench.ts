/**
 * Weekly summaries for N people from a real Azurite: `npm run bench:summary -- --users 10000`.
 * Writes ~5 answers and 5 sent prompts per person through the repositories, then reads the rows
 * of every summary without computing anything (the baseline), then builds every card with the
 * production `buildSummaryCard` (rows, figures, the quarter mirror when a quarter ends, render).
 * The baseline is a floor: the reads any summary needs, with no work on them. The last line of
 * stdout is JSON; progress goes to stderr.
 *
 * Azurite answers every query by scanning the whole table (it has no partition index), so with
 * all people in one table the reads grow with N² and measure Azurite, not us; Azure Table Storage
 * serves a partition query from its index. People are therefore spread over table sets of
 * `--shard-size` people (default 500; 0 puts everyone in one table). `--concurrency` (default 16)
 * summaries are built at once.
 */
import { loadConfig } from '../../src/config';
import { loadContent } from '../../src/content/load-content';
import { buildSummaryCard, readSummaryRows, type SummaryServices } from '../../src/features/summary/build-summary';
import type { Answer } from '../../src/domain/answer';
import { addDays, addWeeks } from '../../src/domain/iso-week';
import { defaultSettings } from '../../src/domain/person-settings';
import { AnswersRepository } from '../../src/store/answers-repository';
import { DeliveriesRepository } from '../../src/store/deliveries-repository';
import { startAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import type { Person } from '../../src/domain/person';
import { createTableStore } from '../../src/store/table-store';
import { inPool, numberArgument, printResult, progress, round2 } from './support/bench-kit';

const WEEK = '2026-03-02';
const ROLES = ['bureaucraat', 'ondernemer', 'verbinder'];
const NOTES = ['Samen met bewoners in gesprek over de regeling.', 'De procedure zorgvuldig gevolgd en vastgelegd.', 'Een kleine pilot gestart, kijken wat het oplevert.'];

/** People started on different weeks: one in 13 ends a quarter of use with this week, and gets the quarter mirror. */
function personNumber(n: number): Person {
  const aadObjectId = `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
  const tenantId = 'bench-tenant';
  const createdAt = `${addWeeks(WEEK, -(n % 13))}T08:00:00Z`;
  return { key: personKey(tenantId, aadObjectId), tenantId, aadObjectId, name: `P${n}`, settings: defaultSettings('Europe/Amsterdam', 'nl'), active: true, createdAt };
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
  const users = Math.round(numberArgument('users', 10_000, 1));
  const shardSize = Math.round(numberArgument('shard-size', 500, 0)) || users;
  // Summaries built at once; a loaded machine may need fewer (a table call gives up after 4 s).
  const concurrency = Math.round(numberArgument('concurrency', 16, 1));
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
      await inPool(people.length, concurrency, async (index) => {
        const entry = people[index];
        if (entry) await work(entry);
      });
      const seconds = (performance.now() - started) / 1000;
      progress(`${name}: ${users} people in ${seconds.toFixed(1)} s`);
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
    const seconds = await phase('buildSummaryCard', async ({ person, services }) => {
      if (!services) return;
      const card = await buildSummaryCard(services, person, WEEK);
      cardBytes = Math.max(cardBytes, Buffer.byteLength(JSON.stringify(card)));
    });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    printResult(
      'summary',
      { kind: 'floor', is: "reading every person's summary rows (readSummaryRows) with no figures and no card" },
      { users, seconds: round2(seconds), baselineSeconds: round2(baselineSeconds), ratio: round2(seconds / baselineSeconds), peakRssMb: Math.round(peakRss / 2 ** 20), cardBytes, shardSize },
    );
  } finally {
    clearInterval(sampler);
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
