import { z } from 'zod';
import { VERBS } from '../../cards/verbs';
import { defineAction, type ActionDefinition, type CommandDefinition } from '../definitions';

/**
 * A button that runs a command (on the hello, thanks, stop and "did you mean" cards). The data
 * names a registered command with words and nothing else; the router
 * runs it as if it was typed, with the same scope check, so a button can do nothing a person
 * could not type.
 */
export function runCommandActionFor(commands: ReadonlyArray<Pick<CommandDefinition, 'kind' | 'words' | 'plain'>>): ActionDefinition<unknown> {
  // A button names a command by its kind and runs its plain form (this week's summary, an open pause).
  const plain = new Map(commands.flatMap((c) => (c.words ? [[c.kind, c.plain] as const] : [])));
  return defineAction({
    verb: VERBS.runCommand,
    scope: 'any',
    schema: z.object({ command: z.string().refine((kind) => plain.has(kind)) }),
    handle: async (_turn, input) => ({ type: 'command', command: plain.get(input.command) ?? { kind: input.command } }),
  });
}
