// The section tree of one build: every folder holding published articles (directly or below) is a section, titled by
// its `_index.md`/`index.md` or by its name, with its articles and subsections in reading order.
import { basename, dirname, resolve } from "node:path";
import { compareDates } from "../schema/article-date.ts";
import type { ContentRegistry, SectionRecord } from "../content/content-registry.ts";
import type { CollectionItem } from "../eleventy/eleventy-config.ts";
import { folderUrl, sectionFolderOf } from "../content/section-files.ts";

/** A link to a section, for breadcrumbs. */
export interface SectionLink {
  url: string;
  title: string;
}

/** One section: a folder of the input with published articles at or below it. */
export interface SectionNode extends SectionLink {
  /** Absolute path of the folder. */
  folder: string;
  /** The file that describes the section (`content/ai/_index.md`), when there is one. */
  file: string | undefined;
  description: string | undefined;
  weight: number | undefined;
  /** The Markdown landing text of the describing file (empty without one). */
  body: string;
  /** 0 for a folder directly in the input folder. */
  depth: number;
  /** The sections above this one, outermost first. */
  trail: SectionLink[];
  /** The articles directly in the folder (page bundles included), by weight, date (older first), title. */
  articles: CollectionItem[];
  /** The subsections, by weight, then title. */
  children: SectionNode[];
}

/** Weight (absent last), then the given tie-breaker, then title. */
export function byWeight<T>(weightOf: (x: T) => number | undefined, titleOf: (x: T) => string, then: (a: T, b: T) => number = () => 0) {
  return (a: T, b: T) =>
    (weightOf(a) ?? Number.MAX_SAFE_INTEGER) - (weightOf(b) ?? Number.MAX_SAFE_INTEGER) ||
    then(a, b) ||
    titleOf(a).localeCompare(titleOf(b), "zh-CN");
}

/**
 * Builds the tree from the build's published articles (drafts only in the dev server), so a section whose articles
 * are all drafts has no page in production. Returns every section, depth first in reading order: top-level sections
 * are the ones with `depth` 0. Articles directly in the input folder belong to no section.
 */
export function buildSectionTree(inputFolder: string, items: readonly CollectionItem[], registry: ContentRegistry): SectionNode[] {
  const root = resolve(inputFolder);
  const described = new Map<string, SectionRecord>(registry.sections().map((record) => [record.folder, record]));
  const nodes = new Map<string, SectionNode>();
  const nodeOf = (folder: string): SectionNode => {
    const existing = nodes.get(folder);
    if (existing) return existing;
    const record = described.get(folder);
    const node: SectionNode = {
      url: folderUrl(root, folder),
      title: record?.title ?? basename(folder),
      folder,
      file: record?.file,
      description: record?.description,
      weight: record?.weight,
      body: record?.body ?? "",
      depth: 0,
      trail: [],
      articles: [],
      children: [],
    };
    nodes.set(folder, node);
    const parent = dirname(folder);
    if (parent !== root) nodeOf(parent).children.push(node);
    return node;
  };
  for (const item of items) {
    const folder = sectionFolderOf(root, item.inputPath);
    if (folder !== root) nodeOf(folder).articles.push(item);
  }
  const article = (item: CollectionItem) => registry.get(item.inputPath)?.article;
  const articleOrder = byWeight<CollectionItem>(
    (item) => article(item)?.weight,
    (item) => article(item)?.title ?? "",
    // The registry's date (undated last), not Eleventy's, which falls back to the file's creation time.
    (a, b) => compareDates(article(a)?.date, article(b)?.date, "oldest"),
  );
  const sectionOrder = byWeight<SectionNode>((node) => node.weight, (node) => node.title);
  const ordered: SectionNode[] = [];
  const visit = (node: SectionNode, trail: SectionLink[]) => {
    node.depth = trail.length;
    node.trail = trail;
    node.articles.sort(articleOrder);
    node.children.sort(sectionOrder);
    ordered.push(node);
    for (const child of node.children) visit(child, [...trail, { url: node.url, title: node.title }]);
  };
  for (const top of [...nodes.values()].filter((node) => dirname(node.folder) === root).sort(sectionOrder)) visit(top, []);
  return ordered;
}
