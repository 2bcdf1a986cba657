/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Validates expanded cards with the Adaptive Cards SDK, as Teams' renderer would read them:
 * version at most 1.5, no parse or validation events except the Teams chart elements, which
 * must carry a fallback.
 */
interface SerializationContext {
  eventCount: number;
  getEventAt(i: number): { message: string };
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => { parse(json: unknown, ctx: SerializationContext): void; validateProperties(): { validationEvents: { message: string }[] } };
  SerializationContext: new () => SerializationContext;
}

const AC = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const version = (card as { version?: unknown }).version;
  if (version !== '1.5' && version !== '1.4' && version !== '1.3' && version !== '1.2') problems.push(`version ${String(version)} is not one Teams renders`);
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  for (let i = 0; i < ctx.eventCount; i += 1) {
    const message = ctx.getEventAt(i).message;
    if (/Unknown element type "Chart\./.test(message)) continue;
    problems.push(message);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  problems.push(...chartsWithoutFallback(card));
  if (JSON.stringify(card).includes('${')) problems.push('unexpanded template binding');
  return problems;
}

function chartsWithoutFallback(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => chartsWithoutFallback(n, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.type === 'string' && record.type.startsWith('Chart.') && record.fallback === undefined ? [`${path}: ${record.type} has no fallback`] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => chartsWithoutFallback(v, `${path}.${k}`))];
}
