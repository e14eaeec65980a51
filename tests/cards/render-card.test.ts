import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CardFacts } from "../../src/cards/card-facts.ts";
import { COVER_WIDTH } from "../../src/cards/card-layout.ts";
import { renderCard } from "../../src/cards/render-card.ts";
import { coloursIn, decodePixels, type Box } from "./card-pixels.ts";

const COVER = resolve(import.meta.dirname, "../fixtures/sites/images/guide/photo.jpg");

function facts(title: string, more: Partial<CardFacts> = {}): CardFacts {
  return { siteName: "Kiln 教程", title, kicker: "人工智能", details: ["2025年11月29日", "8 分钟阅读"], theme: "light", cover: undefined, ...more };
}

/** Where the card's parts are drawn (card-layout.ts): the title's three lines, and the details line at the bottom. */
const TITLE_AREA: Box = [80, 180, 1000, 300];
const DETAILS_AREA: Box = [80, 530, 700, 40];
/** The band between the title's third line and the details: a title that ran over would draw here. */
const BELOW_TITLE: Box = [80, 500, 1000, 24];

const titles: Record<string, string> = {
  Chinese: "神经网络入门：从感知机到反向传播",
  English: "A Practical Introduction to Gradient Descent",
  mixed: "用 PyTorch 训练第一个 CNN：数据加载、模型与 GPU",
  emoji: "🚀🔥 部署到生产环境 👨‍👩‍👧",
  "300 characters": "深度学习中的梯度下降与 Adam 优化器".repeat(15).slice(0, 300),
  "a right-to-left word": "مرحبا Transformer 入门",
  "symbols only": "→★♥※",
  "emoji only": "🦄🦄🦄",
  "one unbreakable word": "a".repeat(120),
};

describe("renderCard", () => {
  for (const [name, title] of Object.entries(titles)) {
    it(`draws a 1200×630 PNG with text for a title that is ${name}`, async () => {
      const image = await decodePixels(await renderCard(facts(title)));
      expect(image.format).toBe("png");
      expect([image.width, image.height]).toEqual([1200, 630]);
      expect(coloursIn(image, TITLE_AREA)).toBeGreaterThan(8);
      expect(coloursIn(image, DETAILS_AREA)).toBeGreaterThan(8);
      expect(coloursIn(image, BELOW_TITLE), "the title stays within three lines").toBe(1);
    });
  }

  it("draws a dark card for theme dark, a light one otherwise", async () => {
    const dark = await decodePixels(await renderCard(facts("深色卡片", { theme: "dark" })));
    const light = await decodePixels(await renderCard(facts("浅色卡片")));
    expect(Math.max(...dark.at(600, 150))).toBeLessThan(40);
    expect(Math.min(...light.at(600, 150))).toBeGreaterThan(240);
  });

  it("draws a local cover as a panel on the right", async () => {
    const image = await decodePixels(await renderCard(facts("有封面的文章", { cover: COVER })));
    expect(coloursIn(image, [1200 - COVER_WIDTH, 0, COVER_WIDTH, 630])).toBeGreaterThan(100);
    const without = await decodePixels(await renderCard(facts("有封面的文章")));
    expect(coloursIn(without, [1200 - COVER_WIDTH + 40, 0, COVER_WIDTH - 40, 100])).toBe(1);
  });

  it("draws the card without the cover when the file is not an image", async () => {
    const image = await decodePixels(await renderCard(facts("坏封面", { cover: resolve(import.meta.dirname, "render-card.test.ts") })));
    expect([image.width, image.height]).toEqual([1200, 630]);
  });
});
