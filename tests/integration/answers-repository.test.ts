import { startTestApp, type TestApp } from '../support/test-app';
import { AnswersRepository } from '../../src/store/answers-repository';
import type { Answer } from '../../src/domain/answer';

jest.setTimeout(60_000);

const answer = (localDate: string, answeredAt: string, extra: Partial<Answer> = {}): Answer => ({
  deliveryId: `${localDate}_prompt`,
  promptId: 'p-1',
  paradoxId: 'weten-besluiten',
  position: 2,
  lens: 'ideaaltypen',
  roleId: 'verbinder',
  answeredAt,
  localDate,
  ...extra,
});

/** A person's answers on Azurite, as the week, the history and the export read them. */
describe('answers, stored', () => {
  let t: TestApp;
  let answers: AnswersRepository;
  beforeAll(async () => {
    t = await startTestApp();
    answers = new AnswersRepository(t.tables.table('answers'));
  });
  afterAll(async () => t.close());

  it('when Tuesday\'s question is answered after Wednesday\'s, then the answers come oldest answered first, each with its tactic', async () => {
    await answers.save('tenant_anna', answer('2026-11-25', '2026-11-25T15:00:00.000Z'));
    await answers.save('tenant_anna', answer('2026-11-24', '2026-11-26T08:00:00.000Z', { tacticId: 'tegenspraak' }));
    const listed = await answers.listBetween('tenant_anna', '2026-11-23', '2026-11-29');
    expect(listed.map((a) => a.localDate)).toEqual(['2026-11-25', '2026-11-24']);
    expect(listed[1]).toStrictEqual(answer('2026-11-24', '2026-11-26T08:00:00.000Z', { tacticId: 'tegenspraak' }));
  });

  it('when a person\'s answers are deleted, then it says how many rows went and none are left', async () => {
    await answers.save('tenant_bram', answer('2026-11-24', '2026-11-24T15:00:00.000Z'));
    await answers.save('tenant_bram', answer('2026-11-25', '2026-11-25T15:00:00.000Z'));
    await answers.save('tenant_bram', answer('2026-11-25', '2026-11-25T16:00:00.000Z', { deliveryId: '2026-11-25_extra_0a1b2c3d' }));
    expect(await answers.deleteAll('tenant_bram')).toBe(3);
    expect(await answers.listBetween('tenant_bram', '0000-01-01', '9999-12-31')).toEqual([]);
    expect(await answers.listBetween('tenant_anna', '0000-01-01', '9999-12-31')).toHaveLength(2);
  });
});
