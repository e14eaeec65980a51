// articleLinksPlugin with a plain md.render(): .md targets become URLs, fragments stay, the rest is untouched.
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { articleLinksPlugin } from "../../src/markdown/article-links.ts";

describe("articleLinksPlugin", () => {
  const seen: Array<[string, string | undefined]> = [];
  const md = markdownit().use(articleLinksPlugin, {
    resolve: (target, from) => {
      seen.push([target, from]);
      return target.endsWith("missing.md") ? undefined : `/url-of/${target.replace(/\.md$/, "")}/`;
    },
  });
  const env = { page: { inputPath: "./content/ai/intro.md" } };

  it("rewrites relative, /-rooted and Chinese .md links, keeping #fragments", () => {
    const html = md.render("[a](../ml/cnn.md#训练) [b](/ml/cnn.md) [c](机器学习/入门.md)", env);
    expect(html).toContain(`href="/url-of/../ml/cnn/#${encodeURI("训练")}"`);
    expect(html).toContain('href="/url-of//ml/cnn/"');
    expect(html).toContain('href="/url-of/机器学习/入门/"');
    expect(seen).toContainEqual(["机器学习/入门.md", "./content/ai/intro.md"]);
  });

  it("leaves unknown targets, external links and non-Markdown files as written", () => {
    const html = md.render("[x](missing.md) [y](https://a.org/b.md) [z](/files/c.mdx) [w](#d.md)", env);
    expect(html).toContain('href="missing.md"');
    expect(html).toContain('href="https://a.org/b.md"');
    expect(html).toContain('href="/files/c.mdx"');
    expect(html).toContain('href="#d.md"');
  });
});
