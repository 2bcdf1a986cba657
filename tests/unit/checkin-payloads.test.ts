import { answerSchema, checkinIdSchema, NOTE_MAX, startSchema } from '../../src/features/checkins/checkin-payloads';

/** The check-in card payloads: what parses and what does not (mutation testing found these unguarded). */
const ID = '1764583200000-0123456789';
const answer = (note: string | undefined, notesAllowed = true) =>
  answerSchema(['a', 'b'], ['verbinder'], notesAllowed).safeParse({ checkinId: ID, choice: 'a', role: 'verbinder', ...(note === undefined ? {} : { note }) });
const setup = { token: 't', topic: 'd:x', lens: 'ideaaltypen', hours: '48', minimum: '5', notes: 'true' };

describe('check-in payloads', () => {
  it('when a check-in id has anything before or after its form, then it does not parse', () => {
    expect(checkinIdSchema.safeParse(ID).success).toBe(true);
    expect(checkinIdSchema.safeParse(`x${ID}`).success).toBe(false);
    expect(checkinIdSchema.safeParse(`${ID}x`).success).toBe(false);
  });

  it('when a note is up to NOTE_MAX characters after trimming, then it parses trimmed; one more does not', () => {
    const longest = 'n'.repeat(NOTE_MAX);
    const parsed = answer(`  ${longest}  `);
    expect(parsed.success && parsed.data.note).toBe(longest);
    expect(answer(`${longest}n`).success).toBe(false);
  });

  it('when a note is empty or only spaces, then the answer has no note, also where notes are not allowed', () => {
    for (const note of ['', '   ']) {
      for (const notesAllowed of [true, false]) {
        const parsed = answer(note, notesAllowed);
        expect(parsed.success).toBe(true);
        expect(parsed.success && parsed.data.note).toBeUndefined();
      }
    }
    expect(answer('een notitie', false).success).toBe(false);
  });

  it('when the setup card says rotate false or nothing, then the series does not rotate; true rotates', () => {
    const parse = (extra: Record<string, string>) => startSchema(5).parse({ ...setup, ...extra }).rotate;
    expect(parse({ rotate: 'false' })).toBe(false);
    expect(parse({})).toBe(false);
    expect(parse({ rotate: 'true' })).toBe(true);
  });
});
