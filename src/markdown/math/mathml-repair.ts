// KaTeX's MathML, made valid where KaTeX 0.16 writes it wrong. Readers see KaTeX's HTML; screen readers read the
// MathML beside it, and the HTML parser rebuilds a malformed MathML tree into something else (docs/ARCHITECTURE.md,
// "KaTeX's MathML is repaired", has the upstream issues).

/** Elements whose children are their arguments, by count: a base and its scripts, a numerator and a denominator. */
const ARITY: ReadonlyMap<string, number> = new Map([
  ["msub", 2], ["msup", 2], ["munder", 2], ["mover", 2], ["mfrac", 2], ["mroot", 2], ["msubsup", 3], ["munderover", 3],
]);
/** Token elements hold text only: the HTML parser makes any element inside one an HTML element. */
const TOKENS = new Set(["mi", "mn", "mo", "ms", "mtext"]);
/** KaTeX's invisible "function application" operator after `\max`, `\log`, `\operatorname{…}`. */
const APPLY_FUNCTION = "\u2061";

interface MathElement {
  name: string;
  /** The start tag as KaTeX wrote it (`<mo stretchy="false">`; ends with `/>` when the element is empty). */
  open: string;
  children: Array<MathElement | string>;
}

const TAG_OR_TEXT = /<(\/?)([a-z]+)\b[^>]*>|[^<]+/g;

/**
 * Returns KaTeX's rendered HTML with its `<math>` element repaired; anything else, and every formula KaTeX writes
 * correctly, comes back byte for byte:
 * - a function name alone in a script or fraction (`\lambda_{\max}`) is two children, `<mi>max</mi><mo>⁡</mo>`, where
 *   the element takes one: they become one `<mrow>` (KaTeX/KaTeX#3721);
 * - a token element holding elements (`\mathop`, `\underset`, `\stackrel`, `\bmod`, `\vcenter`) becomes an `<mrow>`
 *   (KaTeX/KaTeX#3978);
 * - `\tag`'s padding cells lose `width`, which no MathML (3 or Core) defines on `<mtd>` and browsers ignore.
 */
export function repairMathml(html: string): string {
  const start = html.indexOf("<math");
  const end = html.indexOf("</math>", start);
  if (start === -1 || end === -1) return html;
  const math = parse(html.slice(start, end + "</math>".length));
  if (math === undefined) return html;
  return html.slice(0, start) + serialize(repair(math)) + html.slice(end + "</math>".length);
}

/** KaTeX's MathML as a tree; `undefined` when it is not tags and text that nest (then it is left as it is). */
function parse(markup: string): MathElement | undefined {
  const root: MathElement = { name: "", open: "", children: [] };
  const open: MathElement[] = [root];
  let read = 0;
  for (const { 0: text, 1: closing, 2: name, index } of markup.matchAll(TAG_OR_TEXT)) {
    // A `<` that starts no tag would be skipped by matchAll, and lost.
    if (index !== read) return undefined;
    read += text.length;
    const parent = open[open.length - 1]!;
    if (name === undefined) parent.children.push(text);
    else if (closing === "/") {
      if (parent.name !== name) return undefined;
      open.pop();
    } else {
      const element: MathElement = { name, open: text, children: [] };
      parent.children.push(element);
      if (!text.endsWith("/>")) open.push(element);
    }
  }
  const math = root.children[0];
  return read === markup.length && open.length === 1 && root.children.length === 1 && typeof math === "object" ? math : undefined;
}

function repair(element: MathElement): MathElement {
  for (const child of element.children) if (typeof child === "object") repair(child);
  if (TOKENS.has(element.name) && element.children.some((child) => typeof child === "object")) {
    element.name = "mrow";
    element.open = "<mrow>";
  }
  const arity = ARITY.get(element.name);
  if (arity !== undefined && element.children.length > arity) element.children = groupFunctionNames(element.children);
  if (element.name === "mtd") element.open = element.open.replace(/\swidth="[^"]*"/, "");
  return element;
}

/** Puts each `<mo>⁡</mo>` in one `<mrow>` with the function name before it. */
function groupFunctionNames(children: Array<MathElement | string>): Array<MathElement | string> {
  const grouped: Array<MathElement | string> = [];
  for (const child of children) {
    const name = grouped[grouped.length - 1];
    const appliesFunction = typeof child === "object" && child.name === "mo" && child.children.join("") === APPLY_FUNCTION;
    if (appliesFunction && typeof name === "object") grouped[grouped.length - 1] = { name: "mrow", open: "<mrow>", children: [name, child] };
    else grouped.push(child);
  }
  return grouped;
}

function serialize(node: MathElement | string): string {
  if (typeof node === "string") return node;
  if (node.open.endsWith("/>")) return node.open;
  return `${node.open}${node.children.map(serialize).join("")}</${node.name}>`;
}
