// One build's social cards: each page's card is named by its key when the page renders, drawn then (off the main
// thread) unless the cache has it, and written into the site's `cards/` folder once the pages are.
import { join } from "node:path";
import { mkdir, writeFile } from "node:fs/promises";
import { CARD_SIZE, cardKey, type CardFacts } from "./card-facts.ts";
import type { CardCache } from "./card-cache.ts";
import type { CardRenderer } from "./card-pool.ts";

/** Where cards are served from: `/cards/<key>.png`. */
export const CARDS_FOLDER = "cards";

/** What a page's meta tags say of its card. */
export interface SocialCard {
  /** Site path of the PNG (`/cards/3f2a….png`), without the path prefix. */
  url: string;
  width: number;
  height: number;
  /** `og:image:alt`: the title and the site's name, as the card shows them (the home card's title is the name). */
  alt: string;
}

/** What a build did with its cards: drawn anew, copied from the cache, and any that could not be drawn. */
export interface CardsWritten {
  rendered: number;
  reused: number;
  failed: Array<{ pageUrl: string; message: string }>;
}

/** A card of this build: the PNG being drawn (null when the cache has it) and the first page that named it. */
interface PendingCard {
  drawing: Promise<Uint8Array> | null;
  pageUrl: string;
}

/** The cards of one build (the dev server starts a new one per rebuild). */
export class SocialCards {
  /** Cards by page URL, so a layout can ask for the card another layout of the same page named. */
  #byPage = new Map<string, SocialCard>();
  /** Each card once, by key. */
  #cards = new Map<string, PendingCard>();

  constructor(
    private readonly salt: string,
    private readonly cache: CardCache,
    private readonly renderer: CardRenderer,
  ) {}

  /** Names the card of the page at `pageUrl` and starts drawing it when the cache lacks it. */
  add(pageUrl: string, facts: CardFacts): SocialCard {
    const key = cardKey(facts, this.salt);
    if (!this.#cards.has(key)) {
      const drawing = this.cache.has(key) ? null : this.renderer.render(facts);
      // Awaited in write(); until then a failure must not count as unhandled (which ends the process).
      drawing?.catch(() => undefined);
      this.#cards.set(key, { drawing, pageUrl });
    }
    const alt = facts.title === facts.siteName ? facts.title : `${facts.title} · ${facts.siteName}`;
    const card = { url: `/${CARDS_FOLDER}/${key}.png`, ...CARD_SIZE, alt };
    this.#byPage.set(pageUrl, card);
    return card;
  }

  /** The card named for the page at `pageUrl` in this build, if any. */
  of(pageUrl: string): SocialCard | undefined {
    return this.#byPage.get(pageUrl);
  }

  /** Writes every card into `<outputFolder>/cards/` (and new ones into the cache), then ends the renderer's threads. */
  async write(outputFolder: string): Promise<CardsWritten> {
    const folder = join(outputFolder, CARDS_FOLDER);
    const written: CardsWritten = { rendered: 0, reused: 0, failed: [] };
    try {
      if (this.#cards.size > 0) await mkdir(folder, { recursive: true });
      await Promise.all(
        [...this.#cards].map(async ([key, { drawing, pageUrl }]) => {
          const target = join(folder, `${key}.png`);
          if (drawing === null) {
            written.reused++;
            return this.cache.copyTo(key, target);
          }
          try {
            const png = await drawing;
            written.rendered++;
            await Promise.all([writeFile(target, png), this.cache.keep(key, png)]);
          } catch (error) {
            written.failed.push({ pageUrl, message: error instanceof Error ? error.message : String(error) });
          }
        }),
      );
    } finally {
      await this.renderer.close();
    }
    return written;
  }
}
