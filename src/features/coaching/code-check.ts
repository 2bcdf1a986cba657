import type { CoachingDeps } from './coaching-deps';
import { isWellFormedCode, refusalFor, type CodeRefusal } from '../../domain/coach-code';
import type { FoundCode } from '../../store/coach-codes-repository';

type CodeCheck =
  | { kind: 'blocked' }
  | { kind: 'refused'; refusal: CodeRefusal }
  /** The code may be used; `done` gives the try back (call it whatever happens next). */
  | { kind: 'usable'; found: FoundCode; done: () => Promise<void> };

/**
 * Looks up a code someone typed or sent, within the guessing limit: a try is taken before the
 * lookup (src/domain/code-attempts.ts); a wrong code keeps it, a right code or the person's own
 * gives it back. While blocked nothing is looked up, so the right code is refused too.
 */
export async function checkCode(services: CoachingDeps, personKey: string, code: string, now: Date): Promise<CodeCheck> {
  const attempts = services.coach.attempts;
  const ticket = await attempts.reserve(personKey, now);
  if (!ticket.ok) return { kind: 'blocked' };
  const found = isWellFormedCode(code) ? await services.coach.codes.find(code) : undefined;
  const refusal = refusalFor(found?.code, personKey, now);
  if (!found || refusal) {
    if (refusal === 'own') await attempts.release(personKey, ticket.id);
    else await attempts.fail(personKey, now);
    return { kind: 'refused', refusal: refusal ?? 'unknown' };
  }
  return { kind: 'usable', found, done: () => attempts.release(personKey, ticket.id) };
}
