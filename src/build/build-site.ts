// Production build: Eleventy writes into a fresh temporary folder that replaces the output only on success,
// so a failed build never leaves a half-written site and drafts from a dev server never leak into it.
import { Eleventy } from "@11ty/eleventy";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { KilnError } from "../errors.ts";
import { buildFolderName, recoverLeftovers } from "./build-leftovers.ts";
import { buildRecordFile, inputFingerprint, isUpToDate, readBuildRecord, siteDigest, writeBuildRecord } from "./build-record.ts";
import { displayPath } from "../report/display-path.ts";
import { STALE_FROM_EVENT, type EleventyConfig } from "../eleventy/eleventy-config.ts";
import { hideWriteFailureStacks, writeFailure } from "./write-failure.ts";

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Folder of articles. @default "content" */
  input?: string;
  /** Folder the site is written to; replaced as a whole. @default "_site" */
  output?: string;
  /** URL path the site is served under (`/docs/`). @default "/" */
  pathPrefix?: string;
  /** Kiln's project folder (holds .eleventy.ts, layouts/, public/). */
  projectRoot: string;
  /** Silences Eleventy's own log lines, its per-file lines, summary and error report; Kiln's lines stay. @default true */
  quiet?: boolean;
  /** Where Kiln's own notes go (a site restored after an interrupted build). @default a line on stderr */
  info?: (line: string) => void;
  /** Builds even when nothing the site is made from changed since the last build. @default false */
  force?: boolean;
}

/** What {@link buildSite} did. */
export interface BuildOutcome {
  /** The absolute output folder. */
  output: string;
  /** False when the output was already up to date and left untouched. */
  built: boolean;
}

/** Eleventy's console when Kiln speaks alone (every build but a --verbose one). */
const SILENT_CONSOLE = { log() {}, warn() {}, error() {}, info() {} };

/** Refuses an output folder whose replacement would delete the articles or the project. */
function assertSafeOutput(input: string, output: string, projectRoot: string): void {
  const contains = (outer: string, inner: string) => inner === outer || inner.startsWith(outer + sep);
  if (contains(output, input) || contains(output, projectRoot) || output === dirname(output)) {
    throw new KilnError("Output folder is unsafe", [
      {
        location: { file: output },
        message: "the output folder contains the articles or the project, and a build replaces it entirely",
        hint: "choose a separate folder, e.g. --output=_site",
      },
    ]);
  }
}

/**
 * Runs Eleventy's write. Eleventy 3.1.8 starts passthrough copies before it awaits them
 * (TemplatePassthroughManager#copyAll), so a copy that fails early (a full disk) rejects unhandled and Node would
 * exit before write() fails: such a rejection is held here and write() fails with it instead. Listening to
 * `rejectionHandled` too keeps Node from warning when Eleventy handles it late.
 */
async function writeHoldingStrayRejections(eleventy: Eleventy): Promise<void> {
  let stray: unknown;
  const hold = (reason: unknown) => {
    stray ??= reason;
  };
  const handledLate = () => {};
  process.on("unhandledRejection", hold);
  process.on("rejectionHandled", handledLate);
  try {
    await eleventy.write();
  } finally {
    process.off("unhandledRejection", hold);
    // Node reports late handling after the current tick: stop listening once that has passed.
    setImmediate(() => process.off("rejectionHandled", handledLate));
  }
  if (stray !== undefined) throw stray;
}

/** Builds into `staging` and swaps it in as `output`, unless it is up to date; see {@link buildSite}. */
async function buildAndSwap(options: BuildSiteOptions, input: string, output: string): Promise<boolean> {
  const parent = dirname(output);
  const name = basename(output);
  const staging = join(parent, buildFolderName("tmp", name, process.pid));
  const ready = join(parent, buildFolderName("new", name, process.pid));
  const retired = join(parent, buildFolderName("old", name, process.pid));
  await mkdir(parent, { recursive: true });
  const restored = await recoverLeftovers(parent, name);
  const info = options.info ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (restored) info(`[kiln] restored ${displayPath(output)} from ${basename(restored)}, left by a build killed while swapping`);
  // Hashed before the build reads anything: an input edited while it runs makes the next build run again.
  const pathPrefix = options.pathPrefix ?? "/";
  const inputs = await inputFingerprint({ input, output, projectRoot: options.projectRoot, pathPrefix });
  const recordFile = buildRecordFile(options.projectRoot, output);
  if (!options.force && isUpToDate(await readBuildRecord(recordFile), { inputs, site: await siteDigest(output), now: new Date() })) {
    info(`[kiln] ${displayPath(output)} is up to date: nothing it is built from changed since its last build (--force rebuilds it)`);
    return false;
  }
  let staleFrom: Date | undefined;
  const quiet = options.quiet ?? true;
  try {
    const eleventy = new Eleventy(relative(process.cwd(), input) || ".", staging, {
      configPath: join(options.projectRoot, ".eleventy.ts"),
      pathPrefix,
      quietMode: quiet,
      config: (eleventyConfig: EleventyConfig) => {
        eleventyConfig.on(STALE_FROM_EVENT, (date) => (staleFrom = date));
        // Its "[11ty] Benchmark … Transform" notes bypass the logger below (their group's console logger is made
        // before quiet mode is set): silenced here unless --verbose.
        eleventyConfig.benchmarkManager?.get("Configuration").setIsVerbose(!quiet);
      },
    });
    // Kiln speaks for the build: Eleventy's own lines ("Wrote 56 files", "Problem writing Eleventy templates", its
    // benchmark notes) are dropped unless --verbose, and Kiln prints the verdict (and a bug's stack) itself.
    eleventy.logger.overrideLogger(quiet ? SILENT_CONSOLE : hideWriteFailureStacks());
    await writeHoldingStrayRejections(eleventy);
    // Complete: from here on, a build killed mid-swap is restored from `ready` by the next one.
    await rename(staging, ready);
  } catch (error) {
    // Encodings and cards still in flight may write into the folder while it goes: retry, and never let a failed
    // removal hide the build's own error (a folder left behind is removed by the next build's recoverLeftovers).
    await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }).catch(() => undefined);
    throw error;
  }
  // Swap: the old site stays whole until the new one is complete; between the two renames there is no output
  // folder for an instant, which recoverLeftovers puts right if the process dies there.
  await rename(output, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(ready, output);
  // The old site goes while the new one is hashed for the record. No record (a read-only cache folder) only means
  // the next build runs in full.
  const [, site] = await Promise.all([rm(retired, { recursive: true, force: true }), siteDigest(output)]);
  if (site !== null) {
    await writeBuildRecord(recordFile, { output, inputs, site, staleFrom: staleFrom?.toISOString() ?? null }).catch(() => {});
  }
  return true;
}

/**
 * Builds the site, or leaves it as it is when nothing it is built from changed since its last build. Throws
 * (KilnError for input problems and for a disk or folder that cannot take the site) and leaves the old output
 * untouched on failure.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildOutcome> {
  const input = resolve(options.input ?? "content");
  const output = resolve(options.output ?? "_site");
  assertSafeOutput(input, output, resolve(options.projectRoot));
  try {
    return { output, built: await buildAndSwap(options, input, output) };
  } catch (error) {
    // A full disk, a read-only folder or a file in the way: the machine's state, told without a stack trace.
    throw writeFailure(error, output) ?? error;
  }
}
