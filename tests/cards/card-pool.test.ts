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
      expect(Buffer.from(first).equals(Buffer.from(await here.render(facts("线程里画的卡片"))))).toBe(true);
    } finally {
      await pool.close();
      await here.close();
    }
  }, 30_000);

  it("answers every card of a burst, each with its own drawing, though the worker draws two at a time", async () => {
    const pool = createCardRenderer(1);
    const here = createCardRenderer(0);
    try {
      const titles = ["一", "二", "三", "四", "五", "六"].map((n) => `第${n}张卡片`);
      const drawn = await Promise.all(titles.map((title) => pool.render(facts(title))));
      expect(new Set(drawn.map((png) => Buffer.from(png).toString("base64"))).size).toBe(titles.length);
      expect(Buffer.from(drawn[4] ?? []).equals(Buffer.from(await here.render(facts(titles[4] ?? ""))))).toBe(true);
    } finally {
      await pool.close();
      await here.close();
    }
  }, 30_000);
});
