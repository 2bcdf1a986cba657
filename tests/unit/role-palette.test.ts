import { PALETTE, roleColour, roleColourIn } from '../../src/cards/role-palette';
import { loadContent } from '../../src/content/load-content';
import { contrast, differenceSeenBy, type Vision } from '../support/colour-vision';

const library = loadContent();
/** Card backgrounds: Teams light theme, and Teams dark theme (message) and its darker chat pane. */
const LIGHT = '#ffffff';
const DARK = '#292929';
const DARKER = '#1f1f1f';
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

describe('role palette', () => {
  it('when the contrast figures are computed, then they are the ones docs/palette.md gives', () => {
    const figures = PALETTE.map((c) => [c.token, contrast(c.hex, LIGHT).toFixed(2), contrast(c.hex, DARK).toFixed(2), contrast(c.hex, DARKER).toFixed(2)]);
    expect(figures).toEqual([
      ['categoricalBlue', '5.77', '2.52', '2.86'],
      ['divergingLightRed', '2.79', '5.21', '5.90'],
      ['categoricalTeal', '2.45', '5.93', '6.72'],
      ['sequential4', '3.19', '4.56', '5.16'],
    ]);
    const blueTeal = VISIONS.map((v) => differenceSeenBy('#2461ca', '#00b7c3', v).toFixed(1));
    expect(blueTeal).toEqual(['37.4', '27.8', '26.0', '23.4']);
  });

  it('when every colour is drawn on a light or a dark Teams card, then it stands out at least 2.4 : 1, and 4.5 : 1 on one of them', () => {
    for (const c of PALETTE) {
      const light = contrast(c.hex, LIGHT);
      const dark = contrast(c.hex, DARK);
      expect(Math.min(light, dark)).toBeGreaterThanOrEqual(2.4);
      expect(Math.max(light, dark)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('when two roles of one lens are compared, then their colours differ plainly (CIEDE2000 ≥ 13) with normal vision and with each common colour blindness', () => {
    for (const lens of library.lenses) {
      const colours = lens.roles.map((r) => roleColourIn(library, r.id).hex);
      expect(new Set(colours).size).toBe(lens.roles.length);
      for (const [a, b] of pairs(colours)) for (const v of VISIONS) expect(differenceSeenBy(a, b, v)).toBeGreaterThanOrEqual(13);
    }
  });

  it('when a role is looked up twice, or from an extra content lens, then its colour is fixed and extra roles follow their place in the lens', () => {
    expect(roleColourIn(library, 'verbinder')).toEqual(roleColour('verbinder'));
    expect(roleColour('verbinder').token).toBe('categoricalTeal');
    expect(roleColour('extra-rol', 1).token).toBe(PALETTE[1]?.token);
    expect(roleColour('extra-rol', 5).token).toBe(PALETTE[1]?.token);
  });
});
