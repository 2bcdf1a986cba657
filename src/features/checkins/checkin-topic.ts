import type { ChoiceItem } from '../../cards/checkin-start-card';
import { checkinStrings } from '../../cards/strings/checkin-strings';
import { findDilemma, findParadox, rolesOf } from '../../content/load-content';
import type { ContentLibrary, Locale } from '../../content/types';
import { fitting, type WorkProfile } from '../../domain/content-fit';
import type { Checkin, CheckinLens } from '../../domain/checkin';

/** The role lenses a starter can choose: the ideal types (default) or the leadership roles of seed 003. */
export const CHECKIN_LENSES: readonly CheckinLens[] = ['ideaaltypen', 'leiderschap'];

export type TopicRef = Pick<Checkin, 'topicKind' | 'topicId'>;

/** What a check-in asks, in one language; undefined when the content no longer has the topic. */
interface TopicView {
  title: string;
  intro: string;
  question: string;
  choiceLabel: string;
  choices: ChoiceItem[];
}

export function topicView(content: ContentLibrary, topic: TopicRef, locale: Locale): TopicView | undefined {
  const s = checkinStrings[locale];
  if (topic.topicKind === 'dilemma') {
    const dilemma = findDilemma(content, topic.topicId);
    if (!dilemma) return undefined;
    return {
      title: dilemma.title[locale],
      intro: dilemma.situation[locale],
      question: dilemma.question[locale],
      choiceLabel: s.card.choice,
      choices: dilemma.options.map((o) => ({ title: o.label[locale], value: o.id })),
    };
  }
  const paradox = findParadox(content, topic.topicId);
  if (!paradox) return undefined;
  const [left, right] = [paradox.left[locale], paradox.right[locale]];
  const p = s.positions;
  return {
    title: `${left} ↔ ${right}`,
    intro: paradox.why[locale],
    question: s.card.paradoxQuestion,
    choiceLabel: s.card.position,
    choices: [p.full(left), p.leaning(left), p.middle, p.leaning(right), p.full(right)].map((title, i) => ({ title, value: String(i + 1) })),
  };
}

export function roleItems(content: ContentLibrary, lens: CheckinLens, locale: Locale): ChoiceItem[] {
  return rolesOf(content, lens).map((role) => ({ title: role.name[locale], value: role.id }));
}

/** Every dilemma and paradox, as `d:<id>` and `p:<id>` choices of the start card. */
export function startTopics(content: ContentLibrary, locale: Locale, profile?: WorkProfile): ChoiceItem[] {
  const s = checkinStrings[locale].start;
  // The dilemmas that fit the starter's work; all of them when they said nothing, or when none fits.
  const fit = profile ? fitting(content.dilemmas, profile) : [];
  const dilemmas = fit.length > 0 ? fit : content.dilemmas;
  return [
    ...dilemmas.map((d) => ({ title: `${s.dilemma}: ${d.title[locale]}`, value: `d:${d.id}` })),
    ...content.paradoxes.map((p) => ({ title: `${s.paradox}: ${p.left[locale]} ↔ ${p.right[locale]}`, value: `p:${p.id}` })),
  ];
}

/** Reads a `d:<id>` / `p:<id>` start choice back; undefined for anything the library lacks. */
export function parseTopic(content: ContentLibrary, value: string): TopicRef | undefined {
  const match = /^([dp]):([a-z0-9-]{1,60})$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  const topic: TopicRef = { topicKind: match[1] === 'd' ? 'dilemma' : 'paradox', topicId: match[2] };
  return topicView(content, topic, 'nl') ? topic : undefined;
}

/** Every topic in the library's order (dilemmas, then paradoxes): the round a rotating series goes. */
export function rotationTopics(content: ContentLibrary): { kind: 'dilemma' | 'paradox'; id: string }[] {
  return [...content.dilemmas.map((d) => ({ kind: 'dilemma' as const, id: d.id })), ...content.paradoxes.map((p) => ({ kind: 'paradox' as const, id: p.id }))];
}
