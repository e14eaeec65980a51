// Dev server: Eleventy's watch + live-reload server over a private output folder, drafts shown and marked.
import { Eleventy } from "@11ty/eleventy";
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { attachEarlyArticleWrites } from "./early-article-writes.ts";

/** Options of {@link serveSite}. */
export interface ServeSiteOptions {
  /**
   * Folder of articles. Edits are picked up for folders inside the working folder only: Eleventy
   * 3.1.8's watcher reports paths outside it wrongly (its GlobRemap is not applied to change events).
   * @default "content"
   */
  input?: string;
  /** Folder the dev site is written to. @default ".cache/dev-site" in the project */
  output?: string;
  /** Port of the dev server. @default 8080 */
  port?: number;
  /** Address the dev server listens on; `0.0.0.0` opens it to the network. @default "localhost" */
  host?: string;
  /** Kiln's project folder (holds .eleventy.ts). */
  projectRoot: string;
}

/**
 * Starts the dev server. It writes to `.cache/dev-site/`, never to `_site/`, so drafts it shows
 * can never reach a deploy.
 */
export async function serveSite(options: ServeSiteOptions): Promise<void> {
  process.env["KILN_DRAFTS"] = "1";
  const output = resolve(options.output ?? join(options.projectRoot, ".cache", "dev-site"));
  await rm(output, { recursive: true, force: true });
  const eleventy = new Eleventy(relative(process.cwd(), resolve(options.input ?? "content")) || ".", output, {
    configPath: join(options.projectRoot, ".eleventy.ts"),
    runMode: "serve",
    quietMode: true,
  });
  // Saving one article rewrites that article, and the pages that list it only when what they show changed
  // (incremental-lists.ts), not the whole site.
  eleventy.setIncrementalBuild(true);
  await eleventy.init();
  // A save that changed an article's body alone is written before the rebuild (early-article-writes.ts).
  attachEarlyArticleWrites(eleventy);
  await bindDevServer(eleventy, options.host ?? "localhost");
  await eleventy.watch();
  await eleventy.serve(options.port ?? 8080);
}

/** The internals of Eleventy 3.1.8 that {@link bindDevServer} reaches into. */
interface DevServerInternals {
  eleventyServe: {
    init(): Promise<void>;
    initServerInstance(): Promise<void>;
    server: { server: { listen(options: { port: number; host: string }): void }; _serverListen(port: number): void };
  };
}

/**
 * Eleventy's dev server (2.1.2) listens on every network interface and has no option to choose
 * one: its `_serverListen(port)` calls `listen({ port })`. Create the server instance early and
 * make it listen on `host` only, so a dev server (drafts included) is not open to the whole network.
 */
async function bindDevServer(eleventy: Eleventy, host: string): Promise<void> {
  const { eleventyServe } = eleventy as unknown as DevServerInternals;
  await eleventyServe.init();
  await eleventyServe.initServerInstance();
  const devServer = eleventyServe.server;
  devServer._serverListen = (port) => devServer.server.listen({ port, host });
}
