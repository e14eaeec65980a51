// The ranking rules of public/js/search-ranking.js, on result data shaped as Pagefind gives it.
import { describe, expect, it } from "vitest";

/** Result data as Pagefind gives it (the fields the ranking reads). */
interface Data {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
type Found = { results: Array<{ data(): Promise<Data> }>; exact: boolean };

/** The browser module, typed here: tsc does not read public/js (plain JavaScript checked in the editor). */
const { exactTier, normalized, queryWords, rankedSearch } = (await import(
  new URL("../../public/js/search-ranking.js", import.meta.url).href
)) as {
  exactTier(data: Data, words: RegExp[]): number;
  normalized(text: string): string;
  queryWords(term: string): RegExp[];
  rankedSearch(pagefind: unknown, term: string): Promise<Found>;
};

const data = (title: string, headings: string[], content: string, url = "/x/"): Data => ({
  url,
  excerpt: "",
  content,
  meta: { title },
  filters: {},
  sub_results: headings.map((heading) => ({ title: heading, url, excerpt: "" })),
});

describe("search ranking rules", () => {
  it("compares text as readers see it: full-width folded, case and Pagefind's zero-width spaces ignored", () => {
    expect(normalized("ＡｄａｍＷ  优化\u200B器")).toBe("adamw 优化器");
  });

  it("matches Latin words at a word start and Chinese anywhere", () => {
    const [loss] = queryWords("Loss");
    expect(loss?.test("model.loss_fn")).toBe(true);
    expect(loss?.test("gloss")).toBe(false);
    const [term] = queryWords("优化器");
    expect(term?.test("选择优化器之前")).toBe(true);
  });

  it("tiers a page by where it holds every word exactly: title, heading, text, or not at all", () => {
    const words = queryWords("PyTorch 优化器");
    expect(exactTier(data("PyTorch 优化器入门", [], ""), words)).toBe(0);
    expect(exactTier(data("训练", ["PyTorch 的优化器"], ""), words)).toBe(1);
    expect(exactTier(data("PyTorch 训练", [], "选择优\u200B化器"), words)).toBe(2);
    expect(exactTier(data("PyTorch 训练", [], "性能优化与服务器"), words)).toBe(3);
  });

  it("moves exact pages first, keeps Pagefind's order within a tier, and says whether any page was exact", async () => {
    const pages = [data("性能优化与服务器", [], "优化 服务器", "/a/"), data("训练", [], "优化器", "/b/"), data("优化器", [], "", "/c/")];
    const pagefind = {
      search: async () => ({ results: pages.map((page, index) => ({ id: String(index), data: async () => page })) }),
    };
    const ranked = await rankedSearch(pagefind, "优化器");
    expect(await Promise.all(ranked.results.map(async (result) => (await result.data()).url))).toEqual(["/c/", "/b/", "/a/"]);
    expect(ranked.exact).toBe(true);
    expect((await rankedSearch(pagefind, "量子优化器")).exact).toBe(false);
  });
});
