// What a killed build leaves beside the output folder, and how the next build puts it right: a site swapped out
// but not yet swapped in is restored, then every folder of a dead build is removed.
import { readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { isRunning } from "../running-process.ts";

/** The folders a build of `<name>` uses beside it, each marked with the build's process id. */
export type BuildFolderKind = "tmp" | "new" | "old";

/**
 * The folder of one kind for a build of the output folder `name` by process `pid`: `tmp` is written by Eleventy,
 * renamed `new` once complete, and the previous site is renamed `old` while `new` takes the output's place.
 */
export function buildFolderName(kind: BuildFolderKind, name: string, pid: number): string {
  return `.kiln-${kind}-${name}-${pid}`;
}

/** One folder left by a build that is no longer running (or by this process). */
interface Leftover {
  kind: BuildFolderKind;
  path: string;
}

/** The folders beside `name` left by builds whose process is gone; a build still running keeps its own. */
async function deadLeftovers(parent: string, name: string): Promise<Leftover[]> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^\\.kiln-(tmp|new|old)-${escaped}-(\\d+)$`);
  const found: Leftover[] = [];
  for (const entry of (await readdir(parent)).sort()) {
    const match = pattern.exec(entry);
    const pid = Number(match?.[2]);
    if (match && Number.isInteger(pid) && (pid === process.pid || !isRunning(pid))) {
      found.push({ kind: match[1] as BuildFolderKind, path: join(parent, entry) });
    }
  }
  return found;
}

/** Modification time of a folder in ms (0 when it is gone), to prefer the newest of two complete sites. */
const modified = (path: string): Promise<number> => stat(path).then((info) => info.mtimeMs, () => 0);

/**
 * Puts right what builds killed mid-way left beside `output` (folder `name` in `parent`). A build killed between
 * the two renames of its swap leaves no output folder, but a complete site as `new` (and the previous one as
 * `old`): the newest complete site is renamed back into place, so a later failed build still leaves a site.
 * A `tmp` folder is never restored (it may be half-written). Then every leftover of a dead build is removed.
 * Returns the restored folder's path, if any.
 */
export async function recoverLeftovers(parent: string, name: string): Promise<string | undefined> {
  const output = join(parent, name);
  const leftovers = await deadLeftovers(parent, name);
  let restored: string | undefined;
  if (!(await stat(output).then(() => true, () => false))) {
    for (const kind of ["new", "old"] as const) {
      const candidates = leftovers.filter((leftover) => leftover.kind === kind).map((leftover) => leftover.path);
      const times = await Promise.all(candidates.map(modified));
      const newest = candidates[times.indexOf(Math.max(...times))];
      if (newest === undefined) continue;
      await rename(newest, output);
      restored = newest;
      break;
    }
  }
  for (const leftover of leftovers) {
    if (leftover.path !== restored) await rm(leftover.path, { recursive: true, force: true });
  }
  return restored;
}
