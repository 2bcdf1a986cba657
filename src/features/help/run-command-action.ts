import { z } from 'zod';
import { VERBS } from '../../cards/verbs';
import { commandOfKind, NAMED_COMMAND_KINDS, type NamedCommandKind } from '../../domain/commands';
import { defineAction } from '../definitions';

const kinds = NAMED_COMMAND_KINDS as [NamedCommandKind, ...NamedCommandKind[]];

/**
 * A button that runs a command (on the hello, thanks, stop and "did you mean" cards). The data
 * names a command kind from the list and nothing else; the router runs it as if it was typed,
 * with the same scope check, so a button can do nothing a person could not type.
 */
export const runCommandAction = defineAction({
  verb: VERBS.runCommand,
  scope: 'any',
  schema: z.object({ command: z.enum(kinds) }),
  handle: async (_turn, input) => ({ type: 'command', command: commandOfKind(input.command) }),
});
