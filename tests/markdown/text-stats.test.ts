// Tests for reading stats and language detection on rendered HTML.
import { describe, expect, it } from "vitest";
import { detectLanguage, readingStats } from "../../src/markdown/text-stats.ts";

const CHINESE = `<h2 id="深度学习">深度学习 <a class="heading-anchor" href="#深度学习" aria-label="Permalink to “深度学习”">#</a></h2>
<p>深度学习是机器学习的一个分支，使用 <strong>PyTorch</strong> 或 TensorFlow 训练神经网络。</p>
<figure class="code-block" data-lang="python"><figcaption class="code-block__lang">python</figcaption><pre class="shiki" tabindex="0"><code><span>import torch # 导入库 and many more english words here</span></code></pre></figure>`;

const ENGLISH = `<h2 id="getting-started">Getting started</h2>
<p>Static site generators turn plain text files into a website. It's fast &amp; state-of-the-art.</p>
<pre><code>npm install kiln 中文注释</code></pre>`;

describe("readingStats", () => {
  it("counts Han characters and Latin words apart, without code blocks and tags", () => {
    // 深度学习(4) + 深度学习是机器学习的一个分支(14) + 使用(2) + 或(1) + 训练神经网络(6)
    expect(readingStats(CHINESE)).toEqual({ hanChars: 27, latinWords: 2, minutes: 1 });
  });

  it("counts contractions and hyphenated words as one word, entities decoded", () => {
    // Getting started (2) + Static…website (10) + It's fast state-of-the-art (3)
    expect(readingStats(ENGLISH)).toEqual({ hanChars: 0, latinWords: 15, minutes: 1 });
  });

  it("does not count numbers alone as words", () => {
    expect(readingStats("<p>2024 年 3 月，版本 1.2</p>")).toEqual({ hanChars: 4, latinWords: 0, minutes: 1 });
  });

  it("keeps words of adjacent blocks apart", () => {
    expect(readingStats("<p>one</p><p>two</p><li>three</li>").latinWords).toBe(3);
  });

  it("computes minutes as ceil(han/400 + words/200)", () => {
    const html = `<p>${"汉".repeat(400)}</p><p>${"word ".repeat(201)}</p>`;
    expect(readingStats(html)).toEqual({ hanChars: 400, latinWords: 201, minutes: 3 });
    expect(readingStats(`<p>${"字".repeat(800)}</p>`).minutes).toBe(2);
  });

  it("reads at least one minute", () => {
    expect(readingStats("")).toEqual({ hanChars: 0, latinWords: 0, minutes: 1 });
  });

  it("leaves out scripts, styles and comments", () => {
    expect(readingStats("<script>var a = 1</script><style>p{}</style><!-- hidden words --><p>seen</p>").latinWords).toBe(1);
  });
});

describe("detectLanguage", () => {
  it("says zh-CN for a Chinese article with English terms", () => {
    expect(detectLanguage(CHINESE)).toBe("zh-CN");
  });

  it("says en for an English article", () => {
    expect(detectLanguage(ENGLISH)).toBe("en");
  });

  it("prefers zh-CN on a tie and en when words outnumber Han characters", () => {
    expect(detectLanguage(`<p>${"中".repeat(10)} ${"word ".repeat(10)}</p>`)).toBe("zh-CN");
    expect(detectLanguage(`<p>${"中".repeat(10)} ${"word ".repeat(11)}</p>`)).toBe("en");
  });

  it("does not guess from too little text", () => {
    expect(detectLanguage("<p>你好</p>")).toBeUndefined();
    expect(detectLanguage("<p>Hello world</p>")).toBeUndefined();
    expect(detectLanguage("<pre><code>lots of code words that do not count at all here</code></pre>")).toBeUndefined();
  });

  it("works on Markdown prose too", () => {
    expect(detectLanguage("# 标题\n\n这是一段**中文**内容，用来测试语言。")).toBe("zh-CN");
  });
});
