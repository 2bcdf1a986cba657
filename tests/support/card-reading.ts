import { replies } from './test-app';

/** The Adaptive Cards attached to the replies of an expectReplies response. */
export function cardsOf(body: unknown): Record<string, unknown>[] {
  return replies(body).flatMap((activity) => {
    const attachments = activity.attachments;
    return Array.isArray(attachments) ? attachments.map((a) => (a as { content: Record<string, unknown> }).content) : [];
  });
}

/** The card returned by an adaptiveCard/action invoke. */
export function invokeCard(body: unknown): Record<string, unknown> {
  const value = (body as { value?: unknown } | undefined)?.value;
  if (typeof value !== 'object' || value === null) throw new Error(`no card in invoke response: ${JSON.stringify(body)}`);
  return value as Record<string, unknown>;
}

/** The note an invoke answered with instead of a card: the clicked card stays as it was. */
export function invokeNote(body: unknown): string {
  const { type, value } = (body ?? {}) as { type?: unknown; value?: unknown };
  if (type !== 'application/vnd.microsoft.activity.message' || typeof value !== 'string') throw new Error(`the clicked card was replaced: ${JSON.stringify(body)}`);
  return value;
}

/**
 * The card a click opened below the clicked one (verbs that `open`): the invoke answer is a note,
 * so the clicked card stays, and the new card came as a message of its own.
 */
export function openedCard(click: { body: unknown; posted: Record<string, unknown>[] }): Record<string, unknown> {
  invokeNote(click.body);
  const [card] = click.posted;
  if (!card) throw new Error('the click posted no card');
  return card;
}

/** The first `data` value with this key found anywhere in a card (e.g. deliveryId). */
export function findData(card: unknown, key: string): string | undefined {
  if (Array.isArray(card)) {
    for (const item of card) {
      const found = findData(item, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof card !== 'object' || card === null) return undefined;
  const record = card as Record<string, unknown>;
  const data = record.data as Record<string, unknown> | undefined;
  if (data && typeof data[key] === 'string') return data[key];
  for (const value of Object.values(record)) {
    const found = findData(value, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The choice values of an input in a card (e.g. the roles offered). */
export function choicesOf(card: unknown, inputId: string): string[] {
  const text = JSON.stringify(card);
  const parsed = JSON.parse(text) as unknown;
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const r = node as Record<string, unknown>;
    if (r.id === inputId && Array.isArray(r.choices)) found.push(...r.choices.map((c) => String((c as { value: unknown }).value)));
    Object.values(r).forEach(walk);
  };
  walk(parsed);
  return found;
}
