// Dev server: a save that changed an article's body alone is on screen at once. Eleventy's incremental rebuild first
// redoes the data, computed data and collections of every page (0.6 s at 1,000 articles, 10 s at 10,000) and only
// then rewrites the page, although the page needs nothing but its new body rendered with the data it had. So, before
// that rebuild starts, this renders the saved article through Eleventy's own template of the last build
// (preprocessors, Markdown, layouts, transforms), writes it and live-reloads it. The rebuild then runs as always
// (search index, link check, every other page) and writes the same page again.
// It reads Eleventy 3.1.8 internals, named in the interfaces below; when one is missing or anything fails, nothing
// is written early and the rebuild shows the save as before.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { ContentRegistry } from "../content/content-registry.ts";

/** A page of Eleventy's template map (Template#getTemplates). */
interface PageEntry {
  template: TemplateInternals;
  inputPath: string;
  outputPath: string | false;
  url: string | false;
  rawInput: string;
  data: object;
  templateContent?: unknown;
}

/** The parts of Eleventy's Template a re-render uses. */
interface TemplateInternals {
  config: { preprocessors: object };
  resetCaches(types: { read?: boolean; render?: boolean }): void;
  /** The file's text below its front matter, read from disk when the read cache was reset. */
  getPreRender(): Promise<string>;
  /** The template's engine (Markdown) over a text, with a page's data. */
  renderDirect(source: string, data: object): Promise<string>;
  /** Layouts, linters and transforms over `templateContent`. */
  renderPageEntry(page: PageEntry): Promise<string>;
  constructor: {
    runPreprocessors(inputPath: string, content: string, data: object, preprocessors: object): Promise<{ skippedVia: unknown; content: string }>;
  };
}

/** The parts of an Eleventy instance read here. */
interface EleventyInternals {
  /** The last build's writer and template map. */
  writer?: { templateMap?: { getMapEntryForInputPath(inputPath: string): { _pages?: PageEntry[] } | undefined } };
  /** The dev server (a no-op in watch mode). */
  eleventyServe?: { reload(event: { files: string[]; build: { templates: ReloadedPage[] } }): Promise<void> };
}

/** A page the dev server's client morphs in place when it is the one shown. */
interface ReloadedPage {
  url: string;
  inputPath: string;
  content: string;
}

/** The watching Eleventy of this process: set by the dev server (and the benchmark), which own it. */
let watching: EleventyInternals | undefined;

/** Lets {@link writeSavedArticlesEarly} use `eleventy`'s last build; call it before `eleventy.watch()`. */
export function attachEarlyArticleWrites(eleventy: object): void {
  watching = eleventy as EleventyInternals;
}

/** Options of {@link writeSavedArticlesEarly}. */
export interface EarlyWriteOptions {
  registry: ContentRegistry;
  /** The site's path prefix (`/` or `/docs/`), which live-reload URLs carry. */
  pathPrefix: string;
}

/** Renders one page again with a new body and the data of the last build. */
async function renderAgain(page: PageEntry): Promise<string | undefined> {
  const template = page.template;
  template.resetCaches({ read: true, render: true });
  const text = await template.getPreRender();
  const preprocessed = await template.constructor.runPreprocessors(page.inputPath, text, page.data, template.config.preprocessors);
  if (preprocessed.skippedVia) return undefined;
  const rawInput = preprocessed.content;
  const templateContent = await template.renderDirect(rawInput, page.data);
  // The template's render caches now hold this render: Eleventy's rebuild resets them for the changed file.
  return template.renderPageEntry({ ...page, rawInput, templateContent });
}

/**
 * Run on `eleventy.beforeWatch` with the changed files: writes each saved article whose body alone changed. An article
 * whose front matter changed waits for the rebuild, and so does the whole batch when it holds anything but articles
 * (a layout or a stylesheet may change every page).
 */
export async function writeSavedArticlesEarly(changed: readonly string[], { registry, pathPrefix }: EarlyWriteOptions): Promise<void> {
  const templateMap = watching?.writer?.templateMap;
  if (templateMap === undefined || changed.length === 0) return;
  if (!changed.every((path) => path.endsWith(".md") && registry.get(path) !== undefined)) return;
  const pages = changed.map((path) => templateMap.getMapEntryForInputPath(path)?._pages);
  if (!pages.every((entry) => entry?.length === 1)) return;
  const written: ReloadedPage[] = [];
  for (const [page] of pages as PageEntry[][]) {
    if (page === undefined || typeof page.outputPath !== "string" || typeof page.url !== "string") continue;
    if (registry.refreshBody(page.inputPath) === undefined) continue;
    try {
      const content = await renderAgain(page);
      if (content === undefined) continue;
      await mkdir(dirname(page.outputPath), { recursive: true });
      await writeFile(page.outputPath, content);
      written.push({ url: `${pathPrefix.replace(/\/$/, "")}${page.url}`, inputPath: page.inputPath, content });
    } catch {
      // The rebuild renders the same text next and reports what went wrong, where it always does.
    }
  }
  if (written.length > 0) await watching?.eleventyServe?.reload({ files: [...changed], build: { templates: written } });
}
