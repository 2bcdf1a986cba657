import { createHash } from 'node:crypto';
import type { Checkin } from '../../src/domain/checkin';
import { deletePerson } from '../../src/features/privacy/delete-person';
import { runReport, type ReportRun } from '../../src/report/run-report';
import { newCheckinId } from '../../src/store/checkins-repository';
import { TENANT, testUser } from '../support/activities';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * `npm run report` on a real Azurite, with people, answers and check-ins written through the app's
 * own repositories. Monday 30 November 2026: the newest settled week is 2026-W47 (16–22 November).
 */
const NOW = new Date('2026-11-30T12:00:00Z');
const SMALL_TENANT = '00000000-0000-0000-0000-0000000000bb';
const NOTE = 'Geheime-notitie-over-de-wethouder';

describe('adoption report', () => {
  let t: TestApp;
  const reportAt = (now: Date, ...argv: string[]): Promise<ReportRun> => runReport({ config: t.config, tables: t.tables, argv, now });
  const report = (...argv: string[]): Promise<ReportRun> => reportAt(NOW, ...argv);

  /** Registers `count` people from number `from` on; the first `active` of them answer twice in week 47. */
  async function seed(tenantId: string, from: number, count: number, active: number): Promise<void> {
    for (let n = from; n < from + count; n += 1) {
      const user = testUser(n);
      const { person } = await t.app.services.people.ensure({ tenantId, aadObjectId: user.aadObjectId, name: user.name, locale: 'nl', timeZone: 'Europe/Amsterdam', now: new Date('2026-10-01T08:00:00Z') });
      if (n - from >= active) continue;
      for (const localDate of ['2026-11-17', '2026-11-18']) {
        await t.app.services.answers.save(person.key, {
          deliveryId: `${localDate}_prompt`,
          promptId: 'prompt',
          paradoxId: 'niet-weten-besluiten',
          position: 3,
          lens: 'ideaaltypen',
          roleId: 'verbinder',
          note: `${NOTE}-${n}`,
          answeredAt: `${localDate}T15:00:00Z`,
          localDate,
        });
      }
    }
  }

  async function startCheckin(tenantId: string, createdAt: string): Promise<void> {
    const checkin: Checkin = {
      conversationKey: `conv-${tenantId.slice(-2)}`,
      id: newCheckinId(Date.parse(createdAt), `token-${createdAt}`),
      topicKind: 'dilemma',
      topicId: 'kamerbrief-positief',
      lens: 'ideaaltypen',
      minimum: 5,
      notesAllowed: false,
      locale: 'nl',
      owner: 'starter-key',
      tenantId,
      createdAt,
      dueAt: '2026-11-20T12:00:00Z',
      expiresAt: '2027-05-20T12:00:00Z',
      status: 'open',
      reference: { channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: `19:team-${tenantId.slice(-2)}@thread.tacv2`, conversationType: 'channel', tenantId } },
    };
    expect(await t.app.services.checkins.checkins.create(checkin)).toBe(true);
  }

  beforeAll(async () => {
    t = await startTestApp();
    // 14 people of whom 13 answer twice: shown as 15 registered, 15 active, 25 answers (26).
    await seed(TENANT, 1, 14, 13);
    // 9 people who all answer: a group too small to show anything of.
    await seed(SMALL_TENANT, 101, 9, 9);
    for (const at of ['2026-11-16T09:00:00Z', '2026-11-18T09:00:00Z', '2026-11-22T20:00:00Z']) await startCheckin(TENANT, at);
    // Monday 00:30 in Amsterdam: week 48, not reported yet.
    await startCheckin(TENANT, '2026-11-22T23:30:00Z');
    await startCheckin(SMALL_TENANT, '2026-11-18T09:00:00Z');
  }, 60_000);
  afterAll(async () => t.close());

  it('when the report runs as JSON, then a group of 10 or more shows rounded figures and a group of 9 shows none', async () => {
    const run = await report('--json', '--weeks', '2');
    expect(run).toMatchObject({ exitCode: 0, problem: '' });
    const json = JSON.parse(run.output) as { timeZone: string; rules: unknown; organisations: { label: string; tenantId?: string; weeks: Record<string, unknown>[] }[] };
    expect(json.timeZone).toBe('Europe/Amsterdam');
    expect(json.rules).toEqual({ minGroup: 10, roundTo: 5, answersFromActive: 15 });
    expect(json.organisations).toHaveLength(2);
    const [large, small] = ['large', 'small'].map((which) => json.organisations.find((o) => (o.weeks[1]?.registered === null) === (which === 'small')));
    expect(large?.weeks).toEqual([
      { week: '2026-W46', from: '2026-11-09', to: '2026-11-15', registered: 15, active: 0, answers: null, checkins: 0 },
      { week: '2026-W47', from: '2026-11-16', to: '2026-11-22', registered: 15, active: 15, answers: 25, checkins: 5 },
    ]);
    expect(small?.weeks.map((w) => [w.week, w.registered, w.active, w.answers, w.checkins])).toEqual([
      ['2026-W46', null, null, null, null],
      ['2026-W47', null, null, null, null],
    ]);
    expect(large?.label).toMatch(/^[0-9a-f]{8}$/);
    expect(large?.tenantId).toBeUndefined();
  });

  it('when the report runs as text, then it is a Dutch table that hides the small group and names no one', async () => {
    const run = await report('--weeks', '2');
    expect(run.exitCode).toBe(0);
    expect(run.output).toContain('Positie: gebruik per week');
    expect(run.output).toMatch(/\n2026-W47 +16 nov – 22 nov +15 +15 +25 +5\n/);
    expect(run.output).toMatch(/\n2026-W47 +16 nov – 22 nov +te weinig om te tonen\n/);
    expect(run.output).toMatch(/\n2026-W46 +9 nov – 15 nov +15 +0 +te weinig om te tonen +0\n/);
    const english = await report('--weeks', '2', '--lang', 'en');
    expect(english.output).toContain('too few to show');
    expect(english.output).toContain('Answers are shown from 15 active people.');
  });

  it('when any form of the report is made, then no tenant id, person id, name or note appears unless tenant ids are asked for', async () => {
    const outputs = await Promise.all([report(), report('--json'), report('--lang', 'en'), report('--json', '--tenant', SMALL_TENANT)]);
    const everything = outputs.map((o) => o.output).join('\n');
    for (const n of [1, 14, 101, 109]) {
      const user = testUser(n);
      for (const secret of [user.aadObjectId, user.id, user.name, `${NOTE}-${n}`]) expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain(NOTE);
    expect(everything).not.toContain(TENANT);
    expect(everything).not.toContain(SMALL_TENANT);
    expect((await report('--tenant-ids')).output).toContain(`(${TENANT})`);
  });

  it('when one organisation is asked for, then only it is shown; an unknown one reads exactly like one too small to show', async () => {
    const one = JSON.parse((await report('--json', '--tenant', TENANT, '--weeks', '1')).output) as { organisations: { weeks: { registered: number | null }[] }[] };
    expect(one.organisations.map((o) => o.weeks.map((w) => w.registered))).toEqual([[15]]);
    const unknown = '00000000-0000-0000-0000-0000000000dd';
    const label = (tenantId: string) => createHash('sha256').update(tenantId).digest('hex').slice(0, 8);
    for (const form of [['--json'], [], ['--lang', 'en'], ['--json', '--tenant-ids']]) {
      const small = await report(...form, '--tenant', SMALL_TENANT);
      const none = await report(...form, '--tenant', unknown);
      expect(none.exitCode).toBe(small.exitCode);
      expect(none.problem).toBe(small.problem);
      expect(none.output).toBe(small.output.split(label(SMALL_TENANT)).join(label(unknown)).split(SMALL_TENANT).join(unknown));
    }
    // Nothing is written for a made-up id.
    const frozen: unknown[] = [];
    for await (const row of t.tables.table('adoptionFigures').listEntities()) if (JSON.stringify(row).includes(unknown)) frozen.push(row);
    expect(frozen).toEqual([]);
    expect(await report('--weeks', 'lots')).toMatchObject({ exitCode: 2, output: '' });
    expect((await report('--weeks', '30')).problem).toContain('--weeks can be at most 24');
  });

  it('when people erase their data after a week was shown, then that week reads the same in a later run; a week shown later counts without them', async () => {
    const tenantId = '00000000-0000-0000-0000-0000000000cc';
    await seed(tenantId, 201, 12, 12);
    type Json = { organisations: { weeks: { week: string; registered: number | null; active: number | null }[] }[] };
    const weeksOf = async (now: Date, weeks: string): Promise<unknown> =>
      (JSON.parse((await reportAt(now, '--json', '--tenant', tenantId, '--weeks', weeks)).output) as Json).organisations[0]?.weeks.map((w) => [w.week, w.registered, w.active]);
    expect(await weeksOf(NOW, '1')).toEqual([['2026-W47', 10, 10]]);
    // Three erase their data: 9 people are left, a group too small to show.
    for (const n of [201, 202, 203]) {
      const person = await t.app.services.people.find(tenantId, testUser(n).aadObjectId);
      if (!person) throw new Error('seeded person missing');
      await deletePerson(t.app.services, person);
    }
    expect(await weeksOf(NOW, '1')).toEqual([['2026-W47', 10, 10]]);
    const weekLater = new Date(NOW.getTime() + 7 * 86_400_000);
    expect(await weeksOf(weekLater, '2')).toEqual([
      ['2026-W47', 10, 10],
      ['2026-W48', null, null],
    ]);
  });
});
