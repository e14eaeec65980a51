import { readdirSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CardCache } from "../../src/cards/card-cache.ts";
import type { CardFacts } from "../../src/cards/card-facts.ts";
import type { CardRenderer } from "../../src/cards/card-pool.ts";
import { SocialCards } from "../../src/cards/social-cards.ts";

const facts = (title: string): CardFacts => ({ siteName: "Kiln", title, kicker: undefined, details: [], theme: "light", cover: undefined });

/** A renderer that counts its cards and fails on the title "boom". */
function fakeRenderer(): CardRenderer & { drawn: string[]; closed: boolean } {
  const renderer = {
    drawn: [] as string[],
    closed: false,
    render: async (card: CardFacts) => {
      if (card.title === "boom") throw new Error("drawing failed");
      renderer.drawn.push(card.title);
      return new Uint8Array([1]);
    },
    close: async () => {
      renderer.closed = true;
    },
  };
  return renderer;
}

describe("SocialCards", () => {
  it("names each page's card, draws a card once however many pages share it, and writes them all", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-cards-"));
    const renderer = fakeRenderer();
    const cards = new SocialCards(join(root, "site"), "salt", new CardCache(join(root, "cache")), renderer);
    const a = cards.add("/a/", facts("A"));
    cards.add("/", facts("A"));
    cards.add("/b/", facts("B"));
    expect(a).toMatchObject({ url: expect.stringMatching(/^\/cards\/[0-9a-f]{20}\.png$/), width: 1200, height: 630, alt: "A · Kiln" });
    expect(cards.of("/a/")).toBe(a);
    expect(cards.of("/nowhere/")).toBeUndefined();
    const written = await cards.write();
    expect(written).toEqual({ rendered: 2, reused: 0, failed: [] });
    expect(renderer.drawn.sort()).toEqual(["A", "B"]);
    expect(renderer.closed).toBe(true);
    expect(readdirSync(join(root, "site", "cards"))).toHaveLength(2);
    expect(readdirSync(join(root, "cache"))).toHaveLength(2);
  });

  it("draws nothing the cache has (a warm build)", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-cards-"));
    const cache = new CardCache(join(root, "cache"));
    const first = new SocialCards(join(root, "one"), "salt", cache, fakeRenderer());
    first.add("/a/", facts("A"));
    await first.write();
    const renderer = fakeRenderer();
    const warm = new SocialCards(join(root, "two"), "salt", cache, renderer);
    warm.add("/a/", facts("A"));
    expect(await warm.write()).toEqual({ rendered: 0, reused: 1, failed: [] });
    expect(renderer.drawn).toEqual([]);
    expect(readdirSync(join(root, "two", "cards"))).toHaveLength(1);
  });

  it("reports a card that could not be drawn with its page, and writes the others", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-cards-"));
    const cards = new SocialCards(join(root, "site"), "salt", new CardCache(null), fakeRenderer());
    cards.add("/ok/", facts("ok"));
    cards.add("/bad/", facts("boom"));
    expect(await cards.write()).toEqual({ rendered: 1, reused: 0, failed: [{ pageUrl: "/bad/", message: "drawing failed" }] });
  });
});
