// `npm run lighthouse [-- --input=DIR]`: builds the site, serves it on localhost and runs Lighthouse 12
// (mobile, Debian Chromium) on home, an article, a tag page and 404 in light and dark; prints one table.
import lighthouse from "lighthouse";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSite } from "../build/build-site.ts";
import { parseArgs, rejectUnknown } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";
import { launchChromium } from "./launch-chromium.ts";
import { serveFolder } from "./static-server.ts";

const USAGE = "npm run lighthouse -- [--input=DIR] [--pages=/,/ai/gradient-descent/,/tags/python/,/404.html]";
const projectRoot = resolve(import.meta.dirname, "../..");

/** The pages of the quality bar, on the example site. */
const DEFAULT_PAGES = ["/", "/ai/gradient-descent/", "/tags/python/", "/404.html"];

/** The bars: 100 in the three deterministic categories, performance ≥ 95, no layout shift. */
const BARS = { accessibility: 100, "best-practices": 100, seo: 100, performance: 95 } as const;
type Category = keyof typeof BARS;
const CATEGORIES = Object.keys(BARS) as Category[];

/** One Lighthouse run, reduced to what the table prints. */
interface Row {
  page: string;
  theme: "light" | "dark";
  scores: Record<Category, number>;
  cls: number;
  /** Audits that cost points in a category held to 100, or performance audits below 0.9. */
  failing: string[];
}

async function measure(url: string, port: number): Promise<Omit<Row, "page" | "theme">> {
  // This machine is offline: remote (https) article images cannot load. Blocking them keeps their failures out of
  // "errors in console" (Lighthouse ignores requests it blocked itself); Kiln's pages request nothing else remote.
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, blockedUrlPatterns: ["https://*"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = CATEGORIES.flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < (id === "performance" ? 0.9 : 1))
      .map((ref) => `${id}/${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
  );
  const cls = Number(audits["cumulative-layout-shift"]?.numericValue ?? NaN);
  const shifts = (audits["layout-shifts"]?.details as { items?: Array<{ node?: { selector?: string }; score?: number }> } | undefined)?.items;
  for (const shift of cls > 0 ? (shifts ?? []) : []) failing.push(`layout shift ${shift.score?.toFixed(4)}: ${shift.node?.selector ?? "?"}`);
  return { scores, cls, failing };
}

function table(rows: readonly Row[]): string {
  const head = ["page", "theme", "a11y", "best practices", "SEO", "performance", "CLS"];
  const body = rows.map((row) => [
    row.page,
    row.theme,
    String(row.scores.accessibility),
    String(row.scores["best-practices"]),
    String(row.scores.seo),
    String(row.scores.performance),
    row.cls === 0 ? "0" : row.cls.toFixed(4),
  ]);
  const widths = head.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["input", "pages"]);
  rejectUnknown(args, ["input", "pages"], USAGE);
  const pages = args.flags.get("pages")?.split(",") ?? DEFAULT_PAGES;
  const output = join(await mkdtemp(join(tmpdir(), "kiln-lighthouse-site-")), "site");
  process.stderr.write(`[kiln] building into ${output}\n`);
  await buildSite({ input: args.flags.get("input") || "content", output, projectRoot });
  const server = await serveFolder(output);
  const rows: Row[] = [];
  try {
    for (const theme of ["light", "dark"] as const) {
      // A fresh browser (and profile) per theme: the scheme is a browser flag.
      const chromium = await launchChromium({ dark: theme === "dark" });
      try {
        for (const page of pages) {
          process.stderr.write(`[kiln] lighthouse ${theme} ${page}\n`);
          rows.push({ page, theme, ...(await measure(new URL(encodeURI(page), server.origin).href, chromium.port)) });
        }
      } finally {
        await chromium.close();
      }
    }
  } finally {
    await server.close();
  }
  process.stdout.write(`${table(rows)}\n`);
  const below = rows.filter((row) => CATEGORIES.some((id) => row.scores[id] < BARS[id]) || row.cls > 0);
  for (const row of rows) for (const audit of row.failing) process.stdout.write(`  ${row.theme} ${row.page}: ${audit}\n`);
  if (below.length > 0) {
    process.stderr.write(`[kiln] ${below.length} of ${rows.length} runs below the bars (100/100/100, performance ≥ 95, CLS 0)\n`);
    process.exitCode = 1;
  }
}

main().catch(exitWithError);
