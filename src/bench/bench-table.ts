// How `npm run bench` prints one corpus's measurements: a Markdown table of medians, their ratios to the floor, CPU
// time with the cores it kept busy, and peak memory; then pages per second of the cold build.

/** One measurement, as src/bench/measure.ts prints it. */
export interface Sample {
  ms: number;
  /** CPU time over the same span: every thread, and Pagefind's process on Linux. */
  cpuMs: number;
  maxRssMb: number;
  /** Social cards the build drew (new files in the card cache); absent where not counted. */
  cards?: number;
}

/** A measure's label and its runs. The first series is the floor, the second the cold build. */
export type Series = readonly [label: string, samples: readonly Sample[]];

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The median wall time of a series, in ms. */
export const medianMs = ([, samples]: Series): number => median(samples.map((s) => s.ms));

/** The table's lines, then a blank line and the pages line. */
export function resultLines(results: readonly Series[], pages: number): string[] {
  const floorMs = medianMs(results[0]!);
  // CPU beside the time: on a machine with few cores, a build using all of them can only go faster by doing less.
  const lines = ["| measure | median | × floor | CPU (cores busy) | peak memory |", "|---|---|---|---|---|"];
  for (const series of results) {
    const [label, samples] = series;
    const ms = medianMs(series);
    const cpu = median(samples.map((s) => s.cpuMs));
    const rss = Math.max(...samples.map((s) => s.maxRssMb));
    const cores = median(samples.map((s) => s.cpuMs / s.ms));
    lines.push(`| ${label} | ${(ms / 1000).toFixed(2)} s | ${(ms / floorMs).toFixed(1)} | ${(cpu / 1000).toFixed(2)} s (${cores.toFixed(1)}) | ${rss.toFixed(0)} MB |`);
  }
  const cold = medianMs(results[1]!);
  lines.push("", `${pages} pages; cold build ${(pages / (cold / 1000)).toFixed(0)} pages/s`);
  return lines;
}

/** The closing line: the realistic corpus's cold build against the image-less one's. */
export function coldComparison(realisticMs: number, plainMs: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `cold build: realistic ${seconds(realisticMs)}, image-less ${seconds(plainMs)}: ${(realisticMs / plainMs).toFixed(1)}× (${seconds(realisticMs - plainMs)} more)`;
}

/**
 * The social cards' line: what the cold build drew and what that cost against the cold build without cards (wall
 * time and CPU), and what the warm build drew (none, when the cache works).
 */
export function cardsLine(withCards: Series, withoutCards: Series, warm: Series): string {
  const drawn = ([, samples]: Series) => median(samples.map((s) => s.cards ?? 0));
  const cpu = ([, samples]: Series) => median(samples.map((s) => s.cpuMs));
  const [on, off] = [medianMs(withCards), medianMs(withoutCards)];
  const extra = (on - off) / 1000;
  const sign = extra >= 0 ? "+" : "−";
  return (
    `social cards: ${drawn(withCards)} drawn in the cold build, ${sign}${Math.abs(extra).toFixed(2)} s (${sign}${Math.abs((100 * (on - off)) / off).toFixed(0)} %) ` +
    `and ${((cpu(withCards) - cpu(withoutCards)) / 1000).toFixed(2)} s of CPU against the cold build without cards; warm build: ${drawn(warm)} drawn`
  );
}
