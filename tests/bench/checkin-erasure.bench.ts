/**
 * Issue 18: "delete my data" with many check-ins kept. A person's check-in keys differ per
 * check-in, so erasure recomputes them for every check-in still kept in the tenant and reads one
 * row per check-in. This seeds `--checkins` closed check-ins (default 5,000) over 50 channels,
 * each with `--answers` answers (default 5); the person answered `--mine` of them and started 10.
 * Then, through /api/messages as the person does it, it times the confirmation card (which
 * counts their rows) and the confirmed delete, and checks that exactly their rows went. The
 * baseline is a comparison, not a floor: the same confirmation and delete, in the same tenant, for
 * a person with no check-in rows (what keeping the check-ins costs anyone who erases their data).
 *   npx tsx tests/bench/checkin-erasure.bench.ts [--checkins 5000] [--answers 5] [--mine 100]
 * The last stdout line is JSON.
 */
import type { TableTransaction } from '@azure/data-tables';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { responseKeyOf, starterKeyOf } from '../../src/domain/pseudonym';
import { createLogger } from '../../src/log';
import { startAzurite } from '../../src/store/embedded-azurite';
import { createTableStore } from '../../src/store/table-store';
import { invokeActivity, messageActivity, TENANT, testUser } from '../support/activities';
import { cardsOf, findData, invokeCard } from '../support/card-reading';
import { inPool, numberArgument, printResult, progress, round2 } from './support/bench-kit';

const SERVICE_URL = 'http://127.0.0.1:9';
const CHANNELS = 50;

async function main(): Promise<void> {
  const checkins = numberArgument('checkins', 5000, 1);
  const answers = numberArgument('answers', 5, 1);
  const mine = Math.min(checkins, numberArgument('mine', 100, 0));
  const azurite = await startAzurite({});
  try {
    const config = loadConfig({ TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'erase', SCHEDULER: 'off', LOG_LEVEL: 'silent' });
    const tables = createTableStore({ kind: 'connectionString', connectionString: azurite.connectionString }, config.TABLE_PREFIX);
    const app = await createApp({ config, logger: createLogger('silent'), tables });
    const port = await app.listen(0);
    const post = async (activity: unknown): Promise<unknown> => {
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
      return (await response.json()) as unknown;
    };
    const person = testUser(7);
    await post(messageActivity(person, 'hulp', { serviceUrl: SERVICE_URL }));
    const secret = app.services.checkins.secret;

    let started = performance.now();
    const checkinTable = tables.table('checkins');
    const responseTable = tables.table('checkinResponses');
    const idOf = (i: number) => `${String(9_000_000_000_000 - i).padStart(13, '0')}-${i.toString(16).padStart(10, '0')}`;
    await inPool(CHANNELS, 8, async (channel) => {
      const batch: TableTransaction['actions'] = [];
      for (let i = channel; i < checkins; i += CHANNELS) {
        const id = idOf(i);
        const owner = i < 10 ? starterKeyOf(secret, TENANT, id, person.aadObjectId) : `someone-${i}`;
        batch.push(['create', { partitionKey: `conv-bench-${channel}`, rowKey: id, topicKind: 'dilemma', topicId: 'rapport-in-de-la', lens: 'ideaaltypen', minimum: 5, notesAllowed: true, locale: 'nl', owner, tenantId: TENANT, createdAt: '2026-11-01T10:00:00.000Z', dueAt: '2026-11-03T10:00:00.000Z', expiresAt: '2027-05-02T10:00:00.000Z', status: 'closed', reference: '{}', count: answers, result: JSON.stringify({ count: answers, tooFew: false, distribution: [], roleShares: [], notes: [] }) }]);
        if (batch.length === 100) await checkinTable.submitTransaction(batch.splice(0));
      }
      if (batch.length > 0) await checkinTable.submitTransaction(batch.splice(0));
    });
    await inPool(checkins, 16, async (i) => {
      const id = idOf(i);
      const rows: TableTransaction['actions'] = Array.from({ length: answers }, (_, a) => ['create', { partitionKey: id, rowKey: a === 0 && i < mine ? responseKeyOf(secret, TENANT, id, person.aadObjectId) : `other-${i}-${a}`, choice: 'accepteren', roleId: 'verbinder' }]);
      await responseTable.submitTransaction(rows);
    });
    progress(`seeded ${checkins} check-ins with ${checkins * answers} answers in ${round2((performance.now() - started) / 1000)} s`);

    started = performance.now();
    const confirm = cardsOf(await post(messageActivity(person, 'verwijder mijn gegevens', { serviceUrl: SERVICE_URL })))[0];
    const previewMs = performance.now() - started;
    if (!JSON.stringify(confirm).includes(`teamcheck-ins (${mine})`)) throw new Error(`the confirmation card does not count ${mine} check-in answers`);
    started = performance.now();
    const done = JSON.stringify(invokeCard(await post(invokeActivity(person, 'delete.confirm', { token: findData(confirm, 'token') }, { serviceUrl: SERVICE_URL }))));
    const deleteMs = performance.now() - started;
    if (!done.includes('Al je gegevens zijn gewist')) throw new Error('the delete was not confirmed');

    let left = 0;
    for await (const _row of responseTable.listEntities({ queryOptions: { select: ['RowKey'] } })) left += 1;
    let unlinked = 0;
    for await (const _row of checkinTable.listEntities({ queryOptions: { filter: "owner eq 'erased'", select: ['RowKey'] } })) unlinked += 1;
    if (left !== checkins * answers - mine || unlinked !== Math.min(10, checkins)) throw new Error(`expected ${checkins * answers - mine} answers left and 10 unlinked, found ${left} and ${unlinked}`);
    // The comparison: someone in the same tenant with nothing in the check-ins.
    const other = testUser(8);
    await post(messageActivity(other, 'hulp', { serviceUrl: SERVICE_URL }));
    started = performance.now();
    const otherConfirm = cardsOf(await post(messageActivity(other, 'verwijder mijn gegevens', { serviceUrl: SERVICE_URL })))[0];
    const otherPreviewMs = performance.now() - started;
    started = performance.now();
    const otherDone = JSON.stringify(invokeCard(await post(invokeActivity(other, 'delete.confirm', { token: findData(otherConfirm, 'token') }, { serviceUrl: SERVICE_URL }))));
    const otherDeleteMs = performance.now() - started;
    if (!otherDone.includes('Al je gegevens zijn gewist')) throw new Error('the comparison delete was not confirmed');
    await app.close();
    printResult(
      'checkin-erasure',
      { kind: 'comparison', is: 'the same confirmation and delete for a person in the same tenant with no check-in rows' },
      {
        checkinsKept: checkins,
        answersKept: checkins * answers,
        theirAnswers: mine,
        theirStarted: Math.min(10, checkins),
        confirmCardMs: Math.round(previewMs),
        deleteMs: Math.round(deleteMs),
        baselineConfirmCardMs: Math.round(otherPreviewMs),
        baselineDeleteMs: Math.round(otherDeleteMs),
        answersLeft: left,
        unlinked,
      },
    );
  } finally {
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
