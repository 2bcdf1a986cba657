/** The verb of a card click as Teams sent it (unchecked: a word from an old card, or anything). */
export function clickedVerb(value: unknown): unknown {
  return (value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
}
