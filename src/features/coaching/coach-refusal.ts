import type { CoachStrings } from '../../cards/strings/coach-strings';
import type { CodeRefusal } from '../../domain/coach-code';

/** Why a code did not work, in words the person can act on. */
export function refusalText(s: CoachStrings, refusal: CodeRefusal): string {
  switch (refusal) {
    case 'unknown':
      return s.codeUnknown;
    case 'own':
      return s.codeOwn;
    case 'used':
      return s.codeUsed;
    case 'expired':
      return s.codeExpired;
  }
}
