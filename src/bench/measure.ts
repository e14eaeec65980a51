// One benchmark measurement, run in its own process so memory and caches start cold:
// `node --import tsx src/bench/measure.ts floor|build|rebuild INPUT OUTPUT` prints one JSON line.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import matter from "gray-matter";
import markdownit from "markdown-it";

const projectRoot = resolve(import.meta.dirname, "../..");

/** The floor: gray-matter + plain markdown-it over every file, no highlighting, no templates. */
async function floor(input: string): Promise<number> {
  const md = markdownit({ html: true, linkify: true });
  const files = (await readdir(input, { recursive: true })).filter((file) => file.endsWith(".md"));
  const started = performance.now();
  for (const file of files) md.render(matter(await readFile(join(input, file), "utf8"), {}).content);
  return performance.now() - started;
}

/** A full production build (atomic, into OUTPUT). */
async function build(input: string, output: string): Promise<number> {
  const { buildSite } = await import("../eleventy/build-site.ts");
  const started = performance.now();
  await buildSite({ input, output, projectRoot, quiet: true });
  return performance.now() - started;
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
  await eleventy.watch();
  // An article, not a section's `_index.md` (which has no page of its own).
  const files = (await readdir(input, { recursive: true })).filter((file) => file.endsWith(".md") && !file.endsWith("_index.md")).sort();
  const file = files[Math.floor(files.length / 2)]!;
  const page = join(output, file.replace(/\.md$/, ""), "index.html");
  const marker = `bench-edit-${Date.now()}`;
  const source = await readFile(join(input, file), "utf8");
  const started = performance.now();
  await writeFile(join(input, file), `${source}\n${marker}\n`);
  for (;;) {
    const html = await readFile(page, "utf8").catch(() => "");
    if (html.includes(marker)) break;
    await new Promise((done) => setTimeout(done, 10));
  }
  const elapsed = performance.now() - started;
  await writeFile(join(input, file), source);
  await eleventy.stopWatch();
  return elapsed;
}

const [kind, input = "", output = ""] = process.argv.slice(2);
const run = { floor: () => floor(input), build: () => build(input, output), rebuild: () => rebuild(input, output) }[kind ?? ""];
if (!run) throw new Error("usage: measure.ts floor|build|rebuild INPUT OUTPUT");
const ms = await run();
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exit(0);
