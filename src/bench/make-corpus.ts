// Deterministic corpus for the benchmark: realistic Chinese and English tutorials, 4–8 fenced code blocks each, in 10 sections.
// Same (count, seed) → byte-identical files; article i depends only on (seed, i).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** mulberry32 seeded from a FNV-1a hash of the parts: small, fast and reproducible everywhere. */
function random(...parts: readonly (string | number)[]): () => number {
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

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const CATEGORIES = ["ai", "frontend", "backend", "devops", "database", "tools"] as const;
/** The corpus's section folders: article i goes to section i mod 10, so the articles' text does not depend on them. */
const SECTIONS = [
  { folder: "ai", title: "人工智能", weight: 1 },
  { folder: "frontend", title: "前端开发", weight: 2 },
  { folder: "backend", title: "后端服务", weight: 3 },
  { folder: "devops", title: "运维与部署", weight: 4 },
  { folder: "database", title: "数据库", weight: 5 },
  { folder: "tools", title: "开发工具", weight: 6 },
  { folder: "security", title: "安全", weight: 7 },
  { folder: "testing", title: "测试", weight: 8 },
  { folder: "mobile", title: "移动开发", weight: 9 },
  { folder: "data", title: "数据工程", weight: 10 },
] as const;
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

/** One article's text. */
export function makeArticle(index: number, seed: number): { path: string; text: string } {
  const next = random(seed, index);
  const category = pick(next, CATEGORIES);
  const topic = pick(next, TOPICS);
  const english = next() < 0.25;
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 1400) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(8 + Math.floor(next() * 14)).padStart(2, "0");
  const tags = [...new Set([pick(next, TAGS), pick(next, TAGS), pick(next, TAGS)])];
  const prose = english ? EN : ZH;
  const lines = [
    "---",
    `title: ${JSON.stringify(english ? `A practical guide to ${topic} (${index})` : `${topic}实战指南（${index}）`)}`,
    `date: ${day}T${hour}:00:00+08:00`,
    `description: ${JSON.stringify(english ? `Everything about ${topic}.` : `关于${topic}的完整教程。`)}`,
    `draft: ${next() < 0.04}`,
    `tags: ${JSON.stringify(tags)}`,
    `categories: [${JSON.stringify(category)}]`,
    ...(english ? ["lang: en"] : []),
    "---",
    "",
  ];
  const blocks = 4 + Math.floor(next() * 5);
  for (let b = 0; b < blocks; b++) {
    lines.push(`## ${english ? `Step ${b + 1}: ${topic}` : `第 ${b + 1} 步：${topic}的要点`}`, "");
    for (let p = 0; p < 2 + Math.floor(next() * 3); p++) lines.push(pick(next, prose).replaceAll("{t}", topic), "");
    const language = pick(next, LANGUAGES);
    lines.push("```" + language, codeBlock(next, language, index, b), "```", "");
  }
  const section = SECTIONS[index % SECTIONS.length]!.folder;
  return { path: join(section, `article-${String(index).padStart(5, "0")}.md`), text: lines.join("\n") };
}

/** A section's `_index.md`: title, description, weight and a short landing text. */
function sectionIndex({ title, weight }: (typeof SECTIONS)[number]): string {
  return ["---", `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(`${title}相关的教程。`)}`, `weight: ${weight}`, "---", "", `本栏目收录${title}方向的实战教程，按推荐的阅读顺序排列。`, ""].join("\n");
}

/** Writes `count` articles below `folder`, spread over 10 section folders, each with an `_index.md`. */
export async function makeCorpus(folder: string, count: number, seed = 1): Promise<void> {
  for (const section of SECTIONS) {
    await mkdir(join(folder, section.folder), { recursive: true });
    await writeFile(join(folder, section.folder, "_index.md"), sectionIndex(section));
  }
  for (let index = 0; index < count; index++) {
    const { path, text } = makeArticle(index, seed);
    await mkdir(join(folder, path, ".."), { recursive: true });
    await writeFile(join(folder, path), text);
  }
}
