// The text a reader sees in an HTML fragment: tags dropped, entities decoded (for the TOC and reading stats).

/** Tags that separate words: replaced by a space, while inline tags (`<em>`, `<code>`…) vanish. */
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/**
 * Named entities decoded besides numeric ones. markdown-it itself only writes `&amp; &lt; &gt;
 * &quot;`; the rest cover what authors type in raw HTML. Unknown names are left as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
  ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”",
  laquo: "«", raquo: "»", middot: "·", bull: "•", times: "×", copy: "©", reg: "®", trade: "™",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", deg: "°", plusmn: "±", shy: "\u00ad",
};

/** Decodes numeric (`&#39;`, `&#x3C;`) and common named (`&amp;`, `&nbsp;`…) character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g, (entity, dec, hex, name) => {
    if (name !== undefined) return NAMED[name as string] ?? entity;
    const code = dec !== undefined ? Number.parseInt(dec as string, 10) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
  });
}

/**
 * The text of an HTML fragment: comments and tags removed (block tags leave a space so words
 * in adjacent paragraphs stay apart), entities decoded. Whitespace is left as it is.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(BLOCK_TAG, " ")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "");
  return decodeEntities(text);
}
