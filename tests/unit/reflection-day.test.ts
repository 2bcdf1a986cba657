import type { Answer } from '../../src/domain/answer';
import { dayAnswerOf, isExtraDelivery, weekCounts } from '../../src/domain/reflection-day';

function answer(deliveryId: string, localDate = deliveryId.slice(0, 10)): Answer {
  return { deliveryId, promptId: 'p', paradoxId: 'x', position: 3, lens: 'ideaaltypen', roleId: 'verbinder', answeredAt: `${localDate}T15:00:00Z`, localDate };
}

describe('the rules of a reflection day (pure)', () => {
  it('when a delivery id is an extra question, then it is told apart from the day question and the scheduled prompt', () => {
    expect(isExtraDelivery('2026-11-24_extra_0a1b2c3d')).toBe(true);
    expect(isExtraDelivery('2026-11-24_reflect_0a1b2c3d')).toBe(false);
    expect(isExtraDelivery('2026-11-24_prompt')).toBe(false);
    expect(isExtraDelivery('2026-11-24_extra_0a1b2c3d_x')).toBe(false);
  });

  it('when a day has an extra answer and a day answer, then the day answer is the one that is not extra', () => {
    expect(dayAnswerOf([answer('2026-11-24_extra_0a1b2c3d'), answer('2026-11-24_prompt')])?.deliveryId).toBe('2026-11-24_prompt');
    expect(dayAnswerOf([answer('2026-11-24_extra_0a1b2c3d')])).toBeUndefined();
  });

  it('when four prompts came, three days were answered and one extra question too, then it is 4 answers to 5 questions', () => {
    const answers = [answer('2026-11-23_prompt'), answer('2026-11-24_prompt'), answer('2026-11-25_reflect_00000001'), answer('2026-11-25_extra_00000002')];
    expect(weekCounts(answers, ['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27'])).toEqual({ answers: 4, questions: 6 });
  });

  it('when a prompt went unanswered, then the answers are fewer than the questions (week 50 said 3 on 3)', () => {
    expect(weekCounts([answer('2026-12-07_prompt'), answer('2026-12-08_prompt'), answer('2026-12-09_reflect_00000001')], ['2026-12-07', '2026-12-08', '2026-12-10'])).toEqual({ answers: 3, questions: 4 });
  });

  it('when an old profile holds two day answers for one date, then that date counts once on both sides', () => {
    const counts = weekCounts([answer('2026-11-24_reflect_00000001'), answer('2026-11-24_reflect_00000002')], ['2026-11-24']);
    expect(counts).toEqual({ answers: 1, questions: 1 });
  });

  it('whatever the week held, the answers never exceed the questions', () => {
    const ids = ['2026-11-23_prompt', '2026-11-23_extra_00000001', '2026-11-24_reflect_00000001', '2026-11-28_extra_00000002', '2026-11-29_reflect_00000003'];
    for (let mask = 0; mask < 1 << ids.length; mask += 1) {
      const chosen = ids.filter((_, i) => (mask >> i) & 1).map((id) => answer(id));
      const counts = weekCounts(chosen, mask & 1 ? ['2026-11-23'] : []);
      expect(counts.answers).toBeLessThanOrEqual(counts.questions);
    }
  });
});
