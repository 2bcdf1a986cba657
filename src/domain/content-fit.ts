import type { Fit, KindOfWork, Layer, Locale, Prompt } from '../content/types';

/** Who a person is at work, as far as content is concerned: where, what kind of work, and whether they lead people. */
export interface WorkProfile {
  layer: Layer;
  kindsOfWork: readonly KindOfWork[];
  leadsPeople: boolean;
}

/** Until a person says otherwise: a policy officer at a ministry who leads nobody. */
export const DEFAULT_PROFILE: WorkProfile = { layer: 'rijk', kindsOfWork: ['beleid'], leadsPeople: false };

/** True when the item was written for this layer, shares a kind of work with the person, and needs no team they lack. */
export function fitsProfile(item: Fit, profile: WorkProfile): boolean {
  return (
    item.layers.includes(profile.layer) &&
    item.work.some((kind) => profile.kindsOfWork.includes(kind)) &&
    (!item.needsTeam || profile.leadsPeople)
  );
}

/** The prompt's text in the vocabulary of the person's layer (a wethouder for a municipality, a minister for Rijk). */
export function promptTextFor(prompt: Prompt, layer: Layer, locale: Locale): string {
  const variant = layer === 'rijk' ? undefined : prompt.layerText?.[layer];
  return (variant ?? prompt.text)[locale];
}

/** The items (tactics, dilemmas, prompts) that fit a profile, in library order. */
export function fitting<T extends Fit>(items: readonly T[], profile: WorkProfile): T[] {
  return items.filter((item) => fitsProfile(item, profile));
}
