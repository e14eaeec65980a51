// Dev server: Eleventy's watch + live-reload server over a private output folder, drafts shown and marked.
import { Eleventy } from "@11ty/eleventy";
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";

/** Options of {@link serveSite}. */
export interface ServeSiteOptions {
  /** Folder of articles. @default "content" */
  input?: string;
  /** Port of the dev server. @default 8080 */
  port?: number;
  /** Kiln's project folder (holds .eleventy.ts). */
  projectRoot: string;
}

/**
 * Starts the dev server. It writes to `.cache/dev-site/`, never to `_site/`, so drafts it shows
 * can never reach a deploy.
 */
export async function serveSite(options: ServeSiteOptions): Promise<void> {
  process.env["KILN_DRAFTS"] = "1";
  const output = join(options.projectRoot, ".cache", "dev-site");
  await rm(output, { recursive: true, force: true });
  const eleventy = new Eleventy(relative(process.cwd(), resolve(options.input ?? "content")) || ".", output, {
    configPath: join(options.projectRoot, ".eleventy.ts"),
    runMode: "serve",
    quietMode: true,
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port ?? 8080);
}
