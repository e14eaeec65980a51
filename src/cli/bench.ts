// `npm run bench [-- --count N --runs R --corpus=realistic|plain|both]`: Kiln's benchmark on generated corpora. For
// each corpus it prints the floor (gray-matter + markdown-it, no highlighting, no templates), cold builds with and
// without social cards (and the cards' cost), a warm build, a build after editing one article, the dev-server rebuild
// after saving one article, pages per second, CPU time and peak memory: medians of R runs, and ratios to the floor. The realistic corpus (covers, local and remote images,
// page bundles, math, tables…) comes first; the image-less one is the corpus of earlier figures, kept comparable.
import { execFile } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { cardsLine, coldComparison, medianMs, resultLines, type Sample, type Series } from "../bench/bench-table.ts";
import { makeCorpus } from "../bench/make-corpus.ts";
import { makeRealisticCorpus } from "../bench/make-realistic-corpus.ts";
import { parseArgs, rejectUnknown, UsageError } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";

const USAGE = "npm run bench -- [--count 200] [--runs 3] [--corpus=realistic|plain|both]";
const projectRoot = resolve(import.meta.dirname, "../..");
// Inside the project on purpose: Eleventy's watcher misses edits outside the working folder (see serve-site.ts).
const benchFolder = join(projectRoot, "bench-data");

/** What src/bench/measure.ts measures. */
type Kind = "floor" | "build" | "edit" | "rebuild";

/** Runs one measurement in a fresh Node process; `env` adds variables (`KILN_CARDS=off`). */
function measure(kind: Kind, input: string, output: string, env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src/bench/measure.ts"), kind, input, output],
      { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${kind} failed: ${stderr || error.message}`));
        else done(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Sample);
      },
    );
  });
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The two corpora: where each is written and built, how it is made, and what its heading says. */
const CORPORA = {
  realistic: {
    heading: "realistic corpus",
    folder: (count: number) => join(benchFolder, `realistic-corpus-${count}`),
    output: join(benchFolder, "realistic-site"),
    make: async (folder: string, count: number) => {
      const { notebooks, pageBundles, localImages, drafts } = await makeRealisticCorpus(folder, count);
      return `${notebooks} notebooks, ${pageBundles} page bundles, ${localImages} local images, ${drafts} drafts`;
    },
  },
  plain: {
    heading: "image-less corpus, comparable with earlier figures",
    folder: (count: number) => join(benchFolder, `corpus-${count}`),
    output: join(benchFolder, "site"),
    make: async (folder: string, count: number) => {
      await makeCorpus(folder, count);
      return "no images, no covers";
    },
  },
} as const;

type CorpusName = keyof typeof CORPORA;

/** Writes one corpus afresh, measures it `runs` times each way and prints its table; returns its cold build's median. */
async function benchCorpus(name: CorpusName, count: number, runs: number): Promise<number> {
  const { heading, folder, output, make } = CORPORA[name];
  const corpus = folder(count);
  await rm(corpus, { recursive: true, force: true });
  const contents = await make(corpus, count);
  say(`\n## ${heading}\n\n${count} articles (${contents}) in ${corpus}`);

  const results: Series[] = [];
  const series = async (label: string, kind: Kind, before?: () => Promise<void>, env?: NodeJS.ProcessEnv) => {
    const samples: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      await before?.();
      samples.push(await measure(kind, corpus, output, env));
    }
    results.push([label, samples]);
    say(`  ${label}: ${samples.map((s) => (s.ms / 1000).toFixed(2)).join(" s, ")} s`);
  };
  // Cold: no highlight or image cache and no build record. Warm: nothing changed, the build finds the site up to
  // date. One article edited: the caches kept, the site built again.
  const clearCaches = () => rm(join(projectRoot, ".cache", "kiln"), { recursive: true, force: true });
  // The cold build without social cards comes first, so the one with cards leaves the card cache for the warm build.
  await series("floor", "floor");
  await series("cold build without cards", "build", clearCaches, { KILN_CARDS: "off" });
  await series("cold build", "build", clearCaches);
  await series("warm build", "build");
  await series("build after editing one article", "edit");
  await series("dev rebuild after saving one article", "rebuild");

  const pages = (await readdir(output, { recursive: true })).filter((file) => file.endsWith(".html")).length;
  const [floorSeries, withoutCards, cold, warm, ...rest] = results;
  say("");
  for (const line of resultLines([floorSeries!, cold!, withoutCards!, warm!, ...rest], pages)) say(line);
  say(cardsLine(cold!, withoutCards!, warm!));
  return medianMs(cold!);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["count", "runs", "corpus"]);
  rejectUnknown(args, ["count", "runs", "corpus"], USAGE);
  const count = Number(args.flags.get("count") ?? "200");
  const runs = Number(args.flags.get("runs") ?? "3");
  if (!(Number.isInteger(count) && count > 0 && Number.isInteger(runs) && runs > 0)) {
    throw new UsageError("--count and --runs take positive whole numbers", USAGE);
  }
  const corpus = args.flags.get("corpus") ?? "both";
  if (!["realistic", "plain", "both"].includes(corpus)) throw new UsageError("--corpus takes realistic, plain or both", USAGE);
  const names: CorpusName[] = corpus === "both" ? ["realistic", "plain"] : [corpus as CorpusName];

  say(`[kiln bench] ${count} articles, ${runs} run(s) each, ${names.length === 2 ? "both corpora" : `the ${CORPORA[names[0]!].heading}`}`);
  const cold = new Map<CorpusName, number>();
  for (const name of names) cold.set(name, await benchCorpus(name, count, runs));
  const [realistic, plain] = [cold.get("realistic"), cold.get("plain")];
  if (realistic !== undefined && plain !== undefined) say(`\n${coldComparison(realistic, plain)}`);
}

main().catch(exitWithError);
