// `npm run bench [-- --count N --runs R]`: Kiln's benchmark on a generated corpus. Prints, for one corpus, the
// floor (gray-matter + markdown-it, no highlighting, no templates), cold and warm builds, a build after editing
// one article, the dev-server rebuild after saving one article, pages per second, CPU time and peak memory: medians
// of R runs, and ratios to the floor.
import { execFile } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { makeCorpus } from "../bench/make-corpus.ts";
import { parseArgs, rejectUnknown, UsageError } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";

const USAGE = "npm run bench -- [--count 200] [--runs 3]";
const projectRoot = resolve(import.meta.dirname, "../..");
// Inside the project on purpose: Eleventy's watcher misses edits outside the working folder (see serve-site.ts).
const benchFolder = join(projectRoot, "bench-data");

/** What src/bench/measure.ts measures. */
type Kind = "floor" | "build" | "edit" | "rebuild";

interface Sample {
  ms: number;
  /** CPU time over the same span: every thread, and Pagefind's process on Linux. */
  cpuMs: number;
  maxRssMb: number;
}

/** Runs one measurement in a fresh Node process. */
function measure(kind: Kind, input: string, output: string): Promise<Sample> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src/bench/measure.ts"), kind, input, output],
      { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`${kind} failed: ${stderr || error.message}`));
        else done(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Sample);
      },
    );
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["count", "runs"]);
  rejectUnknown(args, ["count", "runs"], USAGE);
  const count = Number(args.flags.get("count") ?? "200");
  const runs = Number(args.flags.get("runs") ?? "3");
  if (!(Number.isInteger(count) && count > 0 && Number.isInteger(runs) && runs > 0)) {
    throw new UsageError("--count and --runs take positive whole numbers", USAGE);
  }
  const corpus = join(benchFolder, `corpus-${count}`);
  const output = join(benchFolder, "site");
  await rm(corpus, { recursive: true, force: true });
  await makeCorpus(corpus, count);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`[kiln bench] ${count} articles, ${runs} run(s) each, corpus in ${corpus}`);

  const results: Array<[string, Sample[]]> = [];
  const series = async (label: string, kind: Kind, before?: () => Promise<void>) => {
    const samples: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      await before?.();
      samples.push(await measure(kind, corpus, output));
    }
    results.push([label, samples]);
    say(`  ${label}: ${samples.map((s) => (s.ms / 1000).toFixed(2)).join(" s, ")} s`);
  };
  // Cold: no highlight or image cache and no build record. Warm: nothing changed, the build finds the site up to
  // date. One article edited: the caches kept, the site built again.
  const clearCaches = () => rm(join(projectRoot, ".cache", "kiln"), { recursive: true, force: true });
  await series("floor", "floor");
  await series("cold build", "build", clearCaches);
  await series("warm build", "build");
  await series("build after editing one article", "edit");
  await series("dev rebuild after saving one article", "rebuild");

  const pages = (await readdir(output, { recursive: true })).filter((file) => file.endsWith(".html")).length;
  const floorMs = median(results[0]![1].map((s) => s.ms));
  say("");
  // CPU beside the time: on a machine with few cores, a build using all of them can only go faster by doing less.
  say("| measure | median | × floor | CPU (cores busy) | peak memory |");
  say("|---|---|---|---|---|");
  for (const [label, samples] of results) {
    const ms = median(samples.map((s) => s.ms));
    const cpu = median(samples.map((s) => s.cpuMs));
    const rss = Math.max(...samples.map((s) => s.maxRssMb));
    const cores = median(samples.map((s) => s.cpuMs / s.ms));
    say(`| ${label} | ${(ms / 1000).toFixed(2)} s | ${(ms / floorMs).toFixed(1)} | ${(cpu / 1000).toFixed(2)} s (${cores.toFixed(1)}) | ${rss.toFixed(0)} MB |`);
  }
  const cold = median(results[1]![1].map((s) => s.ms));
  say(`\n${pages} pages; cold build ${(pages / (cold / 1000)).toFixed(0)} pages/s`);
}

main().catch(exitWithError);
