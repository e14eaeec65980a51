// What one social card shows, and the key it is cached and named by.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The card's colours: an article's `theme: dark` gives a dark card; `light` and `auto` a light one. */
export type CardTheme = "light" | "dark";

/** Everything a card prints, already in the page's language: the renderer decides nothing about content. */
export interface CardFacts {
  siteName: string;
  title: string;
  /** Above the title: the article's first category; absent on section and home cards. */
  kicker: string | undefined;
  /** Below the title, joined by ` · `: date and reading time, or a section's or the site's description. */
  details: string[];
  theme: CardTheme;
  /** Absolute path of a local cover image, drawn beside the text; remote covers are never fetched. */
  cover: string | undefined;
}

/** The width and height of every card: Open Graph's recommended 1.91:1 at 1200 pixels. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The card's cache key and file name: a hash of its facts, the cover's bytes (an edited cover is a new card under
 * the same path) and `salt` (the renderer's versions and code). A new name whenever anything drawn changes, so
 * social networks, which cache an `og:image` by URL, never show a stale card.
 */
export function cardKey(facts: CardFacts, salt: string): string {
  const hash = createHash("sha256").update(salt).update("\0").update(JSON.stringify({ ...facts, cover: undefined }));
  if (facts.cover !== undefined) hash.update("\0").update(readFileSync(facts.cover));
  return hash.digest("hex").slice(0, 20);
}
