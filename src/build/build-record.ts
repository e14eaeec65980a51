// Build record: what the last successful build of an output folder was made from, so a build whose inputs have
// not changed since can leave the site as it is (make's rule, with content hashes instead of timestamps).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { lastCommitDates } from "../content/last-commit-dates.ts";

/** Kiln's own folder: its code, layouts and assets are inputs of every build. */
const kilnRoot = resolve(import.meta.dirname, "../..");

/** What a finished build leaves behind for the next one. */
export interface BuildRecord {
  /** The output folder this record describes. */
  output: string;
  /** Hash of every input; see {@link inputFingerprint}. */
  inputs: string;
  /** Hash of the output's file list with sizes and times: a site edited or deleted by hand is rebuilt. */
  site: string;
  /** When a scheduled article goes live or an expiring one goes down (ISO instant): the site is stale from then. */
  staleFrom: string | null;
}

/** What a build depends on besides its files. */
export interface FingerprintOptions {
  input: string;
  /** The output folder, left out when it lies inside the input folder (`--input=.`). */
  output: string;
  projectRoot: string;
  pathPrefix: string;
  env?: NodeJS.ProcessEnv;
}

/** Every file below a folder (dot folders, node_modules and `skip` excluded), sorted. */
async function filesBelow(folder: string, skip: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  const skipped = (path: string) =>
    path.startsWith(skip + sep) || relative(folder, path).split(/[\\/]/).some((part) => part.startsWith(".") || part === "node_modules");
  return entries
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path, index) => entries[index]!.isFile() && !skipped(path))
    .sort();
}

/**
 * Hash of everything a build reads: the articles and their assets (contents), Kiln's code, layouts, assets and
 * locked dependencies, the project's config, the path prefix, the KILN_* switches, the machine's time zone (dates
 * without an offset are read in it) and the git dates that stand in for `updated`.
 */
export async function inputFingerprint(options: FingerprintOptions): Promise<string> {
  const hash = createHash("sha256");
  const env = options.env ?? process.env;
  const commitDates = lastCommitDates(options.input);
  const roots = [kilnRoot, options.projectRoot];
  const folders = [options.input, ...new Set(roots.flatMap((root) => ["src", "layouts", "public"].map((name) => join(root, name))))];
  const output = resolve(options.output);
  const files = [
    ...(await Promise.all(folders.map((folder) => filesBelow(resolve(folder), output)))).flat(),
    join(kilnRoot, "package-lock.json"),
    join(options.projectRoot, ".eleventy.ts"),
  ];
  // Synchronous reads and stats here and below: thousands of small files take a tenth of the time the promise
  // API's thread-pool hops do, and nothing else runs meanwhile.
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : "(missing)");
  }
  const switches = Object.entries(env).filter(([name]) => name.startsWith("KILN_")).sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify({ pathPrefix: options.pathPrefix, switches, zone: Intl.DateTimeFormat().resolvedOptions().timeZone, node: process.version }));
  for (const [file, date] of [...(await commitDates)].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${file}\0${date.text}\0`);
  return hash.digest("hex");
}

/** Hash of an output folder's files, sizes and modification times; null when there is no output. */
export async function siteDigest(output: string): Promise<string | null> {
  const files = await readdir(output, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (files === undefined) return null;
  const hash = createHash("sha256");
  const paths = files.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const path of paths) {
    const { size, mtimeMs } = statSync(path);
    hash.update(`${relative(output, path)}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest("hex");
}

/** Where the record of an output folder is kept: the project's cache, one file per output folder. */
export function buildRecordFile(projectRoot: string, output: string): string {
  const name = createHash("sha256").update(resolve(output)).digest("hex").slice(0, 16);
  return join(projectRoot, ".cache", "kiln", "builds", `${name}.json`);
}

/** Reads a record; a missing or unreadable one means "build". */
export async function readBuildRecord(file: string): Promise<BuildRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, "utf8")) as Partial<BuildRecord>;
    const valid = typeof record.output === "string" && typeof record.inputs === "string" && typeof record.site === "string";
    return valid ? (record as BuildRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a record atomically (concurrent builds never leave half a file) and drops those of deleted outputs. */
export async function writeBuildRecord(file: string, record: BuildRecord): Promise<void> {
  const folder = dirname(file);
  await mkdir(folder, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  await rename(temporary, file);
  for (const name of await readdir(folder)) {
    if (!name.endsWith(".json")) continue;
    const other = await readBuildRecord(join(folder, name));
    if (other !== undefined && !(await stat(other.output).then(() => true, () => false))) await rm(join(folder, name), { force: true });
  }
}

/** True when the output is exactly what a build from these inputs, at this time, would write again. */
export function isUpToDate(record: BuildRecord | undefined, current: { inputs: string; site: string | null; now: Date }): boolean {
  if (record === undefined || current.site === null) return false;
  const stale = record.staleFrom !== null && current.now.getTime() >= Date.parse(record.staleFrom);
  return record.inputs === current.inputs && record.site === current.site && !stale;
}
