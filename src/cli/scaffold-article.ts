// What `npm run new` writes: a new article's path and its front matter, valid against ArticleSchema.
import { join } from "node:path";
import { slugify } from "../markdown/slugify.ts";

/** What the author asked for on the command line. */
export interface ScaffoldRequest {
  title: string;
  /** Category name; also names the article's folder (existing folder of that category, else its slug). */
  category?: string;
  tags?: readonly string[];
  /** File name without `.md` (or `.ipynb`), which is the article's URL segment; derived from the title when absent. */
  slug?: string;
  /** The moment written as `date`, in the machine's local offset. @default now */
  now?: Date;
  /** Minutes east of UTC to write the date in. @default the machine's offset at `now` */
  offsetMinutes?: number;
  /** Scaffold a Jupyter notebook (`.ipynb`, front matter in its first, raw cell) instead of a Markdown file. */
  notebook?: boolean;
}

/** A scaffolded article: where it goes (relative to the content folder) and its text. */
export interface ScaffoldedArticle {
  relativePath: string;
  slug: string;
  text: string;
}

/** `2025-11-29T08:30:00+08:00`: the local wall-clock time with its offset, as authors write dates. */
export function formatLocalDate(now: Date, offsetMinutes: number): string {
  const local = new Date(now.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

/** A YAML scalar that reads back as exactly this string (JSON strings are valid YAML). */
const yamlString = (value: string): string => JSON.stringify(value);

/**
 * Builds the new article. `categoryFolder` maps a category name to the folder its existing articles
 * live in, so `--category 人工智能` lands beside the other AI tutorials.
 */
export function scaffoldArticle(request: ScaffoldRequest, categoryFolder?: (category: string) => string | undefined): ScaffoldedArticle {
  const slug = request.slug ?? slugify(request.title);
  const folder = request.category === undefined ? "" : (categoryFolder?.(request.category) ?? slugify(request.category));
  const now = request.now ?? new Date();
  const offsetMinutes = request.offsetMinutes ?? -now.getTimezoneOffset();
  const frontMatter = [
    "---",
    `title: ${yamlString(request.title)}`,
    `date: ${formatLocalDate(now, offsetMinutes)}`,
    `description: ""`,
    "draft: true",
    ...(request.category === undefined ? [] : [`categories: [${yamlString(request.category)}]`]),
    ...(request.tags && request.tags.length > 0 ? [`tags: [${request.tags.map(yamlString).join(", ")}]`] : []),
    "---",
  ];
  if (request.notebook === true) return { relativePath: join(folder, `${slug}.ipynb`), slug, text: notebookText(frontMatter) };
  const lines = [...frontMatter, "", "<!-- Write the article here. It stays out of `npm run build` until you set draft: false. -->", ""];
  return { relativePath: join(folder, `${slug}.md`), slug, text: lines.join("\n") };
}

/** A Python notebook (nbformat 4) whose first cell, raw, holds the front matter; then a note and an empty code cell. */
function notebookText(frontMatter: readonly string[]): string {
  const source = (lines: readonly string[]) => lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
  const notebook = {
    cells: [
      { cell_type: "raw", id: "front-matter", metadata: {}, source: source(frontMatter) },
      {
        cell_type: "markdown",
        id: "introduction",
        metadata: {},
        source: source(["Write the tutorial here: Markdown cells are prose, code cells are run in Jupyter and their outputs shown.", "It stays out of `npm run build` until you set draft: false in the first cell."]),
      },
      { cell_type: "code", execution_count: null, id: "first-code", metadata: {}, outputs: [], source: [] },
    ],
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
