// The highlight cache: shiki's HTML for each (code, language, fence meta), kept in memory for one build and on
// disk (.cache/kiln/) across builds, so an unchanged block is never highlighted twice.
import { createHash } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isRunning } from "../../running-process.ts";

/** Removes the temporaries of builds killed while they wrote the cache (`highlight.json.<pid>.tmp`, process gone). */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  for (const name of await readdir(dirname(file)).catch(() => [])) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(dirname(file), name), { force: true });
  }
}

/** One block to highlight: what its HTML depends on, and nothing else. */
export interface HighlightJob {
  code: string;
  language: string;
  meta: string;
}

/** What a cache file holds. */
interface CacheFile {
  salt: string;
  entries: Record<string, string>;
}

/**
 * Entries kept on disk besides those the last build used (which are always kept: a 10,000-article site has more
 * than 50,000 blocks, and a cap below that re-highlighted thousands on every build); the oldest go first.
 */
export const MAX_ENTRIES = 50_000;

/** Characters of JSON written at a time: the cache of a large site is 150 MB, too much to build as one string. */
const WRITE_CHUNK = 1 << 20;

/** Kiln's files that decide a block's HTML, besides `transformers/`. */
const HIGHLIGHTING_FILES = [
  "highlighter.ts", "one-pass-themes.ts", "pair-theme.ts", "direct-html.ts", "grammar-loader.ts",
];

/**
 * The salt: a hash of shiki's version and of Kiln's highlighting code (highlighter.ts, the one-pass
 * tokenization, the grammar loader and the transformers), so any change to what produces the HTML
 * empties the cache by itself.
 */
export async function highlightSalt(highlightFolder: string, shikiVersion: string): Promise<string> {
  const hash = createHash("sha256").update(`shiki@${shikiVersion}`);
  // No file may be missing: a salt without one would keep stale HTML after that file changed (a move did it once).
  const transformers = (await readdir(join(highlightFolder, "transformers"))).sort();
  for (const file of [...HIGHLIGHTING_FILES, ...transformers.map((name) => join("transformers", name))]) {
    hash.update(file).update(await readFile(join(highlightFolder, file), "utf8"));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The cache key of a block. */
export function highlightKey({ code, language, meta }: HighlightJob): string {
  return createHash("sha256").update(language).update("\0").update(meta).update("\0").update(code).digest("base64url");
}

/** Highlighted HTML by key; `load` and `save` move it to and from one JSON file. */
export class HighlightCache {
  readonly #entries = new Map<string, string>();
  /** Keys this build asked for or added. */
  readonly #used = new Set<string>();
  #dirty = false;

  /** `file` is null for a cache that lives in memory only (`--cache=off`). */
  constructor(
    readonly file: string | null,
    readonly salt: string,
  ) {}

  /** Entries in memory. */
  get size(): number {
    return this.#entries.size;
  }

  get(key: string): string | undefined {
    const html = this.#entries.get(key);
    if (html !== undefined) this.#used.add(key);
    return html;
  }

  set(key: string, html: string): void {
    this.#entries.set(key, html);
    this.#used.add(key);
    this.#dirty = true;
  }

  /**
   * Reads the cache file. A missing file is an empty cache; one that cannot be read or was made by
   * other highlighting code is discarded, and `onCorrupt` says why.
   */
  async load(onCorrupt: (reason: string) => void): Promise<void> {
    if (this.file === null) return;
    await removeLeftovers(this.file);
    const text = await readFile(this.file, "utf8").catch(() => undefined);
    if (text === undefined) return;
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile>;
      if (parsed.salt !== this.salt) return;
      if (typeof parsed.entries !== "object" || parsed.entries === null) throw new Error("no entries");
      for (const [key, html] of Object.entries(parsed.entries)) if (typeof html === "string") this.#entries.set(key, html);
    } catch (error) {
      onCorrupt(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Writes the cache when it changed. A temporary file renamed into place: two builds at once each
   * write a whole, valid file, and the last one wins.
   */
  async save(): Promise<void> {
    if (this.file === null || !this.#dirty) return;
    const unused = [...this.#entries.keys()].filter((key) => !this.#used.has(key));
    const kept = new Set([...unused.slice(Math.max(0, unused.length - (MAX_ENTRIES - this.#used.size))), ...this.#used]);
    const temporary = `${this.file}.${process.pid}.tmp`;
    await mkdir(dirname(this.file), { recursive: true });
    // The same JSON as JSON.stringify({ salt, entries }), written in pieces.
    const file = await open(temporary, "w");
    try {
      let text = `{"salt":${JSON.stringify(this.salt)},"entries":{`;
      let first = true;
      for (const [key, html] of this.#entries) {
        if (!kept.has(key)) continue;
        text += `${first ? "" : ","}${JSON.stringify(key)}:${JSON.stringify(html)}`;
        first = false;
        if (text.length < WRITE_CHUNK) continue;
        await file.write(text);
        text = "";
      }
      await file.write(`${text}}}`);
    } finally {
      await file.close();
    }
    await rename(temporary, this.file);
    this.#dirty = false;
  }
}
