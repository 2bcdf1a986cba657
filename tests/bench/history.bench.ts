/**
 * The history card for one person with two years of answers, from a real Azurite:
 * `npm run bench:history -- --weeks 104 --runs 60`. Writes one answer per weekday for `--weeks`
 * weeks (≈ 500 for two years, a third with notes), then times the history card (twelve weeks,
 * read by local date) against a baseline that reads the person's whole partition and computes the
 * same card from it: a comparison design (the naive read), not a floor, so the ratio says what the
 * narrow read gains, not how close it comes to the least possible. Counts the entities each read returns (tests/bench/support/counting-tables.ts).
 * The last line of stdout is JSON; progress goes to stderr. Exits non-zero when the card's p95
 * is 300 ms or more.
 */
import { loadContent } from '../../src/content/load-content';
import { rolesOf } from '../../src/content/library-lookup';
import { renderHistory } from '../../src/cards/history-card';
import type { Answer } from '../../src/domain/answer';
import { historyFigures } from '../../src/domain/history-figures';
import { addDays, addWeeks, weekStartOf } from '../../src/domain/iso-week';
import { defaultSettings } from '../../src/domain/person-settings';
import { historyCard } from '../../src/features/history/history-views';
import { AnswersRepository } from '../../src/store/answers-repository';
import { startAzurite } from '../../src/store/embedded-azurite';
import { personKey } from '../../src/store/keys';
import type { Person } from '../../src/domain/person';
import { createTableStore } from '../../src/store/table-store';
import { countingTables } from './support/counting-tables';
import { numberArgument, percentiles, printResult, progress } from './support/bench-kit';

const NOW = new Date('2026-11-26T12:00:00Z'); // a Thursday
const P95_BUDGET_MS = 300;
const ROLES = ['bureaucraat', 'ondernemer', 'verbinder'];
const PARADOXES = ['maakbaar-open', 'weten-besluiten'];

/** Monday to Friday for `weeks` weeks up to this week; every third answer has a note. */
function twoYears(weeks: number): Answer[] {
  const thisWeek = weekStartOf(NOW, 'Europe/Amsterdam');
  const answers: Answer[] = [];
  for (let w = weeks - 1; w >= 0; w -= 1) {
    for (let day = 0; day < 5; day += 1) {
      const localDate = addDays(addWeeks(thisWeek, -w), day);
      if (localDate > '2026-11-26') continue;
      const n = answers.length;
      answers.push({
        deliveryId: `${localDate}_prompt`,
        promptId: 'p-mo-1',
        paradoxId: PARADOXES[n % 2] ?? 'maakbaar-open',
        position: ((n % 5) + 1) as Answer['position'],
        lens: 'ideaaltypen',
        roleId: ROLES[(n * 7 + day) % 3] ?? 'verbinder',
        answeredAt: `${localDate}T15:10:00Z`,
        localDate,
        ...(n % 3 === 0 ? { note: `Notitie ${n}: overleg met de ketenpartners over de planning.` } : {}),
      });
    }
  }
  return answers;
}

async function main(): Promise<void> {
  const weeks = Math.round(numberArgument('weeks', 104, 1));
  const runs = Math.round(numberArgument('runs', 60, 1));
  const azurite = await startAzurite({});
  try {
    const content = loadContent();
    const counted = countingTables(createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, 'benchhist'));
    const table = counted.tables.table('answers');
    await table.createTable();
    const answers = new AnswersRepository(table);
    const tenantId = 'bench-tenant';
    const aadObjectId = '00000000-0000-0000-0000-000000000001';
    const person: Person = { key: personKey(tenantId, aadObjectId), tenantId, aadObjectId, name: 'P1', settings: defaultSettings('Europe/Amsterdam', 'nl'), active: true, createdAt: '2024-11-01T00:00:00Z' };
    const written = twoYears(weeks);
    for (const answer of written) await answers.save(person.key, answer);
    progress(`wrote ${written.length} answers`);
    const services = { answers, content, now: () => NOW };
    const { lens, timeZone, locale } = person.settings;
    const roleIds = rolesOf(content, lens).map((r) => r.id);

    const measure = async (name: string, work: () => Promise<unknown>): Promise<{ p50: number; p95: number; entitiesPerCard: number }> => {
      await work(); // warm-up: template cache, connection
      counted.reset();
      const samples: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await work();
        samples.push(performance.now() - started);
      }
      const entities = counted.tally.get('answers.list')?.entities ?? 0;
      const { p50, p95 } = percentiles(samples);
      const result = { p50, p95, entitiesPerCard: Math.round(entities / runs) };
      progress(`${name}: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.entitiesPerCard} entities a card`);
      return result;
    };
    // Baseline: the same card from the whole partition.
    const baseline = await measure('baseline (whole partition)', async () => {
      const all = await answers.listBetween(person.key, '0000-01-01', '9999-12-31');
      return renderHistory(historyFigures({ answers: all, now: NOW, timeZone, roleIds, lensId: lens }), locale, content);
    });
    const card = await measure('history card', () => historyCard(services, person));
    const ok = card.p95 < P95_BUDGET_MS;
    printResult(
      'history',
      { kind: 'comparison', is: "the same card computed from the person's whole partition (the naive read)" },
      {
        answers: written.length,
        runs,
        p50Ms: card.p50,
        p95Ms: card.p95,
        entitiesRead: card.entitiesPerCard,
        baselineP50Ms: baseline.p50,
        baselineP95Ms: baseline.p95,
        baselineEntitiesRead: baseline.entitiesPerCard,
        budgetP95Ms: P95_BUDGET_MS,
        ok,
      },
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
