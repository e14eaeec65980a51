// Test helper: reads the page fragments of a built site's Pagefind index, the data a search result is shown from
// (each file is gzip-compressed JSON after Pagefind's `pagefind_dcd` signature).
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** What Pagefind stores for one indexed page. */
export interface PagefindFragment {
  url: string;
  /** The page's indexed text (Chinese segmentation puts U+200B between words). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's marker before the JSON of a decompressed fragment. */
const SIGNATURE = "pagefind_dcd";

/** Every fragment of the index in `<site>/pagefind/fragment/`; throws when one is not signed JSON. */
export async function readFragments(site: string): Promise<PagefindFragment[]> {
  const folder = join(site, "pagefind/fragment");
  const fragments: PagefindFragment[] = [];
  for (const name of (await readdir(folder)).sort()) {
    const text = gunzipSync(await readFile(join(folder, name))).toString("utf8");
    if (!text.startsWith(SIGNATURE)) throw new Error(`${name} does not start with ${SIGNATURE}`);
    fragments.push(JSON.parse(text.slice(SIGNATURE.length)) as PagefindFragment);
  }
  return fragments;
}

/** Text as compared with the index: Pagefind's word breaks (U+200B) removed, whitespace runs as one space. */
export function indexedText(text: string): string {
  return text.replace(/\u200B/g, "").replace(/\s+/g, " ").trim();
}
