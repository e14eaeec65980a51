// Dev server: which articles still show the same on list pages after a reload of the content, so that a save of one
// article's text rewrites its page and not the hundreds of pages that list it (incremental-lists.ts).
import type { Problem } from "../errors.ts";
import type { Article } from "../schema/article.ts";

/** What list pages show of an article. */
export interface ListedArticle {
  file: string;
  article: Article;
  excerpt: string | undefined;
}

/** Compares each load's list data (front matter, summary, path) and dev-page problems with the previous load's. */
export class ListDataChanges {
  /** List data by absolute path, as of the last load. */
  #listData = new Map<string, string>();
  /** Articles whose list data is the same as at the load before the last one. */
  #kept = new Set<string>();
  #problemsSeen = "";

  /** Notes a load's articles (by absolute path) and the problems every dev page shows. */
  note(records: ReadonlyMap<string, ListedArticle>, problems: readonly Problem[]): void {
    const listData = new Map([...records].map(([path, record]) => [path, JSON.stringify([record.file, record.article, record.excerpt])]));
    const problemsNow = JSON.stringify(problems);
    const samePanel = problemsNow === this.#problemsSeen;
    const kept = [...listData].filter(([path, data]) => samePanel && this.#listData.get(path) === data);
    this.#kept = new Set(kept.map(([path]) => path));
    this.#listData = listData;
    this.#problemsSeen = problemsNow;
  }

  /** Whether the article at `absolutePath` shows the same on list pages as before the last load. */
  unchanged(absolutePath: string): boolean {
    return this.#kept.has(absolutePath);
  }
}
