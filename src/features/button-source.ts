import { z } from 'zod';

/**
 * The data of a button that runs a command: only which card it is on. Strict, so a payload
 * with anything else (a forged user id, say) is refused as any malformed card action is.
 */
export function buttonSource<const T extends readonly [string, ...string[]]>(cards: T) {
  return z.object({ from: z.enum(cards) }).strict();
}
