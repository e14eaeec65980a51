import { describe, expect, it } from "vitest";
import type { CardFacts } from "../../src/cards/card-facts.ts";
import { createCardRenderer } from "../../src/cards/card-pool.ts";
import { decodePixels } from "./card-pixels.ts";

const facts = (title: string): CardFacts => ({ siteName: "Kiln 教程", title, kicker: "测试", details: ["1 分钟阅读"], theme: "dark", cover: undefined });

describe("createCardRenderer", () => {
  it("draws cards on a worker thread, as this thread would", async () => {
    const pool = createCardRenderer(1);
    const here = createCardRenderer(0);
    try {
      const [first, second] = await Promise.all([pool.render(facts("线程里画的卡片")), pool.render(facts("第二张"))]);
      const image = await decodePixels(first);
      expect([image.width, image.height]).toEqual([1200, 630]);
      expect((await decodePixels(second)).width).toBe(1200);
      expect(pool.threads).toBe(1);
      expect(Buffer.from(first).equals(Buffer.from(await here.render(facts("线程里画的卡片"))))).toBe(true);
    } finally {
      await pool.close();
      await here.close();
    }
  }, 30_000);

  it("shares the cards still queued among the workers it is widened to, and draws every one", async () => {
    const pool = createCardRenderer(1);
    try {
      const titles = Array.from({ length: 6 }, (_, k) => `第 ${k + 1} 张卡片`);
      const drawing = titles.map((title) => pool.render(facts(title)));
      pool.widen(2);
      const pngs = await Promise.all(drawing);
      expect(pool.threads).toBe(2);
      for (const png of pngs) expect((await decodePixels(png)).height).toBe(630);
      expect(new Set(pngs.map((png) => Buffer.from(png).toString("base64"))).size).toBe(titles.length);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
