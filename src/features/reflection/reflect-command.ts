import { defineCommand } from '../definitions';
import { reflectNow } from './reflect-now';

/** `reflecteer` / `reflect`: a question now, besides the scheduled one. */
export const reflectCommand = defineCommand({
  kinds: ['reflect'],
  scope: 'personal',
  handle: (turn, _command, services) => reflectNow(turn, services),
});
