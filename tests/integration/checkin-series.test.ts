import { rotationTopics, topicView } from '../../src/features/checkins/checkin-topic';
import { runTick } from '../../src/scheduler/tick';
import { testUser } from '../support/activities';
import { cardsOf, findData } from '../support/card-reading';
import { startTestApp, type TestApp } from '../support/test-app';
import { CheckinFlow } from './checkin-flow';

jest.setTimeout(120_000);

const MINUTE = 60_000;
/** Monday 2 March 2026, 08:00 in Amsterdam. */
const MONDAY_8 = new Date('2026-03-02T07:00:00Z');
/** Mondays at 09:00 in Amsterdam: 08:00 UTC in winter time, 07:00 UTC from 29 March (summer time). */
const MONDAYS_9 = ['2026-03-02T08:00:00Z', '2026-03-09T08:00:00Z', '2026-03-16T08:00:00Z', '2026-03-23T08:00:00Z', '2026-03-30T07:00:00Z'];
const occurrence = (week: number) => new Date(MONDAYS_9[week] ?? '');

/** Recurring check-ins, posted by the scheduler of two or three instances on one storage account. */
describe('recurring team check-ins', () => {
  const prefix = `series${process.pid}x${Math.floor(Math.random() * 1e6)}`;
  const shared = { TABLE_PREFIX: prefix, CHECKIN_SECRET: 's'.repeat(40), EXPORT_SECRET: 'x'.repeat(40) };
  const instances: TestApp[] = [];
  const lead = testUser(1600);
  const member = testUser(1601);
  let flow: CheckinFlow;
  let seriesId = '';

  beforeAll(async () => {
    for (const id of ['one', 'two', 'three']) instances.push(await startTestApp(shared, { instanceId: id }));
    for (const i of instances) i.clock.now = MONDAY_8;
    flow = new CheckinFlow(first(), 'series-weekly');
  });
  afterAll(async () => Promise.all(instances.map((i) => i.close())));

  function first(): TestApp {
    const app = instances[0];
    if (!app) throw new Error('no instances');
    return app;
  }
  /** Every instance ticks at `at`, at the same time. */
  async function tickAll(at: Date): Promise<void> {
    for (const i of instances) i.clock.now = at;
    await Promise.all(instances.map((i) => runTick(i.app.ticker, at)));
  }
  const posted = () => first().connector.sentTo(flow.conversationId).filter((a) => JSON.stringify(a).includes('checkin.answer')).map((a) => JSON.stringify(a));
  const seriesRows = async () => {
    const rows: Record<string, unknown>[] = [];
    for await (const e of first().tables.table('checkinSeries').listEntities()) rows.push(e);
    return rows;
  };

  it('when a lead agrees a weekly check-in, then nothing is posted yet, and only their setup card can stop it', async () => {
    const setup = cardsOf((await flow.say(lead, 'check-in')).body)[0];
    expect(JSON.stringify(setup)).toContain('Hoe laat (tijdzone Europe/Amsterdam)');
    const agreed = await flow.act(lead, 'checkin.start', { token: findData(setup, 'token'), topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '24', minimum: '5', notes: 'false', repeat: 'weekly', weekday: '1', time: '09:00', rotate: 'true' });
    expect(agreed).toContain('Afgesproken: elke maandag om 09:00 (Europe/Amsterdam) zet ik een check-in in dit gesprek.');
    expect(agreed).toContain('Elke keer een ander onderwerp, te beginnen met: Het rapport in de la.');
    seriesId = /"seriesId":"([0-9a-f]{20})"/.exec(agreed)?.[1] ?? '';
    expect(seriesId).not.toBe('');
    expect(posted()).toEqual([]);
    // The series names nobody: its owner is a key for this series only.
    expect(JSON.stringify(await seriesRows())).not.toContain(lead.aadObjectId);

    const leadsCard = JSON.stringify(cardsOf((await flow.say(lead, 'check-in')).body));
    const membersCard = JSON.stringify(cardsOf((await flow.say(member, 'check-in')).body));
    for (const card of [leadsCard, membersCard]) expect(card).toContain('Elke maandag om 09:00 (Europe/Amsterdam), 1 dag open');
    expect(leadsCard).toContain('checkin.stopSeries');
    expect(membersCard).not.toContain('checkin.stopSeries');
    await tickAll(new Date(occurrence(0).getTime() - MINUTE));
    expect(posted()).toEqual([]);
  });

  it('when three instances tick together at its time, then the check-in is posted once, and ticking again posts nothing more', async () => {
    await tickAll(new Date(occurrence(0).getTime() + 30_000));
    expect(posted()).toHaveLength(1);
    expect(posted()[0]).toContain('Het rapport in de la');
    await tickAll(new Date(occurrence(0).getTime() + 90_000));
    await tickAll(new Date(occurrence(0).getTime() + 10 * MINUTE));
    expect(posted()).toHaveLength(1);
  });

  it('the lead does not answer it and can close it; it closes by itself after its hours', async () => {
    const checkinId = findData(JSON.parse(posted()[0] ?? '{}'), 'checkinId') ?? '';
    expect(await flow.act(lead, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'verbinder' })).toContain('Je beantwoordt hem niet zelf');
    expect(await flow.act(member, 'checkin.answer', { checkinId, choice: 'accepteren', role: 'verbinder' })).toContain('Jouw antwoord');
    expect(await flow.act(member, 'checkin.close', { checkinId })).toContain('Alleen wie deze check-in startte kan hem sluiten');
    expect(await flow.act(lead, 'checkin.close', { checkinId })).toContain('Nog 4 antwoorden nodig');
    await tickAll(new Date(occurrence(0).getTime() + 24 * 60 * MINUTE + MINUTE));
    const row = (await flow.checkinRows()).find((r) => r.table === 'checkins' && r.rowKey === checkinId);
    expect(row).toMatchObject({ status: 'closed', closedBy: 'deadline', count: 1, seriesId });
  });

  it('the next week the next topic comes, posted once again', async () => {
    await tickAll(new Date(occurrence(1).getTime() + 20_000));
    expect(posted()).toHaveLength(2);
    expect(posted()[1]).not.toContain('Het rapport in de la');
    // The next topic after the first in the library's order.
    const topics = rotationTopics(first().app.services.content);
    const next = topics[(topics.findIndex((x) => x.id === 'rapport-in-de-la') + 1) % topics.length];
    const title = next && topicView(first().app.services.content, { topicKind: next.kind, topicId: next.id }, 'nl')?.title;
    expect(title).toBeDefined();
    expect(posted()[1]).toContain(JSON.stringify(title).slice(1, -1));
    const series = (await seriesRows()).find((r) => r.rowKey === seriesId);
    expect(series).toMatchObject({ nextAt: occurrence(2).toISOString(), occurrence: 2 });
  });

  it('when an instance crashed after claiming an occurrence, then another posts it once after the lease', async () => {
    const at = occurrence(2);
    await first().tables.table('checkinSeries').createEntity({ partitionKey: `occ_${seriesId}`, rowKey: at.toISOString(), state: 'claimed', claimedAt: at.toISOString(), claimedBy: 'crashed', attempts: 1 });
    await tickAll(new Date(at.getTime() + 2 * MINUTE));
    expect(posted()).toHaveLength(2);
    await tickAll(new Date(at.getTime() + 6 * MINUTE));
    expect(posted()).toHaveLength(3);
    await tickAll(new Date(at.getTime() + 7 * MINUTE));
    expect(posted()).toHaveLength(3);
  });

  it('when Positie was down past the catch-up window, then the missed occurrence is skipped, not posted late', async () => {
    await tickAll(new Date(occurrence(3).getTime() + 4 * 60 * MINUTE));
    expect(posted()).toHaveLength(3);
    expect((await seriesRows()).find((r) => r.rowKey === seriesId)).toMatchObject({ nextAt: occurrence(4).toISOString() });
  });

  it('when someone else presses stop nothing changes; when the lead does, no check-in comes any more', async () => {
    expect(await flow.act(member, 'checkin.stopSeries', { seriesId })).toContain('Alleen wie de reeks instelde kan hem stoppen');
    expect((await seriesRows()).some((r) => r.rowKey === seriesId)).toBe(true);
    expect(await flow.act(lead, 'checkin.stopSeries', { seriesId })).toContain('De reeks is gestopt');
    expect((await seriesRows()).filter((r) => JSON.stringify(r).includes(seriesId))).toEqual([]);
    await tickAll(new Date(occurrence(4).getTime() + 30_000));
    expect(posted()).toHaveLength(3);
    expect(JSON.stringify(cardsOf((await flow.say(lead, 'check-in')).body))).not.toContain('Herhaalde check-ins in dit gesprek');
  });

  it('when a setup card asks for a repeat that does not exist or a time that is none, then nothing is agreed', async () => {
    const setup = cardsOf((await flow.say(lead, 'check-in')).body)[0];
    const base = { token: findData(setup, 'token'), topic: 'd:rapport-in-de-la', lens: 'ideaaltypen', hours: '24', minimum: '5', notes: 'false', weekday: '1', time: '09:00' };
    for (const wrong of [{ repeat: 'daily' }, { repeat: 'weekly', time: '25:00' }, { repeat: 'weekly', weekday: '8' }]) {
      expect(await flow.act(lead, 'checkin.start', { ...base, ...wrong })).toContain('Dit kon ik niet verwerken');
    }
    expect(await seriesRows()).toEqual([]);
  });
});
