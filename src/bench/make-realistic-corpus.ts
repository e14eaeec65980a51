// The realistic benchmark corpus: tutorials as they are written (covers, figures local and remote, page bundles,
// tables, math, admonitions, links between articles, drafts), in 8 sections, one article in ten a Jupyter notebook.
// Same (count, seed) → byte-identical files; article i depends only on (seed, i). The image-less corpus
// (make-corpus.ts) stays as it was, for figures comparable with earlier ones.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { imageBytes } from "./corpus-images.ts";
import { notebookText } from "./corpus-notebook.ts";
import { markdownText, sectionIndex } from "./make-corpus.ts";
import { localImages, tutorialPlan, type TutorialPlan } from "./tutorial-plan.ts";
import { tutorialShape } from "./tutorial-shape.ts";
import { TUTORIAL_SECTIONS } from "./tutorial-words.ts";

/** A file of the corpus, relative to its folder. */
export interface CorpusFile {
  path: string;
  content: string | Buffer;
}

/**
 * Article `index`: its plan, and its files: the Markdown or notebook first, then in a page bundle the images beside
 * its `index.md`.
 */
export async function realisticArticle(index: number, seed: number): Promise<{ plan: TutorialPlan; files: CorpusFile[] }> {
  const plan = tutorialPlan(index, seed);
  const shape = tutorialShape(plan, seed);
  const text = plan.notebook ? notebookText(shape, index, seed) : markdownText(shape);
  const folder = dirname(plan.path);
  const images = await Promise.all(
    localImages(plan).map(async (image) => ({ path: join(folder, image.name), content: await imageBytes(image, index, seed) })),
  );
  return { plan, files: [{ path: plan.path, content: text }, ...images] };
}

/** What a realistic corpus holds, for the benchmark's report. */
export interface CorpusSummary {
  articles: number;
  notebooks: number;
  pageBundles: number;
  localImages: number;
  drafts: number;
}

/** Writes `count` articles below `folder`, in the 8 section folders, each with an `_index.md`. */
export async function makeRealisticCorpus(folder: string, count: number, seed = 1): Promise<CorpusSummary> {
  for (const [position, section] of TUTORIAL_SECTIONS.entries()) {
    await mkdir(join(folder, section.folder), { recursive: true });
    await writeFile(join(folder, section.folder, "_index.md"), sectionIndex({ title: section.title, weight: position + 1 }));
  }
  const summary: CorpusSummary = { articles: count, notebooks: 0, pageBundles: 0, localImages: 0, drafts: 0 };
  for (let index = 0; index < count; index++) {
    const { plan, files } = await realisticArticle(index, seed);
    for (const { path, content } of files) {
      await mkdir(join(folder, dirname(path)), { recursive: true });
      await writeFile(join(folder, path), content);
    }
    if (plan.notebook) summary.notebooks++;
    if (plan.path.endsWith("/index.md")) summary.pageBundles++;
    if (plan.draft) summary.drafts++;
    summary.localImages += files.length - 1;
  }
  return summary;
}
