// The highlight cache: shiki's HTML for each (code, language, fence meta), kept on disk (.cache/kiln/) across builds
// so an unchanged block is never highlighted twice. Only its index lives in memory; each block's HTML is read from
// the file when a page asks for it (see HighlightCache for why).
import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isRunning } from "../../running-process.ts";

/** Removes the temporaries of builds killed while they wrote the cache (`highlight.bin.<pid>.tmp`, process gone). */
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

/**
 * Entries kept on disk besides those the last build used (which are always kept: a 10,000-article site has more
 * than 50,000 blocks, and a cap below that re-highlighted thousands on every build); the oldest go first.
 */
export const MAX_ENTRIES = 50_000;

/** The file's first bytes; a file without them (an older Kiln's JSON cache) is not read. */
const MAGIC = Buffer.from("KILNHC1\n");
/** The file's last bytes: where its index starts, as an unsigned 64-bit little-endian number. */
const TRAILER_BYTES = 8;
/** HTML held in memory before it is appended to this build's file: few large writes, little memory. */
const PENDING_LIMIT = 4 << 20;

/** What the index (JSON, after the HTML) holds: `[key, offset, bytes]` for each entry, oldest first. */
interface CacheIndex {
  salt: string;
  entries: Array<[string, number, number]>;
}

/** Where an entry's HTML is: still in memory, or a byte range of the loaded file or of this build's new one. */
type Place = string | { file: "loaded" | "new"; offset: number; bytes: number };

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

/** Reads `bytes` bytes of `fd` at `offset`; fewer when the file is shorter. */
function readAt(fd: number, offset: number, bytes: number): Buffer {
  const buffer = Buffer.allocUnsafe(bytes);
  return buffer.subarray(0, readSync(fd, buffer, 0, bytes, offset));
}

/** The index of a cache file, or why it cannot be read; null for an older Kiln's file (silently rebuilt). */
function readIndex(fd: number): CacheIndex | string | null {
  const size = fstatSync(fd).size;
  if (size < MAGIC.length + TRAILER_BYTES) return "the file is shorter than its header";
  const head = readAt(fd, 0, MAGIC.length);
  if (!head.equals(MAGIC)) return head[0] === "{".charCodeAt(0) ? null : "it does not start as a Kiln highlight cache";
  const start = Number(readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES).readBigUInt64LE());
  if (start < MAGIC.length || start > size - TRAILER_BYTES) return "its index is out of the file";
  const index = JSON.parse(readAt(fd, start, size - TRAILER_BYTES - start).toString("utf8")) as Partial<CacheIndex>;
  if (typeof index.salt !== "string" || !Array.isArray(index.entries)) return "its index has no salt or entries";
  for (const entry of index.entries) {
    const [key, offset, bytes] = Array.isArray(entry) ? (entry as unknown[]) : [];
    const inFile = typeof offset === "number" && typeof bytes === "number" && offset >= MAGIC.length && bytes >= 0 && offset + bytes <= start;
    if (typeof key !== "string" || !Number.isInteger(offset) || !Number.isInteger(bytes) || !inFile) {
      return `its index has a bad entry (${JSON.stringify(entry)})`;
    }
  }
  return index as CacheIndex;
}

/**
 * Highlighted HTML by key, in one file: the HTML of every entry, then a JSON index of where each one is.
 *
 * Only the index stays in memory; `get` reads an entry's bytes when a page asks. The cache used to be one JSON
 * object parsed whole: at 3,000 real-looking articles it was 142 MB of JSON, parsed on every build (0.7–1 s at 1000
 * articles) and held in memory to the end, and at about 11,000 it would pass V8's longest string and be discarded
 * on every build. New HTML is appended to this build's file as it comes (`<file>.<pid>.tmp`); `save` copies the
 * used entries of the loaded file after it, writes the index and renames it into place, so two builds at once each
 * leave a whole file, the last one winning.
 */
export class HighlightCache {
  readonly #places = new Map<string, Place>();
  /** Keys this build asked for or added. */
  readonly #used = new Set<string>();
  #dirty = false;
  /** The file loaded (and, after a save, the one written), read by `get`. */
  #loaded: number | null = null;
  /** This build's file, once HTML has been appended to it, and its length. */
  #new: number | null = null;
  #newBytes = 0;
  /** Keys whose HTML is held in memory, not yet appended, and its characters. */
  #pending = new Set<string>();
  #pendingCharacters = 0;

  /** `file` is null for a cache that lives in memory only (`--cache=off`). */
  constructor(
    readonly file: string | null,
    readonly salt: string,
  ) {}

  /** Entries known. */
  get size(): number {
    return this.#places.size;
  }

  /** Whether the cache holds `key` (counted as used, as `get` does), without reading its HTML. */
  has(key: string): boolean {
    if (!this.#places.has(key)) return false;
    this.#used.add(key);
    return true;
  }

  get(key: string): string | undefined {
    const place = this.#places.get(key);
    if (place === undefined) return undefined;
    this.#used.add(key);
    if (typeof place === "string") return place;
    const fd = place.file === "loaded" ? this.#loaded : this.#new;
    try {
      const bytes = readAt(fd!, place.offset, place.bytes);
      if (bytes.length === place.bytes) return bytes.toString("utf8");
    } catch {
      // An unreadable entry is a miss: the block is highlighted again.
    }
    this.#places.delete(key);
    return undefined;
  }

  set(key: string, html: string): void {
    this.#places.set(key, html);
    this.#used.add(key);
    this.#dirty = true;
    this.#pending.add(key);
    this.#pendingCharacters += html.length;
    if (this.file !== null && this.#pendingCharacters >= PENDING_LIMIT) this.#appendPending();
  }

  /**
   * Reads the cache file's index. A missing file (or an older Kiln's) is an empty cache; one that cannot be read or
   * was made by other highlighting code is discarded, and `onCorrupt` says why.
   */
  async load(onCorrupt: (reason: string) => void): Promise<void> {
    if (this.file === null) return;
    await removeLeftovers(this.file);
    let fd: number;
    try {
      fd = openSync(this.file, "r");
    } catch {
      return;
    }
    let index: CacheIndex | string | null;
    try {
      index = readIndex(fd);
    } catch (error) {
      index = error instanceof Error ? error.message : String(error);
    }
    if (typeof index === "string") onCorrupt(index);
    if (index === null || typeof index === "string" || index.salt !== this.salt) {
      closeSync(fd);
      return;
    }
    this.#loaded = fd;
    for (const [key, offset, bytes] of index.entries) this.#places.set(key, { file: "loaded", offset, bytes });
  }

  /**
   * Writes the cache when it changed: the entries this build used and, up to {@link MAX_ENTRIES}, the newest
   * unused ones, then the index; renamed into place, and read from from then on (the dev server saves after each
   * rebuild).
   */
  async save(): Promise<void> {
    if (this.file === null || !this.#dirty) return;
    this.#appendPending();
    const unused = [...this.#places.keys()].filter((key) => !this.#used.has(key));
    const kept = new Set([...unused.slice(Math.max(0, unused.length - (MAX_ENTRIES - this.#used.size))), ...this.#used]);
    const entries: CacheIndex["entries"] = [];
    let copies: Buffer[] = [];
    let copied = 0;
    for (const [key, place] of this.#places) {
      if (!kept.has(key)) {
        this.#places.delete(key);
        continue;
      }
      // No HTML is left in memory: it was appended above.
      const { file, offset, bytes: length } = place as Exclude<Place, string>;
      if (file === "new") {
        entries.push([key, offset, length]);
        continue;
      }
      // An entry of the loaded file: copied after this build's HTML, in pieces of PENDING_LIMIT.
      const bytes = readAt(this.#loaded!, offset, length);
      if (bytes.length < length) {
        this.#places.delete(key);
        continue;
      }
      entries.push([key, this.#newBytes + copied, bytes.length]);
      copies.push(bytes);
      copied += bytes.length;
      if (copied < PENDING_LIMIT) continue;
      this.#append(Buffer.concat(copies));
      copies = [];
      copied = 0;
    }
    this.#append(Buffer.concat(copies));
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeBigUInt64LE(BigInt(this.#newBytes));
    this.#append(Buffer.concat([Buffer.from(JSON.stringify({ salt: this.salt, entries } satisfies CacheIndex)), trailer]));
    // Closed before the rename: some systems refuse to replace a file that is open.
    if (this.#loaded !== null) closeSync(this.#loaded);
    renameSync(this.#temporary(), this.file);
    this.#loaded = this.#new;
    this.#new = null;
    this.#newBytes = 0;
    for (const [key, offset, bytes] of entries) this.#places.set(key, { file: "loaded", offset, bytes });
    this.#dirty = false;
  }

  /** This build's file: `<file>.<pid>.tmp` until `save` renames it. */
  #temporary(): string {
    return `${this.file}.${process.pid}.tmp`;
  }

  /** Appends `bytes` to this build's file, creating it with its header first; the offset they start at. */
  #append(bytes: Buffer): number {
    if (this.#new === null) {
      // A first build's folder may not exist yet: HTML is appended long before the build ends.
      mkdirSync(dirname(this.#temporary()), { recursive: true });
      this.#new = openSync(this.#temporary(), "w+");
      this.#newBytes = 0;
      this.#append(MAGIC);
    }
    const start = this.#newBytes;
    let written = 0;
    while (written < bytes.length) written += writeSync(this.#new, bytes, written, bytes.length - written, start + written);
    this.#newBytes += bytes.length;
    return start;
  }

  /** Appends the HTML held in memory to this build's file and lets it go. */
  #appendPending(): void {
    const appended: Array<[key: string, bytes: Buffer]> = [];
    for (const key of this.#pending) {
      const place = this.#places.get(key);
      if (typeof place === "string") appended.push([key, Buffer.from(place, "utf8")]);
    }
    this.#pending.clear();
    this.#pendingCharacters = 0;
    if (appended.length === 0) return;
    let offset = this.#append(Buffer.concat(appended.map(([, bytes]) => bytes)));
    for (const [key, bytes] of appended) {
      this.#places.set(key, { file: "new", offset, bytes: bytes.length });
      offset += bytes.length;
    }
  }
}
