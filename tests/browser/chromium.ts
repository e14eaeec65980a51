// Test helper: Debian's Chromium driven by playwright-core (never a browser a package downloads), and a tiny
// static server that serves a built site the way a static host does, optionally under a path prefix.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../src/cli/launch-chromium.ts";
import { CONTENT_TYPES } from "../../src/cli/static-server.ts";
import { buildSite, type BuiltSite } from "../build/run-kiln.ts";

/**
 * Launches headless Debian Chromium. A plain (not persistent) browser: Playwright gives it a fresh temporary
 * profile, and every `newPage(options)`/`newContext(options)` gets its own context, so options such as
 * `colorScheme`, `viewport` or `javaScriptEnabled` apply.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** A running static server; `url` ends with the prefix (`http://127.0.0.1:PORT/docs/`). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `prefix` like a static host: `/dir/` → `/dir/index.html`, unknown paths → 404.html.
 * `headers` are added to every response (e.g. a Content-Security-Policy).
 */
export async function serveStatic(root: string, prefix = "/", headers: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end("outside the prefix");
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, "index.html");
    const found = await stat(file).catch(() => undefined);
    const status = found?.isFile() ? 200 : 404;
    if (status === 404) file = join(root, "404.html");
    response.writeHead(status, { ...headers, "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).on("error", () => response.end()).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A folder of articles built, served on localhost and opened in Chromium, for one test file. */
export interface ServedSite {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds `input`, serves it and launches Chromium; `close()` stops both. */
export async function serveBuiltSite(input: string): Promise<ServedSite> {
  const site = await buildSite(input);
  const server = await serveStatic(site.output);
  const browser = await launchChromium();
  return {
    site,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
