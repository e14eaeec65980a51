// Production build: Eleventy writes into a fresh temporary folder that replaces the output only on success,
// so a failed build never leaves a half-written site and drafts from a dev server never leak into it.
import { Eleventy } from "@11ty/eleventy";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { KilnError } from "../errors.ts";

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
  /** Silences Eleventy's per-file log lines. @default true */
  quiet?: boolean;
}

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

/** Whether a process with this id is running (signal 0 only checks; EPERM means it exists). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the staging and retired folders of earlier builds of `name` that were killed mid-way
 * (their process is gone), so an interrupted build leaves nothing behind once the next one starts.
 * A build still running in another process keeps its folders.
 */
async function removeLeftovers(parent: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.kiln-(?:tmp|old)-${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)$`);
  for (const entry of await readdir(parent)) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (Number.isInteger(pid) && (pid === process.pid || !isRunning(pid))) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/** Builds the site; returns the absolute output folder. Throws (KilnError for input problems) and leaves the old output untouched on failure. */
export async function buildSite(options: BuildSiteOptions): Promise<string> {
  const input = resolve(options.input ?? "content");
  const output = resolve(options.output ?? "_site");
  assertSafeOutput(input, output, resolve(options.projectRoot));
  const parent = dirname(output);
  const staging = join(parent, `.kiln-tmp-${basename(output)}-${process.pid}`);
  const retired = join(parent, `.kiln-old-${basename(output)}-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await removeLeftovers(parent, basename(output));
  try {
    const eleventy = new Eleventy(relative(process.cwd(), input) || ".", staging, {
      configPath: join(options.projectRoot, ".eleventy.ts"),
      pathPrefix: options.pathPrefix ?? "/",
      quietMode: options.quiet ?? true,
    });
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // Swap: the old site stays whole until the new one is complete.
  await rm(retired, { recursive: true, force: true });
  await rename(output, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(retired, { recursive: true, force: true });
  return output;
}
