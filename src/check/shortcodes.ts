// Check: Hugo shortcodes (`{{< … >}}`, `{{% … %}}`) outside code are not rendered by Kiln and show as text.
import type { Finding } from "./finding.ts";
import { inlineTokens, type ParsedArticle } from "./parsed-article.ts";

const SHORTCODE = /\{\{[<%]\s*\/?\s*([\w-]+)[^}]*[>%]\}\}/g;

/** A warning per shortcode found in prose or raw HTML (code spans and fences are left alone). */
export function checkShortcodes(articles: readonly ParsedArticle[]): Finding[] {
  const findings: Finding[] = [];
  const report = (parsed: ParsedArticle, text: string, line: number | undefined) => {
    for (const match of text.matchAll(SHORTCODE)) {
      findings.push({
        severity: "warning",
        location: line === undefined ? { file: parsed.file } : { file: parsed.file, line },
        message: `Hugo shortcode ${match[0]} is not rendered and shows as text`,
        hint: `replace the "${match[1] ?? ""}" shortcode with Markdown (an image, a link, a ::: tip block) or remove it`,
      });
    }
  };
  for (const parsed of articles) {
    for (const block of parsed.tokens) {
      if (block.type === "html_block") report(parsed, block.content, block.map ? parsed.bodyLine + block.map[0] : undefined);
    }
    for (const { token, line } of inlineTokens(parsed)) {
      if (token.type === "text" || token.type === "html_inline") report(parsed, token.content, line);
    }
  }
  return findings;
}
