// Two cards compared with the PNGs committed beside this file, within a tolerance for font rendering noise
// (antialiasing may differ a little between Skia builds). After a deliberate change to the drawing:
// KILN_UPDATE_CARD_SNAPSHOTS=1 npx vitest run tests/cards/card-snapshots.test.ts, then look at the new PNGs.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CardFacts } from "../../src/cards/card-facts.ts";
import { renderCard } from "../../src/cards/render-card.ts";
import { decodePixels, differingShare } from "./card-pixels.ts";

const SNAPSHOTS = join(import.meta.dirname, "snapshots");

const cards: Record<string, CardFacts> = {
  "article-light-cover": {
    siteName: "Kiln 教程",
    title: "梯度下降：从公式到 NumPy 代码",
    kicker: "人工智能",
    details: ["2025年12月6日", "3 分钟阅读"],
    theme: "light",
    cover: resolve(import.meta.dirname, "../fixtures/sites/images/guide/photo.jpg"),
  },
  "article-dark-mixed": {
    siteName: "Kiln 教程",
    title: "Docker Compose 部署 Python 应用：从 Dockerfile 到健康检查、日志与零停机更新的完整实践指南",
    kicker: "DevOps",
    details: ["29 November 2025", "12 min read"],
    theme: "dark",
    cover: undefined,
  },
};

describe("card snapshots", () => {
  for (const [name, facts] of Object.entries(cards)) {
    it(`draws ${name} as committed (at most 0.5 % of pixels differ visibly)`, async () => {
      const file = join(SNAPSHOTS, `${name}.png`);
      const png = await renderCard(facts);
      if (process.env["KILN_UPDATE_CARD_SNAPSHOTS"] === "1") {
        await mkdir(SNAPSHOTS, { recursive: true });
        await writeFile(file, png);
      }
      expect(existsSync(file), `${file} is missing: run with KILN_UPDATE_CARD_SNAPSHOTS=1`).toBe(true);
      const share = differingShare(await decodePixels(png), await decodePixels(await readFile(file)));
      expect(share).toBeLessThan(0.005);
    });
  }

  it("tells a different card apart (the comparison is not blind)", async () => {
    const committed = await decodePixels(await readFile(join(SNAPSHOTS, "article-dark-mixed.png")));
    const other = await decodePixels(await renderCard({ ...cards["article-dark-mixed"]!, title: "Docker Compose 部署 Python 应用" }));
    expect(differingShare(other, committed)).toBeGreaterThan(0.01);
  });
});
