// What a benchmark article says (front matter, headed steps of prose, one code block each), before make-corpus.ts
// writes it as Markdown or as a notebook: both forms carry the same text. Article i depends only on (seed, i).

/** mulberry32 seeded from a FNV-1a hash of the parts: small, fast and reproducible everywhere. */
export function random(...parts: readonly (string | number)[]): () => number {
  let hash = 2166136261;
  for (const char of parts.join(":")) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  let state = hash >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, drawn from `next`. */
export const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const CATEGORIES = ["ai", "frontend", "backend", "devops", "database", "tools"] as const;
const TOPICS = ["神经网络", "缓存策略", "容器编排", "索引优化", "类型系统", "消息队列", "并发模型", "日志监控"];
const TAGS = ["入门", "进阶", "实战", "Python", "TypeScript", "Rust", "Go", "SQL", "Docker", "性能优化", "最佳实践", "工具"];
const ZH = [
  "在生产环境中，{t}往往决定了系统的稳定性，理解它的原理能帮我们少走弯路。",
  "很多初学者会把{t}和配置问题混为一谈，其实两者解决的是完全不同的问题。",
  "**注意：**这一步看似简单，却是整个流程中最容易出错的地方，建议先写测试再动手。",
  "我们可以通过 `npm run build` 查看当前的状态，这在调试时非常有用。",
  "根据我们的测试，合理使用{t}之后，响应延迟下降了大约三成。",
  "更多细节可以参考官方文档 https://docs.example.org/guide ，遇到问题时应当优先查阅。",
];
const EN = [
  "In production, {t} often decides how stable a system is, so it pays to understand how it works.",
  "A common mistake is to tune {t} before measuring; profile first, then change one thing at a time.",
  "Run `npm test` after every step: it is the fastest way to catch a regression early.",
  "The official guide at https://docs.example.org/guide covers the edge cases in more detail.",
];
const CODE: Record<string, readonly string[]> = {
  python: ["import json\n\ndef load(path):\n    with open(path, encoding=\"utf-8\") as fp:\n        return json.load(fp)\n", "for item in items:\n    if item is None:\n        continue\n    result.append(item * 2)\n"],
  bash: ["#!/usr/bin/env bash\nset -euo pipefail\nnpm ci && npm run build\n", "for f in ./logs/*.log; do\n  gzip -9 \"$f\"\ndone\n"],
  typescript: ["export async function fetchItems(limit: number): Promise<Item[]> {\n  const response = await fetch(`/api/items?limit=${limit}`);\n  return (await response.json()) as Item[];\n}\n"],
  javascript: ["const items = data.filter((x) => x.enabled).map((x) => x.id);\nconsole.log(`processed ${items.length} items`);\n"],
  json: ["{\n  \"name\": \"demo\",\n  \"version\": \"1.0.0\",\n  \"scripts\": { \"build\": \"kiln\" }\n}\n"],
  yaml: ["services:\n  web:\n    image: nginx:alpine\n    ports:\n      - \"8080:80\"\n"],
  rust: ["use std::collections::HashMap;\n\nfn count(words: &[&str]) -> HashMap<&str, usize> {\n    let mut map = HashMap::new();\n    for w in words {\n        *map.entry(*w).or_insert(0) += 1;\n    }\n    map\n}\n"],
  go: ["package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n"],
  sql: ["SELECT category, COUNT(*) AS total\nFROM articles\nWHERE published_at >= NOW() - INTERVAL '30 days'\nGROUP BY category\nORDER BY total DESC;\n"],
};
const LANGUAGES = Object.keys(CODE);
const COMMENT: Record<string, string> = { python: "#", bash: "#", yaml: "#", sql: "--", json: "" };

/** A code block unique to its article and step (no two blocks alike, as in a real corpus), 5–40 lines. */
function codeBlock(next: () => number, language: string, index: number, step: number): string {
  const marker = COMMENT[language] ?? "//";
  const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, CODE[language]!).trimEnd());
  const body = parts.join("\n\n").replaceAll(/\b(\d+)\b/g, (digits) => String(Number(digits) + ((index + step) % 97)));
  return marker === "" ? body : `${marker} article ${index}, step ${step + 1}\n${body}`;
}

/** One step of an article: a heading, a few paragraphs, one code block. */
export interface ArticleStep {
  heading: string;
  paragraphs: string[];
  language: string;
  /** The code, without a final newline. */
  code: string;
}

/** An article's text, in no file format yet. */
export interface ArticleShape {
  /** The front matter's lines, from the opening `---` to the closing one. */
  frontMatter: string[];
  /** 4–8 steps. */
  steps: ArticleStep[];
  /** Markdown blocks before the first step (a lead image, an introduction); the image-less corpus has none. */
  opening?: string[];
  /** Markdown blocks after the last step (a summary, references); the image-less corpus has none. */
  closing?: string[];
}

/** One article's content. The random draws come in a fixed order: changing it changes every article of the corpus. */
export function articleShape(index: number, seed: number): ArticleShape {
  const next = random(seed, index);
  const category = pick(next, CATEGORIES);
  const topic = pick(next, TOPICS);
  const english = next() < 0.25;
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 1400) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(8 + Math.floor(next() * 14)).padStart(2, "0");
  const tags = [...new Set([pick(next, TAGS), pick(next, TAGS), pick(next, TAGS)])];
  const prose = english ? EN : ZH;
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(english ? `A practical guide to ${topic} (${index})` : `${topic}实战指南（${index}）`)}`,
    `date: ${day}T${hour}:00:00+08:00`,
    `description: ${JSON.stringify(english ? `Everything about ${topic}.` : `关于${topic}的完整教程。`)}`,
    `draft: ${next() < 0.04}`,
    `tags: ${JSON.stringify(tags)}`,
    `categories: [${JSON.stringify(category)}]`,
    ...(english ? ["lang: en"] : []),
    "---",
  ];
  const steps: ArticleStep[] = [];
  const count = 4 + Math.floor(next() * 5);
  for (let b = 0; b < count; b++) {
    const heading = `## ${english ? `Step ${b + 1}: ${topic}` : `第 ${b + 1} 步：${topic}的要点`}`;
    const paragraphs: string[] = [];
    // The loop draws its bound again at every turn, as the corpus always has: the draws stay in their order.
    for (let p = 0; p < 2 + Math.floor(next() * 3); p++) paragraphs.push(pick(next, prose).replaceAll("{t}", topic));
    const language = pick(next, LANGUAGES);
    steps.push({ heading, paragraphs, language, code: codeBlock(next, language, index, b) });
  }
  return { frontMatter, steps };
}
