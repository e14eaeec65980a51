// The bench's printed table: medians, ratios to the floor, CPU with the cores it kept busy, peak memory, pages/s;
// and the closing line comparing the two corpora's cold builds.
import { describe, expect, it } from "vitest";
import { coldComparison, median, resultLines } from "../../src/bench/bench-table.ts";

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
});
