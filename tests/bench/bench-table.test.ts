// The bench's printed table: medians, ratios to the floor, CPU with the cores it kept busy, peak memory, pages/s;
// and the closing line comparing the two corpora's cold builds.
import { describe, expect, it } from "vitest";
import { cardsLine, coldComparison, median, resultLines } from "../../src/bench/bench-table.ts";

describe("bench table", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("prints each measure's median, its ratio to the floor, CPU and cores, the highest peak memory, then pages/s", () => {
    const lines = resultLines(
      [
        ["floor", [{ ms: 1000, cpuMs: 1000, maxRssMb: 90 }]],
        ["cold build", [{ ms: 20_000, cpuMs: 36_000, maxRssMb: 700 }, { ms: 22_000, cpuMs: 40_000, maxRssMb: 720 }, { ms: 30_000, cpuMs: 50_000, maxRssMb: 650 }]],
      ],
      440,
    );
    expect(lines).toEqual([
      "| measure | median | × floor | CPU (cores busy) | peak memory |",
      "|---|---|---|---|---|",
      "| floor | 1.00 s | 1.0 | 1.00 s (1.0) | 90 MB |",
      "| cold build | 22.00 s | 22.0 | 40.00 s (1.8) | 720 MB |",
      "",
      "440 pages; cold build 20 pages/s",
    ]);
  });

  it("compares the cold builds of the realistic and the image-less corpus", () => {
    expect(coldComparison(90_000, 20_000)).toBe("cold build: realistic 90.00 s, image-less 20.00 s: 4.5× (70.00 s more)");
  });

  it("tells the social cards' cost: drawn, time and CPU against the cold build without cards, and the warm build's", () => {
    const sample = (ms: number, cpuMs: number, cards?: number) => ({ ms, cpuMs, maxRssMb: 1, ...(cards === undefined ? {} : { cards }) });
    expect(cardsLine(["cold build", [sample(22_000, 40_000, 1000)]], ["cold build without cards", [sample(20_000, 35_000)]], ["warm build", [sample(500, 400, 0)]])).toBe(
      "social cards: 1000 drawn in the cold build, +2.00 s (+10 %) and 5.00 s of CPU against the cold build without cards; warm build: 0 drawn",
    );
  });
});
