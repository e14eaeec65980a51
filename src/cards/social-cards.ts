// One build's social cards: each page's card is named by its key when the page renders, drawn then (off the main
// thread) unless the cache has it and written into the site's `cards/` folder as soon as it is drawn; the cached
// ones are copied there once the pages are written.
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

/** A card of this build: drawn and written (null when the cache has it), and the first page that named it. */
interface PendingCard {
  written: Promise<void> | null;
  pageUrl: string;
}

/** The cards of one build (the dev server starts a new one per rebuild). */
export class SocialCards {
  /** Cards by page URL, so a layout can ask for the card another layout of the same page named. */
  #byPage = new Map<string, SocialCard>();
  /** Each card once, by key. */
  #cards = new Map<string, PendingCard>();

  /** The build's `cards/` folder, made once. */
  #folder: Promise<string> | undefined;

  /** @param outputFolder the build's output (a production build's staging folder) */
  constructor(
    private readonly outputFolder: string,
    private readonly salt: string,
    private readonly cache: CardCache,
    private readonly renderer: CardRenderer,
  ) {}

  /** Names the card of the page at `pageUrl` and starts drawing it when the cache lacks it. */
  add(pageUrl: string, facts: CardFacts): SocialCard {
    const key = cardKey(facts, this.salt);
    if (!this.#cards.has(key)) {
      // Written as soon as drawn: the PNG is not kept, and little is left to do once the pages are written.
      const written = this.cache.has(key) ? null : this.renderer.render(facts).then((png) => this.#save(key, png));
      // Awaited in write(); until then a failure must not count as unhandled (which ends the process).
      written?.catch(() => undefined);
      this.#cards.set(key, { written, pageUrl });
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

  /** The site's `cards/` folder, made on first use. */
  #cardsFolder(): Promise<string> {
    const folder = join(this.outputFolder, CARDS_FOLDER);
    this.#folder ??= mkdir(folder, { recursive: true }).then(() => folder);
    return this.#folder;
  }

  async #save(key: string, png: Uint8Array): Promise<void> {
    await Promise.all([writeFile(join(await this.#cardsFolder(), `${key}.png`), png), this.cache.keep(key, png)]);
  }

  /** Waits for every card to be written, copies the cached ones into the site, then ends the renderer's threads. */
  async write(): Promise<CardsWritten> {
    const written: CardsWritten = { rendered: 0, reused: 0, failed: [] };
    try {
      await Promise.all(
        [...this.#cards].map(async ([key, { written: drawn, pageUrl }]) => {
          if (drawn === null) {
            written.reused++;
            return this.cache.copyTo(key, join(await this.#cardsFolder(), `${key}.png`));
          }
          try {
            await drawn;
            written.rendered++;
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
