// Hostile and broken articles for the hostile-inputs suite, written into temporary folders by the tests (binary files,
// odd encodings and megabytes of Markdown are generated here rather than committed).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** One input file: its path in the folder and its bytes (a string is written as UTF-8). */
export interface HostileFile {
  path: string;
  content: string | Uint8Array;
}

/** Front matter with a title and date, then `extra` lines, then the body. */
export function article(title: string, body: string, extra = ""): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndate: 2025-01-01\n${extra}---\n${body}`;
}

/** Bytes of a small PNG-like file: a signature, NUL bytes, then noise (fixed, so runs are repeatable). */
function binaryBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  for (let i = 12; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  return bytes;
}

/** Every field with a value of the wrong type (or form), in one front matter. */
const WRONG_TYPES = [
  "---",
  "title: 12",
  "date: 20251129",
  "updated: [2025-01-01]",
  "description: 5",
  "author: {name: x, link: 'javascript:alert(1)'}",
  "lang: '!!'",
  "draft: yes",
  "cover: 'javascript:alert(1)'",
  "tags: {a: 1}",
  "categories: [1, true]",
  "theme: blue",
  "slug: ../../x",
  "layout: 3",
  "permalink: true",
  "---",
  "body",
].join("\n");

/**
 * Broken inputs, built together: each gives exactly the listed problems, as `[where: what, fix]` pairs
 * (paths relative to the folder). Expected lines are pinned in the test, next to the inputs.
 */
export const BROKEN_FILES: readonly HostileFile[] = [
  { path: "yaml-malformed.md", content: '---\ntitle: "Unclosed\ndate: 2025-01-01\n---\nbody\n' },
  { path: "yaml-bad-indent.md", content: "---\ntitle: T\n  date: 2025-01-01\n---\nbody\n" },
  { path: "yaml-duplicate-key.md", content: "---\ntitle: A\ndate: 2025-01-01\ntitle: B\n---\nbody\n" },
  { path: "yaml-tabs.md", content: "---\ntitle: T\ndate: 2025-01-01\ntags:\n\t- a\n---\nbody\n" },
  { path: "yaml-list.md", content: "---\n- title\n- date\n---\nbody\n" },
  { path: "yaml-unknown-tag.md", content: "---\ntitle: !!binary aGVsbG8=\ndate: 2025-01-01\n---\nbody\n" },
  { path: "toml-plus.md", content: '+++\ntitle = "T\ndate = 2025-01-01\n+++\nbody\n' },
  { path: "toml-dashes.md", content: '---toml\ntitle = "T"\ndate = 2025-01-01\n---\nbody\n' },
  { path: "unclosed.md", content: "---\ntitle: T\ndate: 2025-01-01\n\n# Heading\n" },
  { path: "empty.md", content: "" },
  { path: "blank-lines.md", content: "\n\n  \n" },
  { path: "no-front-matter.md", content: "# Just a heading\n\nNo front matter.\n" },
  { path: "binary.md", content: binaryBytes() },
  { path: "latin1.md", content: Buffer.from("---\ntitle: caf\xe9\ndate: 2025-01-01\n---\nbody\n", "latin1") },
  { path: "gbk.md", content: Buffer.concat([Buffer.from("---\ntitle: T\ndate: 2025-01-01\n---\n"), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a])]) },
  { path: "bom-bad-date.md", content: "\uFEFF---\ntitle: T\ndate: 2025-13-01\n---\nbody\n" },
  { path: "crlf-bad-draft.md", content: '---\r\ntitle: T\r\ndate: 2025-01-01\r\ndraft: "false"\r\n---\r\nbody\r\n' },
  { path: "wrong-types.md", content: WRONG_TYPES },
  { path: "date-slashes.md", content: "---\ntitle: T\ndate: 2025/11/29\n---\nbody\n" },
  { path: "date-feb-30.md", content: "---\ntitle: T\ndate: 2025-02-30\n---\nbody\n" },
  { path: "date-hour-25.md", content: "---\ntitle: T\ndate: 2025-11-29T25:00:00+08:00\n---\nbody\n" },
  { path: "date-words.md", content: "---\ntitle: T\ndate: last tuesday\n---\nbody\n" },
  { path: "date-five-digit-year.md", content: "---\ntitle: T\ndate: 99999-01-01\n---\nbody\n" },
  { path: "title-blank.md", content: '---\ntitle: "   "\ndate: 2025-01-01\n---\nbody\n' },
  { path: "cover-data.md", content: article("T", "body\n", "cover: 'data:text/html,<script>alert(1)</script>'\n") },
  { path: "slug-space.md", content: article("T", "body\n", "slug: has space\n") },
  { path: "slug-emoji.md", content: article("T", "body\n", "slug: rocket-🚀\n") },
  { path: "permalink-escape.md", content: article("T", "body\n", "permalink: ../../escaped/\n") },
  { path: "permalink-escape-deep.md", content: article("T", "body\n", "permalink: /a/../../../escaped/index.html\n") },
  { path: "permalink-url.md", content: article("T", "body\n", "permalink: https://evil.example/\n") },
  { path: "dup/first.md", content: article("First", "body\n", "slug: same\n") },
  { path: "dup/second.md", content: article("Second", "body\n", "slug: same\n") },
  { path: "dup/2025-01-01-dated.md", content: article("Dated", "body\n") },
  { path: "dup/dated.md", content: article("Undated", "body\n") },
  { path: "dup/by-permalink.md", content: article("Permalink", "body\n", "permalink: /dup/same/index.html\n") },
];

/** One line of Markdown nested `depth` levels deep: `> > > … deep` or `- - - … deep`. */
const nested = (marker: string, depth: number): string => `${`${marker} `.repeat(depth)}deep`;

/** Inputs that must build: each is checked for a warning and safe output. */
export const BUILDING_FILES: readonly HostileFile[] = [
  { path: "bom.md", content: `\uFEFF${article("BOM", "Body after a BOM.\n")}` },
  { path: "crlf.md", content: article("CRLF", "line one\n\n## 小节\n", "tags: [crlf]\n").replace(/\n/g, "\r\n") },
  { path: "mixed-endings.md", content: '---\r\ntitle: "Mixed"\ndate: 2025-01-01\r\n---\nA\r\nB\rC\n' },
  { path: "only-front-matter.md", content: "---\ntitle: Only front matter\ndate: 2025-01-01\n---\n" },
  { path: "only-front-matter-unterminated.md", content: "---\ntitle: Unterminated last line\ndate: 2025-01-01\n---" },
  {
    path: "terms.md",
    content: article(
      "Terms",
      "body\n",
      "tags: ['a/b', '..', 'has space', '🚀 rocket', 'עברית', 'Python', 'PYTHON', '../../etc', '<b>bold</b>']\ncategories: ['../up', 'C#']\n",
    ),
  },
  { path: "has space.md", content: article("Space in the file name", "hi\n") },
  { path: "emoji-🚀.md", content: article("Emoji in the file name", "hi\n") },
  { path: "rtl-עברית.md", content: article("RTL \u202Eevil\u202C name", "שלום עולם\n") },
  { path: "a..b.md", content: article("Dots in the file name", "hi\n") },
  {
    path: "links.md",
    content: article(
      "Links",
      [
        "[js](javascript:alert(1)) [JS2](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1))",
        "[data](data:text/html,<script>alert(1)</script>) [vb](vbscript:msgbox) [ok](https://example.com/)",
        "<javascript:alert(1)>",
        "",
        "![img](javascript:alert(1)) ![gif](data:image/gif;base64,R0lGODlhAQABAAAAACw=)",
        "",
      ].join("\n"),
    ),
  },
  { path: "raw-html.md", content: article("Raw HTML", '<script>window.kilnRaw = 1</script>\n\n<p class="note" onclick="x()">trusted</p>\n') },
  { path: "code.md", content: article("Code", "```nosuchlang\nx = 1\n```\n\n```\n<b>{{ x }}</b> {% raw %}\n```\n\n```js\nconst open = '<script>';\n") },
  { path: "date-space.md", content: article("Date with a space", "x\n", "updated: 2025-11-29 08:30:00\n") },
  { path: "date-year-1.md", content: "---\ntitle: Year one\ndate: 0001-01-01\n---\nx\n" },
  { path: "date-leap.md", content: "---\ntitle: Leap day\ndate: 2024-02-29T08:30+0800\n---\nx\n" },
  { path: "nested-lists.md", content: article("Nested lists", `${nested("-", 10_000)}\n`) },
  { path: "nested-quotes.md", content: article("Nested quotes", `${nested(">", 10_000)}\n`) },
  {
    path: "long-code.md",
    content: article("Long code", `\`\`\`python\n${Array.from({ length: 20_000 }, (_, i) => `x_${i} = ${i}  # <tag> {{ ${i} }}`).join("\n")}\n\`\`\`\n`),
  },
  {
    path: "five-megabytes.md",
    content: article("Five megabytes", `${"Kiln 构建静态网站，**bold** and `code` <br> & text. ".repeat(20).concat("\n\n").repeat(4_400)}`),
  },
];

/** Writes files into a folder, creating subfolders. */
export async function writeFiles(folder: string, files: readonly HostileFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(folder, file.path)), { recursive: true });
    await writeFile(join(folder, file.path), file.content);
  }
}
