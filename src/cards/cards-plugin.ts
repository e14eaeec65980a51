// Social cards in a build: the `articleCard` and `pageCard` filters the layouts call, and the cards written into the
// site once the pages are. On for production builds of a site with a `url` (og:image must be absolute).
import { join } from "node:path";
import type { Article } from "../schema/article.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import type { EleventyConfig } from "../eleventy/eleventy-config.ts";
import { localImageFile } from "../images/image-source.ts";
import type { Reporter } from "../report/reporter.ts";
import { CardCache, cardCacheFolder, cardSalt } from "./card-cache.ts";
import { createCardRenderer } from "./card-pool.ts";
import { articleCardFacts, listCardFacts } from "./page-card-facts.ts";
import { SocialCards, type SocialCard } from "./social-cards.ts";

/** Options of {@link cardsPlugin}. */
export interface CardsOptions {
  site: SiteOptions;
  projectRoot: string;
  reporter: Reporter;
  /** The environment `npm run build` sets: `KILN_CARDS=off` (`--cards=off`), `KILN_CACHE`, `KILN_CARD_WORKERS`. */
  env?: NodeJS.ProcessEnv;
}

/** A section as section.njk has it: only a described section (an `_index.md`) gets a card. */
interface SectionData {
  file: string | undefined;
  title: string;
  description: string | undefined;
}

/**
 * Worker threads for cards: one by default. On the 1000-article image-less corpus (2 cores shared with another
 * engineer's benchmarks) a second one cost 14 s more CPU and no shorter build could be seen through the load; the
 * cores are already busy with Eleventy's main thread and the highlight workers. `KILN_CARD_WORKERS=0` draws on the
 * main thread.
 */
function cardWorkers(env: NodeJS.ProcessEnv): number {
  const count = Number(env["KILN_CARD_WORKERS"] ?? 1);
  return Number.isInteger(count) && count >= 0 ? count : 1;
}

/** Whether a build makes cards: the site option, `--cards=off`, a `url` to point at them, a production build. */
export function cardsEnabled(site: SiteOptions, env: NodeJS.ProcessEnv, runMode: string): boolean {
  return site.socialCards !== "off" && env["KILN_CARDS"] !== "off" && site.url !== undefined && runMode === "build";
}

/** Finishes a build's cards, once its pages are written. */
export interface BuildCards {
  write(): Promise<void>;
}

/** Registers the card filters; the Kiln plugin calls `write` on `eleventy.after`, beside Pagefind. */
export function cardsPlugin(eleventyConfig: EleventyConfig, { site, projectRoot, reporter, env = process.env }: CardsOptions): BuildCards {
  const cache = new CardCache(cardCacheFolder(projectRoot, env));
  const salt = cardSalt();
  const folders = { input: eleventyConfig.directories.input, public: join(projectRoot, "public") };
  let cards: SocialCards | undefined;
  eleventyConfig.on("eleventy.before", ({ runMode, directories }) => {
    const enabled = cardsEnabled(site, env, runMode);
    cards = enabled ? new SocialCards(directories.output, salt, cache, createCardRenderer(cardWorkers(env))) : undefined;
  });
  // article.njk names its card (it has the reading time), base.njk's seo.njk prints it through `pageCard`.
  eleventyConfig.addFilter("articleCard", (page: { url: string | false; inputPath: string }, article: Article, minutes: number, lang: string) => {
    if (cards === undefined || page.url === false) return undefined;
    // Hugo's `images` name the social image themselves; with "unless-cover", a cover is the image.
    if (article.images.length > 0 || (site.socialCards === "unless-cover" && article.cover !== undefined)) return undefined;
    const cover = article.cover === undefined ? undefined : localImageFile(article.cover, page.inputPath, folders);
    return cards.add(page.url, articleCardFacts(site, article, minutes, lang, cover));
  });
  eleventyConfig.addFilter("pageCard", (page: { url: string | false }, section?: SectionData): SocialCard | undefined => {
    if (cards === undefined || page.url === false) return undefined;
    if (page.url === "/") return cards.add(page.url, listCardFacts(site, site.title, site.description));
    if (section?.file !== undefined) return cards.add(page.url, listCardFacts(site, section.title, section.description));
    return cards.of(page.url);
  });
  return {
    /** Waits for the build's cards to be in its output folder (the staging folder of a production build). */
    async write(): Promise<void> {
      if (cards === undefined) return;
      const { rendered, failed } = await cards.write();
      for (const { pageUrl, message } of failed) {
        reporter.warn({
          location: { file: pageUrl },
          message: `the social card of this page could not be drawn (${message})`,
          hint: "this is a bug in Kiln: please report it with the page's title; the page links a missing card",
        });
      }
      if (rendered > 0) reporter.info(`social cards: ${rendered} drawn`);
    },
  };
}
