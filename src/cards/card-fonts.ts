// The card's font: Noto Sans SC from @fontsource (no system font is needed), as its WOFF2 files, one per
// unicode-range slice, registered with Skia under one family. The slices' ranges also tell which characters it can draw.
import { GlobalFonts } from "@napi-rs/canvas";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The package the fonts come from; its version names the card cache. */
export const FONT_PACKAGE = "@fontsource/noto-sans-sc";

/** The family every card's text is set in (each slice registered under it, in both weights). */
export const CARD_FONT_FAMILY = "Kiln Card Sans";

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

let registered = false;

/**
 * Registers every slice in both weights (about 0.3 s, once per process: Skia's font collection is shared by its
 * threads). Skia picks, for each character, a face of the family that has its glyph.
 */
export function registerCardFonts(): void {
  if (registered || GlobalFonts.has(CARD_FONT_FAMILY)) {
    registered = true;
    return;
  }
  for (const slice of fontSlices()) {
    for (const weight of WEIGHTS) {
      GlobalFonts.registerFromPath(join(packageFolder, "files", `noto-sans-sc-${slice.subset}-${weight}-normal.woff2`), CARD_FONT_FAMILY, { weight });
    }
  }
  registered = true;
}
