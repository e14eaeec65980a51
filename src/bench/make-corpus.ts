// Deterministic corpus for the benchmark: realistic Chinese and English tutorials, 4–8 fenced code blocks each, in 10
// sections, one article in ten a Jupyter notebook. Same (count, seed) → byte-identical files; article i depends only
// on (seed, i).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { articleShape, type ArticleShape } from "./article-shape.ts";
import { isNotebookArticle, notebookText } from "./corpus-notebook.ts";

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

/** An article as Markdown: its front matter, opening blocks, each step's heading, paragraphs and fenced code, closing blocks. */
export function markdownText({ frontMatter, steps, opening = [], closing = [] }: ArticleShape): string {
  const lines = [...frontMatter, ""];
  for (const block of opening) lines.push(block, "");
  for (const { heading, paragraphs, language, code } of steps) {
    lines.push(heading, "");
    for (const paragraph of paragraphs) lines.push(paragraph, "");
    lines.push("```" + language, code, "```", "");
  }
  for (const block of closing) lines.push(block, "");
  return lines.join("\n");
}

/** One article's file: Markdown, or (one in ten) a notebook carrying the same text. */
export function makeArticle(index: number, seed: number): { path: string; text: string } {
  const shape = articleShape(index, seed);
  const section = SECTIONS[index % SECTIONS.length]!.folder;
  const name = `article-${String(index).padStart(5, "0")}`;
  return isNotebookArticle(index)
    ? { path: join(section, `${name}.ipynb`), text: notebookText(shape, index, seed) }
    : { path: join(section, `${name}.md`), text: markdownText(shape) };
}

/** A section's `_index.md`: title, description, weight and a short landing text. */
export function sectionIndex({ title, weight }: { title: string; weight: number }): string {
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
