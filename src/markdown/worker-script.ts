// The highlight worker as plain JavaScript, bundled from its TypeScript by esbuild (the compiler tsx itself runs),
// so that a worker thread needs no TypeScript loader. With tsx registered in it, each worker ran a loader thread of
// its own (one more V8 instance) and spent about 0.6 s of a core passing shiki's modules through it.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";

/** Where bundles are kept: the project's cache folder, git-ignored. */
const BUNDLE_FOLDER = join(import.meta.dirname, "..", "..", ".cache", "kiln", "workers");

/** One bundle per entry and process: the first worker waits for it, the others share it. */
const bundles = new Map<string, Promise<string | undefined>>();

/**
 * The file of the bundled worker `entry` (a file name in this folder, `highlight-worker.ts`), written on first use
 * and named by its content, so a changed worker is bundled anew; undefined when it cannot be bundled or written
 * (a read-only project): the worker then loads its TypeScript through tsx, only slower.
 */
export function workerScript(entry: string): Promise<string | undefined> {
  if (!bundles.has(entry)) bundles.set(entry, bundle(entry).catch(() => undefined));
  return bundles.get(entry)!;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    // Kiln's own files go in; packages stay imports, resolved from the project's node_modules as before.
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles[0]!.text;
  const name = entry.replace(/\.ts$/, "");
  const file = join(BUNDLE_FOLDER, `${name}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.mjs`);
  if (await readFile(file, "utf8").then((existing) => existing === text, () => false)) return file;
  await mkdir(BUNDLE_FOLDER, { recursive: true });
  // Renamed into place: a build running beside this one never reads half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  // Bundles of an older worker go; a build still starting one of them highlights on its main thread instead.
  for (const other of await readdir(BUNDLE_FOLDER)) {
    if (other.startsWith(`${name}-`) && join(BUNDLE_FOLDER, other) !== file && other.endsWith(".mjs")) {
      await rm(join(BUNDLE_FOLDER, other), { force: true });
    }
  }
  return file;
}
