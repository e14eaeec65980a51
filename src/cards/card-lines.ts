// A card's text broken into lines of a given width: Chinese may break between any two characters, Latin words and
// numbers only at spaces (a word wider than a line is cut), punctuation stays with the character it belongs to,
// and text past the last line ends the last one with an ellipsis.

/** The width of a string as the card would draw it, in pixels. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = "…";

/** One character of a script written without spaces: a line may break before and after it. */
const CLOSE_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\u2014\u2026]/u;

/** Punctuation that may not begin a line (it joins the character before it): Chinese and Western closing marks. */
const NO_LINE_START = /^[，。、：；！？）」』】》〉〕｝’”…—,.;:!?)\]}%‰]+$/u;

/** Punctuation that may not end a line (it joins the character after it). */
const NO_LINE_END = /^[（「『【《〈〔｛‘“([{]+$/u;

/**
 * The units a line is made of, in order: each Chinese character, each run of other non-space characters (a word),
 * and each run of spaces; a closing mark joined to the unit before it, an opening mark to the unit after it.
 */
export function lineUnits(text: string): string[] {
  const units: string[] = [];
  let word = "";
  const flush = () => {
    if (word !== "") units.push(word);
    word = "";
  };
  for (const segment of graphemes(text)) {
    if (/^\s+$/u.test(segment)) {
      flush();
      if (units.at(-1)?.trim() === "") units[units.length - 1] += segment;
      else units.push(segment);
    } else if (CLOSE_TEXT.test(segment)) {
      flush();
      units.push(segment);
    } else {
      word += segment;
    }
  }
  flush();
  const joined: string[] = [];
  for (const unit of units) {
    const before = joined.at(-1);
    if (before !== undefined && before.trim() !== "" && NO_LINE_START.test(unit)) joined[joined.length - 1] = before + unit;
    else if (before !== undefined && NO_LINE_END.test(before)) joined[joined.length - 1] = before + unit;
    else joined.push(unit);
  }
  return joined;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The user-perceived characters of `text`. */
function graphemes(text: string): string[] {
  return [...graphemeSegmenter.segment(text)].map(({ segment }) => segment);
}

/** The longest start of `text` (whole graphemes) that fits `width` with `suffix` after it. */
function fittingStart(text: string, width: number, measure: MeasureText, suffix = ""): string {
  let fitting = "";
  let used = measure(suffix);
  for (const grapheme of graphemes(text)) {
    used += measure(grapheme);
    if (used > width) break;
    fitting += grapheme;
  }
  return fitting;
}

/**
 * `text` in at most `maxLines` lines no wider than `width` (summed from the widths of its pieces: kerning across
 * two pieces is left out, a pixel or two). When it needs more, the last line is cut where `…` still fits after it.
 * No line for text of spaces alone.
 */
export function breakLines(text: string, width: number, maxLines: number, measureText: MeasureText): string[] {
  // Each piece measured once and lines summed from pieces: shaping a string asks the font for each of its
  // characters, and measuring every longer start of a line again made a card's text cost more than its pixels.
  const widths = new Map<string, number>();
  const widthOf = (piece: string) => {
    let known = widths.get(piece);
    if (known === undefined) widths.set(piece, (known = measureText(piece)));
    return known;
  };
  const graphemeWidths: MeasureText = (piece) => graphemes(piece).reduce((sum, grapheme) => sum + widthOf(grapheme), 0);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  let space = false;
  let overflow = false;
  const units = lineUnits(text.trim());
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    if (unit.trim() === "") {
      space = line !== "";
      continue;
    }
    const added = (space ? widthOf(" ") : 0) + widthOf(unit);
    if (lineWidth + added <= width) {
      line += (space ? " " : "") + unit;
      lineWidth += added;
      space = false;
      continue;
    }
    space = false;
    if (line !== "") {
      lines.push(line);
      line = "";
      lineWidth = 0;
      if (lines.length === maxLines) {
        overflow = true;
        break;
      }
      if (widthOf(unit) <= width) {
        line = unit;
        lineWidth = widthOf(unit);
        continue;
      }
    }
    // A word wider than the whole line: cut it where it fills the line, and go on with the rest.
    let rest = unit;
    while (graphemeWidths(rest) > width) {
      const piece = fittingStart(rest, width, graphemeWidths) || graphemes(rest)[0]!;
      lines.push(piece);
      rest = rest.slice(piece.length);
      if (lines.length === maxLines) {
        overflow = rest !== "" || index < units.length - 1;
        break;
      }
    }
    if (overflow) break;
    line = rest;
    lineWidth = graphemeWidths(rest);
  }
  if (!overflow && line.trim() !== "") {
    if (lines.length < maxLines) lines.push(line.trimEnd());
    else overflow = true;
  }
  if (overflow) {
    const last = lines.pop() ?? "";
    lines.push(`${fittingStart(last, width, graphemeWidths, ELLIPSIS).trimEnd()}${ELLIPSIS}`);
  }
  return lines;
}
