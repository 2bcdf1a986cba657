import type { CoachStrings } from '../../cards/strings/coach-strings';
import type { CodeRefusal } from '../../domain/coach-code';

/**
 * Why a code did not work. Unknown, used and expired get one and the same reply, so a guesser
 * learns nothing from it; only your own code is named as such (it tells you nothing new).
 */
export function refusalText(s: CoachStrings, refusal: CodeRefusal): string {
  return refusal === 'own' ? s.codeOwn : s.codeRefused;
}
