import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CardCache, cardCacheFolder, cardSalt } from "../../src/cards/card-cache.ts";

describe("CardCache", () => {
  it("keeps a card under its key, atomically, and copies it out", async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "kiln-card-cache-")), "cards");
    const cache = new CardCache(folder);
    expect(cache.has("abc")).toBe(false);
    await cache.keep("abc", new Uint8Array([1, 2, 3]));
    expect(cache.has("abc")).toBe(true);
    expect(readdirSync(folder)).toEqual(["abc.png"]);
    const target = join(folder, "..", "out.png");
    await cache.copyTo("abc", target);
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
  });

  it("holds nothing without a folder (--cache=off)", async () => {
    const cache = new CardCache(null);
    await cache.keep("abc", new Uint8Array([1]));
    expect(cache.has("abc")).toBe(false);
  });
});

describe("cardCacheFolder", () => {
  it("sits beside the other caches, named by the versions that draw a card; null with KILN_CACHE=off", () => {
    expect(cardCacheFolder("/p", {})).toMatch(/^\/p\/\.cache\/kiln\/cards-\d+\.\d+\.\d+-\d+\.\d+\.\d+-\d+\.\d+\.\d+$/);
    expect(cardCacheFolder("/p", { KILN_CACHE: "off" })).toBeNull();
    expect(cardCacheFolder("/p", { KILN_CACHE: "/tmp/c/highlight.bin" })).toMatch(/^\/tmp\/c\/cards-/);
  });
});

describe("cardSalt", () => {
  it("is a hash of the card code", () => {
    expect(cardSalt()).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(join(import.meta.dirname, "../../src/cards/card-layout.ts"))).toBe(true);
  });
});
