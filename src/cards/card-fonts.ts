// The card's font: Noto Sans SC from @fontsource (no system font is needed), as its WOFF files, one per
// unicode-range slice (satori reads WOFF, not WOFF2). The slices' ranges also tell which characters it can draw.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Font } from "satori";

/** The package the fonts come from; its version salts the card cache. */
export const FONT_PACKAGE = "@fontsource/noto-sans-sc";

/** The weights a card uses: 400 for its small print, 700 for the title. */
const WEIGHTS = [400, 700] as const;

const packageFolder = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));

/** One unicode-range slice of the font: its subset name and code point ranges, as fontsource lists them. */
interface Slice {
  subset: string;
  ranges: Array<[from: number, to: number]>;
}

let slices: Slice[] | undefined;

/** fontsource's unicode.json: `{"[4]": "U+1f1e9-1f1f5,U+1f21a", "latin": "U+0000-00ff,…"}`. */
function fontSlices(): Slice[] {
  slices ??= Object.entries(JSON.parse(readFileSync(join(packageFolder, "unicode.json"), "utf8")) as Record<string, string>).map(
    ([name, list]) => ({
      subset: name.replace(/^\[|\]$/g, ""),
      ranges: list.split(",").map((range) => {
        const [from = "0", to = from] = range.trim().replace(/^U\+/i, "").split("-");
        return [parseInt(from, 16), parseInt(to, 16)];
      }),
    }),
  );
  return slices;
}

/** The slice holding a code point's glyph, if the font has one. */
function sliceOf(codePoint: number): Slice | undefined {
  return fontSlices().find((slice) => slice.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
}

const covered = new Map<number, boolean>();

/** Whether the card's font draws this character (whitespace always counts). */
export function hasGlyph(char: string): boolean {
  const codePoint = char.codePointAt(0) ?? 0;
  let known = covered.get(codePoint);
  if (known === undefined) covered.set(codePoint, (known = /\s/u.test(char) || sliceOf(codePoint) !== undefined));
  return known;
}

const fontFiles = new Map<string, Buffer>();

/** A slice's WOFF file in one weight, read once per process. */
function fontFile(subset: string, weight: number): Buffer {
  const name = `noto-sans-sc-${subset}-${weight}-normal.woff`;
  let data = fontFiles.get(name);
  if (data === undefined) fontFiles.set(name, (data = readFileSync(join(packageFolder, "files", name))));
  return data;
}

/** The family name of a slice: satori falls back from family to family for a missing glyph, not within one. */
function familyOf(subset: string): string {
  return `kiln-${subset}`;
}

/**
 * The `fontFamily` of every card: each slice, in fontsource's order. One string for all cards: satori resolves a
 * family list once and keeps it, and a list per card of only the slices its text needs made layout slower, not faster.
 */
export function cardFontFamily(): string {
  return fontSlices().map((slice) => familyOf(slice.subset)).join(", ");
}

let fonts: Font[] | undefined;

/**
 * Satori's fonts: every slice in both weights (6 MB), one array for the thread's life. Satori keeps what it parsed
 * of a fonts array (a WeakMap on the array), so a thread's first card costs about 0.8 s with its own start-up and
 * each later one about 10 ms; an array picked per title would be parsed anew for every card.
 */
export function cardFonts(): Font[] {
  fonts ??= fontSlices().flatMap((slice) =>
    WEIGHTS.map((weight) => ({ name: familyOf(slice.subset), weight, style: "normal" as const, data: fontFile(slice.subset, weight) })),
  );
  return fonts;
}
