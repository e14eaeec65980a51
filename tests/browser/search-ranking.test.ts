// Search ranking on Chinese first: a query set of compound terms, mixed, English and code queries, each with the
// article that must come first, on a site of deep-learning tutorials among 60 articles that share their words' parts.
// Run by the site's own Pagefind bundle in Chromium, with Pagefind's order alone and with search-ranking.js.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot } from "../build/run-kiln.ts";
import { launchChromium, serveStatic, type StaticServer } from "./chromium.ts";
import { writeDistractors } from "./search-ranking-corpus.ts";

/** Query → the article a reader means. Compound terms first: Pagefind splits them (优化器 → 优化 + 器). */
const QUERY_SET: ReadonlyArray<readonly [kind: "compound" | "mixed" | "english" | "code", query: string, first: string]> = [
  ["compound", "优化器", "/dl/optimizers/"],
  ["compound", "超参数", "/dl/hyperparameter-search/"],
  ["compound", "超参数搜索", "/dl/hyperparameter-search/"],
  ["compound", "学习率调度", "/dl/training-guide/"],
  ["compound", "注意力机制", "/dl/attention/"],
  ["compound", "多头注意力", "/dl/attention/"],
  ["compound", "缩放点积注意力", "/dl/attention/"],
  ["compound", "位置编码", "/dl/attention/"],
  ["compound", "批归一化", "/dl/training-guide/"],
  ["compound", "梯度消失", "/dl/regularization/"],
  ["compound", "梯度裁剪", "/dl/regularization/"],
  ["compound", "正则化", "/dl/regularization/"],
  ["compound", "标签平滑", "/dl/regularization/"],
  ["compound", "过拟合", "/dl/training-guide/"],
  ["compound", "混淆矩阵", "/dl/training-guide/"],
  ["compound", "余弦退火", "/dl/training-guide/"],
  ["compound", "交叉熵", "/dl/training-guide/"],
  ["compound", "交互式变基", "/dev/git-rebase/"],
  ["compound", "强制推送", "/dev/git-rebase/"],
  ["compound", "装饰器", "/dev/python-decorators/"],
  ["compound", "闭包", "/dev/python-decorators/"],
  ["compound", "远程开发", "/dev/vscode-remote/"],
  ["compound", "贝叶斯优化", "/dl/hyperparameter-search/"],
  ["mixed", "PyTorch 优化器", "/dl/training-guide/"],
  ["mixed", "Dev Containers 容器", "/dev/vscode-remote/"],
  ["mixed", "Optuna 剪枝", "/dl/hyperparameter-search/"],
  ["mixed", "AdamW 解耦", "/dl/optimizers/"],
  ["english", "dropout", "/dl/regularization/"],
  ["english", "Remote-SSH", "/dev/vscode-remote/"],
  ["english", "optuna", "/dl/hyperparameter-search/"],
  ["english", "softmax", "/dl/attention/"],
  ["code", "optimizer.zero_grad", "/dl/training-guide/"],
  ["code", "model.eval", "/dl/training-guide/"],
  ["code", "functools.wraps", "/dev/python-decorators/"],
  ["code", "git push --force-with-lease", "/dev/git-rebase/"],
  ["code", "devcontainer.json", "/dev/vscode-remote/"],
  ["code", "CosineAnnealingLR", "/dl/training-guide/"],
  ["code", "RandomResizedCrop", "/dl/training-guide/"],
  ["code", "suggest_float", "/dl/hyperparameter-search/"],
];

/** What the browser found for one query: the first URL with Pagefind alone and ranked, and whether any page was exact. */
interface Answer {
  query: string;
  plain: string | undefined;
  ranked: string | undefined;
  exact: boolean;
}

/**
 * Runs queries with the site's own bundle and ranking module, from a page of the site. The code is sent as text: the
 * test runner rewrites `import()` in functions it compiles, and this one runs in the browser.
 */
async function answers(page: Page, queries: readonly string[]): Promise<Answer[]> {
  const run = `(async (queries) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const { rankedSearch } = await import("/js/search-ranking.js");
    await pagefind.options({ baseUrl: "/" });
    const firstUrl = async (found) => (found.results[0] ? decodeURI((await found.results[0].data()).url) : undefined);
    const out = [];
    for (const query of queries) {
      const ranked = await rankedSearch(pagefind, query);
      out.push({ query, plain: await firstUrl(await pagefind.search(query)), ranked: await firstUrl(ranked), exact: ranked.exact });
    }
    return out;
  })(${JSON.stringify(queries)})`;
  return (await page.evaluate(run)) as Answer[];
}

/** Share of queries whose expected article came first. */
const score = (found: ReadonlyArray<string | undefined>, expected: readonly string[]) =>
  found.filter((url, index) => url === expected[index]).length / expected.length;

describe("search ranking (Chinese first)", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let results: Answer[];

  beforeAll(async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-ranking-")), "content");
    await cp(join(projectRoot, "tests/fixtures/search-ranking/site"), input, { recursive: true });
    await writeDistractors(input);
    const site = await buildSite(input);
    expect(site.code, site.stderr).toBe(0);
    server = await serveStatic(site.output);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(server.url);
    results = await answers(page, QUERY_SET.map(([, query]) => query));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has a query set of at least 30 queries of every kind", () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUERY_SET.map(([kind]) => kind))).toEqual(new Set(["compound", "mixed", "english", "code"]));
  });

  it("ranks the expected article first for at least 95 % of the set, and never worse than Pagefind alone", () => {
    const expected = QUERY_SET.map(([, , first]) => first);
    const plain = score(results.map((answer) => answer.plain), expected);
    const ranked = score(results.map((answer) => answer.ranked), expected);
    const misses = results.filter((answer, index) => answer.ranked !== expected[index]).map((answer) => `${answer.query} → ${answer.ranked}`);
    console.info(results.filter((answer, index) => answer.plain !== expected[index]).map((answer) => `plain miss: ${answer.query} → ${answer.plain}`).join("\n"));
    console.info(`[search ranking] first result right: Pagefind alone ${(plain * 100).toFixed(0)} %, Kiln ${(ranked * 100).toFixed(0)} % of ${expected.length}`);
    expect(misses.length / expected.length, misses.join("\n")).toBeLessThanOrEqual(0.05);
    expect(ranked).toBeGreaterThanOrEqual(plain);
  });

  it("loses nothing on English and code queries", () => {
    QUERY_SET.forEach(([kind, , first], index) => {
      if (kind !== "english" && kind !== "code") return;
      const answer = results[index]!;
      if (answer.plain === first) expect(answer.ranked, answer.query).toBe(first);
    });
  });

  it("says when no page holds the exact query, and only then", async () => {
    expect(results.every((answer) => answer.exact)).toBe(true);
    const [absent, split] = await answers(page, ["量子退火", "优化器调度"]);
    expect(absent?.exact).toBe(false);
    expect(split?.exact).toBe(false);
  });
});
