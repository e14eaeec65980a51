import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cardKey, type CardFacts } from "../../src/cards/card-facts.ts";

const facts: CardFacts = { siteName: "Kiln", title: "标题", kicker: "AI", details: ["2025-11-29"], theme: "light", cover: undefined };

describe("cardKey", () => {
  it("is the same for the same facts and salt, and a short hex name", () => {
    expect(cardKey(facts, "s")).toBe(cardKey({ ...facts }, "s"));
    expect(cardKey(facts, "s")).toMatch(/^[0-9a-f]{20}$/);
  });

  it("changes with anything drawn and with the salt", () => {
    const keys = new Set([
      cardKey(facts, "s"),
      cardKey(facts, "t"),
      cardKey({ ...facts, title: "标题2" }, "s"),
      cardKey({ ...facts, theme: "dark" }, "s"),
      cardKey({ ...facts, details: ["2025-11-30"] }, "s"),
      cardKey({ ...facts, kicker: undefined }, "s"),
    ]);
    expect(keys.size).toBe(6);
  });

  it("follows the cover's bytes, not its path", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiln-card-key-"));
    const photo = resolve(import.meta.dirname, "../fixtures/sites/images/guide/photo.jpg");
    await copyFile(photo, join(folder, "a.jpg"));
    await copyFile(photo, join(folder, "b.jpg"));
    expect(cardKey({ ...facts, cover: join(folder, "a.jpg") }, "s")).toBe(cardKey({ ...facts, cover: join(folder, "b.jpg") }, "s"));
    await writeFile(join(folder, "b.jpg"), "edited");
    expect(cardKey({ ...facts, cover: join(folder, "a.jpg") }, "s")).not.toBe(cardKey({ ...facts, cover: join(folder, "b.jpg") }, "s"));
  });
});
