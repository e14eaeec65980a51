// What the card of an article, a section page and the home page shows, from what their layouts already have.
import type { Article } from "../schema/article.ts";
import { formatArticleDay } from "../schema/article-date.ts";
import type { SiteOptions } from "../schema/site-options.ts";
import { uiText } from "../pages/ui-text.ts";
import type { CardFacts } from "./card-facts.ts";

/**
 * An article's card: its first category above the title, its day and reading time below (as the page prints them),
 * dark for `theme: dark`; `coverFile` is its cover when that is a local file.
 */
export function articleCardFacts(site: SiteOptions, article: Article, minutes: number, lang: string, coverFile: string | undefined): CardFacts {
  return {
    siteName: site.title,
    title: article.title,
    kicker: article.categories[0],
    details: [...(article.date === undefined ? [] : [formatArticleDay(article.date, lang)]), `${minutes} ${uiText("minutes", lang)}`],
    theme: article.theme === "dark" ? "dark" : "light",
    cover: coverFile,
  };
}

/** A section page's card (or the home page's, with the site's title and description): title and description. */
export function listCardFacts(site: SiteOptions, title: string, description: string | undefined): CardFacts {
  return { siteName: site.title, title, kicker: undefined, details: description ? [description] : [], theme: "light", cover: undefined };
}
