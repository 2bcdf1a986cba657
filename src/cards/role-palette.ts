import type { ContentLibrary } from '../content/types';

/**
 * One colour per role, the same in every chart of every card (weekly summary, history, quarter,
 * coach view, check-in results). Teams draws chart colours only from its own named tokens (a hex
 * value is ignored), so the palette is a choice among those tokens; `hex` is what Teams renders
 * for the token, in light and dark theme alike. The choice and its contrast figures are in
 * docs/palette.md; tests/unit/role-palette.test.ts checks them.
 */

export type ChartColorToken = 'categoricalBlue' | 'divergingLightRed' | 'categoricalTeal' | 'sequential4';

export interface PaletteColour {
  token: ChartColorToken;
  hex: string;
  /** Plain name for the docs and the fallback legend. */
  name: string;
}

/** In lens order: a lens of three roles uses the first three, the leadership lens all four. */
export const PALETTE: readonly PaletteColour[] = [
  { token: 'categoricalBlue', hex: '#2461ca', name: 'blauw' },
  { token: 'divergingLightRed', hex: '#e37d81', name: 'koraal' },
  { token: 'categoricalTeal', hex: '#00b7c3', name: 'turkoois' },
  { token: 'sequential4', hex: '#7f85f5', name: 'lavendel' },
];

/** The roles of the library, fixed, so that a reordered content file never recolours a role. */
const ROLE_SLOTS: Readonly<Record<string, number>> = {
  bureaucraat: 0,
  ondernemer: 1,
  verbinder: 2,
  'ambtelijk-professional': 0,
  'maatschappelijk-partner': 1,
  'politiek-adviseur': 2,
  catalysator: 0,
  netwerkarchitect: 1,
  bemiddelaar: 2,
  bestendiger: 3,
};

/**
 * The colour of a role. A role from an extra content folder takes the slot of its place in its
 * lens (`indexInLens`), so it still differs from the other roles of that lens.
 */
export function roleColour(roleId: string, indexInLens = 0): PaletteColour {
  const slot = ROLE_SLOTS[roleId] ?? indexInLens;
  return PALETTE[((slot % PALETTE.length) + PALETTE.length) % PALETTE.length] ?? { token: 'categoricalBlue', hex: '#2461ca', name: 'blauw' };
}

/** The colour of a role as the library knows it (its place in its lens decides for extra roles). */
export function roleColourIn(library: ContentLibrary, roleId: string): PaletteColour {
  for (const lens of library.lenses) {
    const index = lens.roles.findIndex((r) => r.id === roleId);
    if (index >= 0) return roleColour(roleId, index);
  }
  return roleColour(roleId);
}
