/**
 * Draws Positie's two Teams icons: a scale (a horizontal line with end ticks) with a ringed dot
 * marking a position on it. Run `npx tsx scripts/make-icons.ts` to regenerate
 * manifest/color.png and manifest/outline.png; the PNGs are committed so packaging needs no
 * drawing step. Shapes are signed distances in a 0..1 square, so one design serves both sizes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];

/** The accent colour of the app (also the manifest's accentColor). */
export const ACCENT: Rgb = [0x1f, 0x6f, 0x8b];
const WHITE: Rgb = [255, 255, 255];

const LINE_Y = 0.5;
const LEFT = 0.17;
const RIGHT = 0.83;
const DOT = { x: 0.6, y: LINE_Y };

function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * True where the mark is ink. `weight` thickens strokes for the 32 px icon, where the
 * 192 px proportions would fall below one pixel.
 */
function isInk(x: number, y: number, weight: number): boolean {
  const half = 0.026 * weight;
  const fromDot = Math.hypot(x - DOT.x, y - DOT.y);
  const dotRadius = 0.07;
  const gap = dotRadius + 0.04;
  const ring = gap + 0.035 * weight;
  if (fromDot <= dotRadius) return true;
  if (fromDot <= gap) return false; // the white gap sets the dot apart from the line
  if (fromDot <= ring) return true;
  const line = segment(x, y, LEFT, LINE_Y, RIGHT, LINE_Y) <= half;
  const tickLeft = segment(x, y, LEFT, LINE_Y - 0.08, LEFT, LINE_Y + 0.08) <= half;
  const tickRight = segment(x, y, RIGHT, LINE_Y - 0.08, RIGHT, LINE_Y + 0.08) <= half;
  return line || tickLeft || tickRight;
}

/** Fraction of a pixel covered by ink, from a 5x5 grid of samples (anti-aliasing). */
function coverage(px: number, py: number, size: number, weight: number): number {
  const grid = 5;
  let hits = 0;
  for (let i = 0; i < grid; i += 1) {
    for (let j = 0; j < grid; j += 1) {
      if (isInk((px + (i + 0.5) / grid) / size, (py + (j + 0.5) / grid) / size, weight)) hits += 1;
    }
  }
  return hits / (grid * grid);
}

/** Colour icon: accent mark on an opaque white square (192x192). */
export function drawColorIcon(size = 192): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const c = coverage(x, y, size, 1);
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k += 1) {
        png.data[i + k] = Math.round((ACCENT[k] ?? 0) * c + (WHITE[k] ?? 0) * (1 - c));
      }
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Outline icon: white mark on transparency (32x32), as Teams requires for the app bar. */
export function drawOutlineIcon(size = 32): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * coverage(x, y, size, 1.5));
    }
  }
  return PNG.sync.write(png);
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'manifest');
  writeFileSync(join(dir, 'color.png'), drawColorIcon());
  writeFileSync(join(dir, 'outline.png'), drawOutlineIcon());
  console.log(`icons written to ${dir}`);
}
