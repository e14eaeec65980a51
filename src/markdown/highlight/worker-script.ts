// A worker thread's script (the highlight worker, the card worker) as plain JavaScript, bundled from its TypeScript
// by esbuild (the compiler tsx itself runs), so that a worker thread needs no TypeScript loader. With tsx registered in it, each worker ran a loader thread of
// its own (one more V8 instance) and spent about 0.6 s of a core passing shiki's modules through it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { isRunning } from "../../running-process.ts";

/** Kiln's source folder: a bundle is named by a hash of all of it, so any change bundles anew. */
const SOURCE_FOLDER = join(import.meta.dirname, "..", "..");

/** Where bundles are kept: the project's cache folder, git-ignored. */
const BUNDLE_FOLDER = join(SOURCE_FOLDER, "..", ".cache", "kiln", "workers");

/** One answer per entry and process. */
const bundles = new Map<string, string | undefined>();

/**
 * The file of the bundled worker `entry` (a file name in this folder, `highlight-worker.ts`, or an absolute path);
 * undefined when it
 * cannot be bundled or written (a read-only project): the worker then loads its TypeScript through tsx, only
 * slower. Synchronous on purpose: workers start while the main thread is busy starting Eleventy, and an awaited
 * bundle would wait for the main thread's next turn. A bundle of the current sources is reused (about 15 ms to
 * hash them); making one takes about 130 ms.
 */
export function workerScript(entry: string): string | undefined {
  if (!bundles.has(entry)) bundles.set(entry, bundle(entry));
  return bundles.get(entry);
}

function bundle(entry: string): string | undefined {
  try {
    const name = basename(entry, ".ts");
    const file = join(BUNDLE_FOLDER, `${name}-${sourceHash()}.mjs`);
    if (existsSync(file)) return file;
    const { outputFiles } = buildSync({
      entryPoints: [resolve(import.meta.dirname, entry)],
      bundle: true,
      // Kiln's own files go in; packages stay imports, resolved from the project's node_modules as before.
      packages: "external",
      format: "esm",
      platform: "node",
      target: "node20",
      write: false,
      logLevel: "silent",
    });
    mkdirSync(BUNDLE_FOLDER, { recursive: true });
    // Renamed into place: a build running beside this one never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, outputFiles[0]!.text);
    renameSync(temporary, file);
    sweepBundles(BUNDLE_FOLDER, name, file);
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Removes the bundles of `name` other than `kept` (older sources: a build still starting one of them highlights on
 * its main thread instead) and the temporary files of processes that died before renaming theirs into place.
 */
export function sweepBundles(folder: string, name: string, kept: string): void {
  const temporary = new RegExp(`^${name}-[0-9a-f]+\\.mjs\\.(\\d+)\\.tmp$`);
  for (const other of readdirSync(folder)) {
    const path = join(folder, other);
    const writer = temporary.exec(other)?.[1];
    const stale = writer === undefined ? other.startsWith(`${name}-`) && other.endsWith(".mjs") && path !== kept : !isRunning(Number(writer));
    if (stale) rmSync(path, { force: true });
  }
}

/** A hash of every TypeScript file of Kiln's source, names and contents. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const files = readdirSync(SOURCE_FOLDER, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts")).sort();
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(SOURCE_FOLDER, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * A worker's code loading `entry` (as {@link workerScript} takes it) through tsx, when it could not be bundled: it
 * registers tsx's loader itself, since a worker thread does not reliably inherit the `--import tsx` its parent
 * process was started with. Run it with `new Worker(code, { eval: true })`.
 */
export function tsxBootstrap(entry: string): string {
  const url = pathToFileURL(resolve(import.meta.dirname, entry)).href;
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`;
}
