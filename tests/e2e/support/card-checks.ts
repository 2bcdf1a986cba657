import { AxeBuilder } from '@axe-core/playwright';
import type { NodeResult, Result } from 'axe-core';
import type { Locator, Page } from 'playwright-core';

/** The element the Agents Playground renders an Adaptive Card into (the JS renderer's root). */
export const CARD_SELECTOR = '.ac-adaptiveCard';

/** The last card in the chat whose text contains `text`: the newest one, at the bottom. */
export function cardWith(page: Page, text: string | RegExp): Locator {
  return page.locator(CARD_SELECTOR).filter({ hasText: text }).last();
}

/**
 * Waits until the bottom card of the chat (the newest) contains `text`, and returns it: where a
 * card that a click opened must appear, whatever older cards say.
 */
export async function bottomCardWith(page: Page, text: string): Promise<Locator> {
  const selector = JSON.stringify(CARD_SELECTOR);
  await page.waitForFunction(`(() => { const cards = document.querySelectorAll(${selector}); const last = cards[cards.length - 1]; return !!last && last.textContent.includes(${JSON.stringify(text)}); })()`);
  return page.locator(CARD_SELECTOR).last();
}

/** Every card in the chat, top to bottom, as their text: to see what is where. */
export async function cardTexts(page: Page): Promise<string[]> {
  return page.locator(CARD_SELECTOR).allInnerTexts();
}

/**
 * Violations that come from the Playground's own Adaptive Card renderer, which no card can fix.
 * Each names its rule and, as a CSS selector, the elements it may be on; any other element with
 * that rule, and every other rule, still fails. Seen in the Playground (0.2.28) on a summary
 * with a chart, and on a trial card with Action.ToggleVisibility and Action.ShowCard:
 * - `aria-hidden-focus`: the renderer draws charts with Fluent UI, whose focus sentinels
 *   (`data-tabster-dummy`, focusable and aria-hidden) sit in the chart's drawing and legend. The
 *   figures are in the card as text beside the chart.
 * - `aria-allowed-attr`: a show/hide action gets `aria-expanded` on the plain element inside its
 *   button, which has no role that allows it.
 * - `aria-valid-attr-value`: a show/hide action (a button, or a container with a select action)
 *   gets `aria-controls` with the card's element id, while the renderer gives that element an id
 *   of its own, so the reference points nowhere.
 */
export const RENDERER_VIOLATIONS: readonly { rule: string; why: string; on: string }[] = [
  // The chart's root is named "Donut chart" or "Vertical bar chart with 3 series" (and is a role="alert").
  { rule: 'aria-hidden-focus', why: "focus sentinels in the renderer's chart drawing and legend", on: ':is([aria-label*="chart" i], [role="alert"][aria-label]) [data-tabster-dummy][aria-hidden="true"]' },
  { rule: 'aria-allowed-attr', why: 'show/hide state on a plain element inside the action', on: ':is([aria-expanded], [aria-controls]):not([role])' },
  { rule: 'aria-valid-attr-value', why: "show/hide action pointing at the card's id instead of the renderer's", on: '[role="button"][aria-controls]' },
];

export interface AxeReport {
  /** Serious and critical violations inside the card, with the renderer's taken out. */
  violations: { rule: string; impact: string; nodes: string[] }[];
  /** What was taken out as the renderer's, by rule (for the report). */
  renderer: Record<string, number>;
  /** Every violation axe found inside the card, of any impact, by rule. */
  all: Record<string, number>;
}

/**
 * Runs axe (WCAG 2.0/2.1 A and AA) on one card only, not on the Playground around it. Serious
 * and critical violations count, minus the renderer's own (RENDERER_VIOLATIONS, by rule and
 * element); `expect(report.violations).toEqual([])` fails with the rule and the element.
 */
export async function axeCard(page: Page, card: Locator): Promise<AxeReport> {
  await card.waitFor();
  const mark = `axe-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  await card.evaluate((element, value) => element.setAttribute('data-axe-card', value), mark);
  try {
    const results = await new AxeBuilder({ page }).include(`[data-axe-card="${mark}"]`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return await reportOf(page, results.violations);
  } finally {
    await card.evaluate((element) => element.removeAttribute('data-axe-card'));
  }
}

/** Runs axe on a whole page of our own (the HTML export), with no allow-list at all. */
export async function axePage(page: Page): Promise<AxeReport> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return { violations: serious.map((v) => ({ rule: v.id, impact: v.impact ?? '', nodes: v.nodes.map((n) => n.html.slice(0, 200)) })), renderer: {}, all: countByRule(results.violations) };
}

async function reportOf(page: Page, found: Result[]): Promise<AxeReport> {
  const renderer: Record<string, number> = {};
  const violations: AxeReport['violations'] = [];
  for (const violation of found.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    const allowed = RENDERER_VIOLATIONS.find((r) => r.rule === violation.id);
    const ours: NodeResult[] = [];
    for (const node of violation.nodes) if (!allowed || !(await isOn(page, node, allowed.on))) ours.push(node);
    if (ours.length < violation.nodes.length) renderer[violation.id] = violation.nodes.length - ours.length;
    if (ours.length > 0) violations.push({ rule: violation.id, impact: violation.impact ?? '', nodes: ours.map((n) => n.html.slice(0, 200)) });
  }
  return { violations, renderer, all: countByRule(found) };
}

/** Whether the element axe reported matches `selector` (where the renderer puts what it puts). */
async function isOn(page: Page, node: NodeResult, selector: string): Promise<boolean> {
  const target = node.target.map(String).join(' ');
  const element = page.locator(target).first();
  return (await element.count()) > 0 && (await element.evaluate((e, s) => e.matches(s), selector));
}

function countByRule(found: Result[]): Record<string, number> {
  return Object.fromEntries(found.map((v) => [`${v.id} (${v.impact ?? '?'})`, v.nodes.length]));
}

/**
 * The card's height in CSS pixels as the Playground renders it, at its own width or, with
 * `width`, laid out at that width (330 px is a phone: Teams mobile gives a card about the screen
 * width less its margins). The card is put back as it was afterwards.
 */
export async function cardHeight(card: Locator, width?: number): Promise<{ width: number; height: number }> {
  await card.waitFor();
  return card.evaluate((element, wanted) => {
    const style = (element as unknown as { style: Record<'width' | 'maxWidth' | 'minWidth', string> }).style;
    const before = { width: style.width, maxWidth: style.maxWidth, minWidth: style.minWidth };
    if (wanted) Object.assign(style, { width: `${wanted}px`, maxWidth: `${wanted}px`, minWidth: `${wanted}px` });
    const box = element.getBoundingClientRect();
    const size = { width: Math.round(box.width), height: Math.round(box.height) };
    Object.assign(style, before);
    return size;
  }, width);
}
