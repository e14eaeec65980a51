// One benchmark measurement, run in its own process so memory and caches start cold:
// `node --import tsx src/bench/measure.ts floor|build|edit|rebuild INPUT OUTPUT` prints one JSON line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import matter from "gray-matter";
import markdownit from "markdown-it";
import { attachEarlyArticleWrites } from "../dev/early-article-writes.ts";
import { editedArticle, floorFiles } from "./corpus-files.ts";
import { notebookFloorMarkdown } from "./notebook-floor-markdown.ts";

const projectRoot = resolve(import.meta.dirname, "../..");

/**
 * CPU time so far, in ms: this process's threads (the main one and the highlight workers), plus, with `children`,
 * the child processes it has waited for (Pagefind), which Linux reports in /proc/self/stat (cutime and cstime, in
 * ticks of 10 ms); elsewhere only this process counts.
 */
function cpuMs(children: boolean): number {
  const own = process.cpuUsage();
  let waited = 0;
  try {
    const fields = children ? (readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? []) : [];
    waited = (Number(fields[13]) + Number(fields[14])) * 10 || 0;
  } catch {
    // Not Linux.
  }
  return (own.user + own.system) / 1000 + waited;
}

/** CPU time spent in the measured span, once it has ended. */
let spanCpuMs = 0;
/** Whether the span counts the child processes it waited for. */
let spanChildren = true;

/**
 * Starts the measured span: returns the wall clock and notes the CPU time. The dev server indexes in the background,
 * so a Pagefind run of an earlier rebuild can end inside the span: its CPU is left out with `children: false`.
 */
function startClock(children = true): number {
  spanChildren = children;
  spanCpuMs = -cpuMs(children);
  return performance.now();
}

/** Ends the span begun at `started` (what follows, such as restoring an edited article, is not counted): its ms. */
function stopClock(started: number): number {
  const ms = performance.now() - started;
  spanCpuMs += cpuMs(spanChildren);
  return ms;
}

/**
 * The floor: gray-matter + plain markdown-it over every file (`floorFiles`: page bundles' `index.md` too), no
 * highlighting, no templates, no images. Notebooks count too, their cells joined naively into Markdown: the builds
 * measured against the floor render them, and a floor over the Markdown files alone would make every build look
 * slower by the notebooks' share of the corpus.
 */
async function floor(input: string): Promise<number> {
  const md = markdownit({ html: true, linkify: true });
  const files = await floorFiles(input);
  const started = startClock();
  for (const file of files) {
    const text = await readFile(join(input, file), "utf8");
    md.render(matter(file.endsWith(".ipynb") ? notebookFloorMarkdown(text) : text, {}).content);
  }
  return stopClock(started);
}

/** A production build (atomic, into OUTPUT); it leaves the site as it is when nothing changed since the last one. */
async function build(input: string, output: string): Promise<number> {
  const { buildSite } = await import("../build/build-site.ts");
  const started = startClock();
  await buildSite({ input, output, projectRoot, quiet: true });
  return stopClock(started);
}

/** A production build after one article's text changed: caches kept, one page's inputs new. */
async function editBuild(input: string, output: string): Promise<number> {
  const path = join(input, await editedArticle(input));
  const source = await readFile(path, "utf8");
  try {
    await writeFile(path, `${source}\nbench-edit-${Date.now()}.\n`);
    return await build(input, output);
  } finally {
    await writeFile(path, source);
  }
}

/** Dev server mode: after the first build, the time from saving one article to its page being rewritten. */
async function rebuild(input: string, output: string): Promise<number> {
  process.env["KILN_DRAFTS"] = "1";
  const { Eleventy } = await import("@11ty/eleventy");
  // Relative to the working folder: Eleventy's watcher does not match absolute paths to its templates.
  const eleventy = new Eleventy(relative(process.cwd(), input), output, {
    configPath: join(projectRoot, ".eleventy.ts"),
    runMode: "watch",
    quietMode: true,
  });
  eleventy.setIncrementalBuild(true); // as the dev server does (serve-site.ts)
  await eleventy.init();
  attachEarlyArticleWrites(eleventy); // as the dev server does
  await eleventy.watch();
  const file = await editedArticle(input);
  const page = join(output, file.replace(/\.md$/, ""), "index.html");
  const source = await readFile(join(input, file), "utf8");
  const save = (marker: string) => writeFile(join(input, file), `${source}\n${marker}\n`);
  // Polls the page's modification time and reads it only when that changed: reading a 100 KB page every 10 ms
  // on the dev server's own thread slowed the rebuild it measures.
  const shown = async (marker: string, withinMs: number) => {
    let seen = -1;
    for (const until = performance.now() + withinMs; performance.now() < until; ) {
      const written = await stat(page).then((info) => info.mtimeMs, () => -1);
      if (written !== seen && (await readFile(page, "utf8").catch(() => "")).includes(marker)) return true;
      seen = written;
      await new Promise((done) => setTimeout(done, 10));
    }
    return false;
  };
  // Markers unique to this run, and the article restored whatever happens: a failed run must not leave its edit.
  const run = Date.now();
  try {
    // On a large corpus the watcher is still scanning when watch() resolves and misses a save: save until one shows.
    const searchEntry = join(output, "pagefind", "pagefind-entry.json");
    const indexed = () => stat(searchEntry).then((info) => info.mtimeMs, () => 0);
    const indexedBefore = await indexed();
    for (let attempt = 1; ; attempt++) {
      await save(`bench-warm-up-${run}-${attempt}.`);
      if (await shown(`bench-warm-up-${run}-${attempt}.`, 5000 * attempt)) break;
      if (attempt === 10) throw new Error(`the dev build never rewrote ${page} after saving ${file}`);
    }
    // Let that rebuild finish (its search index is written last), or the timed save would queue behind it.
    for (const until = performance.now() + 300_000; performance.now() < until && (await indexed()) === indexedBefore; ) {
      await new Promise((done) => setTimeout(done, 50));
    }
    const started = startClock(false);
    await save(`bench-edit-${run}.`);
    if (!(await shown(`bench-edit-${run}.`, 120_000))) throw new Error(`${page} was not rewritten within 120 s of saving ${file}`);
    return stopClock(started);
  } finally {
    await writeFile(join(input, file), source);
    await eleventy.stopWatch();
  }
}

/** How many cards the card caches hold (`.cache/kiln/cards-*`): a build drew the difference. */
function cachedCards(): number {
  const caches = join(projectRoot, ".cache", "kiln");
  if (!existsSync(caches)) return 0;
  const folders = readdirSync(caches).filter((name) => name.startsWith("cards-"));
  return folders.reduce((count, folder) => count + readdirSync(join(caches, folder)).filter((name) => name.endsWith(".png")).length, 0);
}

const [kind, input = "", output = ""] = process.argv.slice(2);
const kinds = {
  floor: () => floor(input),
  build: () => build(input, output),
  edit: () => editBuild(input, output),
  rebuild: () => rebuild(input, output),
};
const run = kinds[(kind ?? "") as keyof typeof kinds];
if (!run) throw new Error("usage: measure.ts floor|build|edit|rebuild INPUT OUTPUT");
const cardsBefore = cachedCards();
const ms = await run();
const cards = cachedCards() - cardsBefore;
process.stdout.write(`${JSON.stringify({ ms, cpuMs: spanCpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, cards })}\n`);
process.exit(0);
