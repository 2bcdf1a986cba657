import { defineCommand } from '../definitions';
import { reflectNow } from './reflect-now';

/** `reflecteer` / `reflect`: today's question now, or today's answer and an extra question. */
export const reflectCommand = defineCommand({
  kinds: ['reflect'],
  scope: 'personal',
  handle: async (turn, _command, services) => {
    await reflectNow(turn, services);
  },
});
