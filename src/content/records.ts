// What the content registry holds: one record per article and per described section, as pages read them.
import type { Article } from "../schema/article.ts";
import type { NotebookAsset } from "../notebooks/notebook-markdown.ts";

/** One validated article, keyed by its absolute source path. */
export interface ArticleRecord {
  /** The path authors see in messages (`content/ai/intro.md`). */
  file: string;
  article: Article;
  /** 1-based line where the Markdown body starts in the file. */
  bodyLine: number;
  /** Language detected from the body's prose (code excluded), when the text says clearly. */
  detectedLang: string | undefined;
  /** The Markdown body, for work done ahead of rendering (highlighting its code in parallel). */
  body: string;
  /** The summary lists show: `description`, else Hugo's `summary`, else the text before `<!--more-->`. */
  excerpt: string | undefined;
  /** A notebook's images (outputs, attachments), written next to its page; absent for Markdown articles. */
  assets?: NotebookAsset[];
}

/** A folder's `_index.md` (or section `index.md`): its section page's title, description, order and landing text. */
export interface SectionRecord {
  file: string;
  /** Absolute path of the folder. */
  folder: string;
  /** Site path of the section page (`/ai/`). */
  url: string;
  title: string;
  description: string | undefined;
  weight: number | undefined;
  /** The Markdown below the front matter. */
  body: string;
}
