// Tests for the highlight cache and the cached highlighter: same HTML, highlighted once, safe on disk.
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withHighlightCache } from "../../../src/markdown/highlight/cached-highlighter.ts";
import { HighlightCache, highlightKey, highlightSalt, MAX_ENTRIES } from "../../../src/markdown/highlight/highlight-cache.ts";
import { createKilnHighlighter, type KilnHighlighter } from "../../../src/markdown/highlight/highlighter.ts";

describe("highlight cache", () => {
  let base: KilnHighlighter;
  let folder: string;
  beforeAll(async () => {
    base = await createKilnHighlighter();
    folder = await mkdtemp(join(tmpdir(), "kiln-cache-"));
  });
  afterAll(() => base.dispose());

  it("keys on code, language and meta only", () => {
    const job = { code: "x = 1", language: "python", meta: "{1}" };
    expect(highlightKey(job)).toBe(highlightKey({ ...job }));
    expect(highlightKey(job)).not.toBe(highlightKey({ ...job, meta: "" }));
    expect(highlightKey(job)).not.toBe(highlightKey({ ...job, language: "ruby" }));
    expect(highlightKey(job)).not.toBe(highlightKey({ ...job, code: "x = 2" }));
  });

  it("answers with the highlighter's own HTML and highlights each block once", () => {
    let calls = 0;
    const counting: KilnHighlighter = { ...base, codeToHtml: (...args) => (calls++, base.codeToHtml(...args)) };
    const cached = withHighlightCache(counting, new HighlightCache(null, "s"));
    const first = cached.codeToHtml("print('你好')", "python", "{1}");
    expect(first).toBe(base.codeToHtml("print('你好')", "python", "{1}"));
    expect(cached.codeToHtml("print('你好')", "python", "{1}")).toBe(first);
    expect(calls).toBe(1);
  });

  it("keeps entries on disk across builds and forgets them when the highlighting code changes", async () => {
    const file = join(folder, "a.bin");
    const written = new HighlightCache(file, "salt-1");
    written.set("k", "<pre>html</pre>");
    await written.save();
    const again = new HighlightCache(file, "salt-1");
    await again.load(() => expect.unreachable());
    expect(again.get("k")).toBe("<pre>html</pre>");
    const changed = new HighlightCache(file, "salt-2");
    await changed.load(() => expect.unreachable());
    expect(changed.size).toBe(0);
  });

  it("keeps every block the last build used, however many, and drops the oldest unused ones beyond the cap", async () => {
    const file = join(folder, "big.bin");
    const first = new HighlightCache(file, "s");
    // More blocks than the cap, and HTML that needs escaping in JSON, written in several pieces.
    const html = (index: number) => `<pre class="x">"${index}" \\ 你好 ${"·".repeat(40)}</pre>`;
    for (let index = 0; index < MAX_ENTRIES + 10; index++) first.set(`k${index}`, html(index));
    await first.save();
    const second = new HighlightCache(file, "s");
    await second.load(() => expect.unreachable());
    expect(second.size).toBe(MAX_ENTRIES + 10);
    expect(second.get(`k${MAX_ENTRIES + 9}`)).toBe(html(MAX_ENTRIES + 9));
    // A build using 5 of them and adding one: those 6 stay, and the unused fill the cap, newest first.
    for (let index = 0; index < 5; index++) second.get(`k${index}`);
    second.set("new", "<pre>new</pre>");
    await second.save();
    const third = new HighlightCache(file, "s");
    await third.load(() => expect.unreachable());
    expect(third.size).toBe(MAX_ENTRIES);
    for (const key of ["k0", "k4", "new", `k${MAX_ENTRIES + 9}`]) expect(third.get(key), key).toBeDefined();
    expect(third.get("k5")).toBeUndefined();
  });

  it("discards a corrupt cache file and says why, and writes a whole one in its place", async () => {
    const file = join(folder, "corrupt.bin");
    const written = new HighlightCache(file, "s");
    written.set("k", "<pre>html</pre>");
    await written.save();
    const whole = await readFile(file);
    // Cut inside the index, then garbage after a valid header: both are reported, neither is read.
    for (const bytes of [whole.subarray(0, whole.length - 12), Buffer.concat([whole.subarray(0, 8), Buffer.from("not a cache")])]) {
      await writeFile(file, bytes);
      const reasons: string[] = [];
      const cache = new HighlightCache(file, "s");
      await cache.load((reason) => reasons.push(reason));
      expect(reasons).toHaveLength(1);
      expect(cache.size).toBe(0);
    }
    const rebuilt = new HighlightCache(file, "s");
    await rebuilt.load(() => {});
    rebuilt.set("k", "v");
    await rebuilt.save();
    const read = new HighlightCache(file, "s");
    await read.load(() => expect.unreachable());
    expect(read.get("k")).toBe("v");
  });

  it("starts empty, without a warning, on an older Kiln's JSON cache file", async () => {
    const file = join(folder, "legacy.bin");
    await writeFile(file, JSON.stringify({ salt: "s", entries: { k: "<pre>old</pre>" } }));
    const cache = new HighlightCache(file, "s");
    await cache.load(() => expect.unreachable());
    expect(cache.size).toBe(0);
  });

  it("reads entries from the file, also after a save in the same process, and writes each HTML once", async () => {
    // In a folder no one has made yet, as on a first build.
    const file = join(folder, "not-yet", "reads.bin");
    const cache = new HighlightCache(file, "s");
    await cache.load(() => expect.unreachable());
    // More than the in-memory limit, so part of it is appended before the save; each HTML different and Chinese.
    const html = (index: number) => `<pre data-i="${index}">${"代码".repeat(50_000)}${index}</pre>`;
    for (let index = 0; index < 50; index++) cache.set(`k${index}`, html(index));
    expect(cache.get("k0")).toBe(html(0));
    await cache.save();
    // A dev server's next rebuild: the same object reads the file it wrote and adds to it.
    expect(cache.get("k49")).toBe(html(49));
    cache.set("later", "<pre>later</pre>");
    await cache.save();
    const next = new HighlightCache(file, "s");
    await next.load(() => expect.unreachable());
    expect(next.size).toBe(51);
    for (const index of [0, 17, 49]) expect(next.get(`k${index}`)).toBe(html(index));
    expect(next.get("later")).toBe("<pre>later</pre>");
    expect(next.has("missing")).toBe(false);
    // The file holds each HTML once: no copy is appended for an entry that was already on disk.
    const bytes = (await readFile(file)).length;
    expect(bytes).toBeLessThan(50 * Buffer.byteLength(html(0)) * 1.1);
  });

  it("removes the temporary files of builds killed while writing it, not those of builds still running", async () => {
    const file = join(folder, "leftovers.bin");
    const ended = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(`${file}.${ended}.tmp`, "KILNHC1\n<pre");
    await writeFile(`${file}.${process.pid}.tmp`, "KILNHC1\n<pre");
    await new HighlightCache(file, "s").load(() => {});
    expect((await readdir(folder)).filter((name) => name.startsWith("leftovers.bin."))).toEqual([`leftovers.bin.${process.pid}.tmp`]);
  });

  it("salts with shiki's version and the highlighting code", async () => {
    const markdown = join(import.meta.dirname, "../../../src/markdown/highlight");
    expect(await highlightSalt(markdown, "4.6.0")).toBe(await highlightSalt(markdown, "4.6.0"));
    expect(await highlightSalt(markdown, "4.6.0")).not.toBe(await highlightSalt(markdown, "4.7.0"));
  });

  it("refuses to salt without a file it names, rather than keep stale HTML", async () => {
    await expect(highlightSalt(join(import.meta.dirname, "../../../src/markdown"), "4.6.0")).rejects.toThrow(/ENOENT/);
  });
});
