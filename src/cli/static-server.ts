// A static file server for measuring a built site the way a static host serves it: gzip for text, 404.html
// with status 404 for unknown paths, bound to localhost.
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

/** Content types by file extension, as a static host sends them. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** A running server and its origin (`http://localhost:PORT`). */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Resolves a URL path to a file of the site: `/a/` → `a/index.html`; undefined outside the folder or missing. */
async function fileOf(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const file = normalize(join(root, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return fileOf(root, `${decoded}/`);
  return info?.isFile() ? file : undefined;
}

/** Serves `root` on a free localhost port. */
export async function serveFolder(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = await fileOf(root, request.url ?? "/");
      const status = file === undefined ? 404 : 200;
      const path = file ?? join(root, "404.html");
      let body = await readFile(path).catch(() => Buffer.from("not found"));
      const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
      const headers: Record<string, string> = { "content-type": type, "cache-control": "public, max-age=3600" };
      if (/^(text|application\/(json|xml))|svg/.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"]))) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
      }
      response.writeHead(status, headers).end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, "localhost", done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
