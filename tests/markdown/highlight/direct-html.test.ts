// The fast path (direct-html.ts) and the one-pass path give shiki's dual-theme HTML byte for byte on the text edits
// most likely to break hand-written markup: CRLF, trailing whitespace, `//` inside tokens, NBSP, quotes, `<` and `&`,
// blank lines. Also checks that blocks no transformer touches really take the fast path.
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { HighlightJob } from "../../../src/markdown/highlight/highlight-cache.ts";
import { createKilnHighlighter, type KilnLanguage } from "../../../src/markdown/highlight/highlighter.ts";
import { hasShellPrompts } from "../../../src/markdown/highlight/transformers/shell-prompt.ts";
import { fencesOf, shikiReference } from "./shiki-reference.ts";

/** What the fast path returned for each block since the last reset: its HTML, or `undefined` (the one-pass path). */
const fastPath = vi.hoisted(() => ({ results: [] as (string | undefined)[] }));

// Passes through, recording what the highlighter's fast path answered: a build only sees the HTML, which is the
// same either way, so a fast path that stopped being taken would go unnoticed.
vi.mock("../../../src/markdown/highlight/direct-html.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../src/markdown/highlight/direct-html.ts")>();
  const createDirectHtml: typeof original.createDirectHtml = (shiki, paired, themes) => {
    const direct = original.createDirectHtml(shiki, paired, themes);
    return (code, language) => {
      const html = direct(code, language);
      fastPath.results.push(html);
      return html;
    };
  };
  return { ...original, createDirectHtml };
});

const projectRoot = resolve(import.meta.dirname, "../../..");


/** Hand-written blocks with every edge at once; lines are listed so trailing whitespace stays visible. */
const HAND_WRITTEN: HighlightJob[] = [
  {
    language: "bash",
    meta: "",
    code: [
      "#!/usr/bin/env bash",
      "# fetch the page // twice",
      'url="https://example.com/a?b=1&c=2"\t# tab before the comment',
      'echo "<b>$url</b> // done" > out.html   ',
      "if [ -n \"$HOME\" ]; then echo 'it'\"'\"'s'; fi",
      "",
      "cat <<EOF",
      "a & b < c\u00a0",
      "EOF",
    ].join("\n"),
  },
  {
    // Shell prompts: never the fast path.
    language: "bash",
    meta: "",
    code: ['$ npm run build -- --out "dist // x"', "Built 3 pages & 2 assets <ok>  ", "$ ls \\", "  dist"].join("\n"),
  },
  {
    language: "python",
    meta: "",
    code: [
      "def greet(name: str) -> str:",
      '\t"""Say hello // twice <b>&amp;</b>."""',
      '    url = "http://example.com"  # a // comment',
      "    return f\"<{name}> & 'friends'\" ",
      "\u00a0",
      'print(greet("a\\tb"), 1 // 2, 3 < 4)',
    ].join("\n"),
  },
  {
    language: "typescript",
    meta: "",
    code: [
      "// a leading comment // with two slashes",
      'const url = "https://example.com/a"; // trailing <&>',
      "const re = /\\/\\/ not a comment/g;",
      'const html = `<a href="${url}">&amp;</a>`;\t',
      "type T = Array<\"a\" | 'b'>; ",
      "",
      "/* block // comment */ let x = 1 < 2 && 3 > 2;",
    ].join("\n"),
  },
  {
    language: "json",
    meta: "",
    code: [
      "{",
      '  "url": "https://example.com//path",',
      '  "html": "<b>&amp;</b>",',
      '\t"tab": "a\\tb",  ',
      '  "quote": "say \\"hi\\" // there",',
      '  "empty": ""',
      "}",
    ].join("\n"),
  },
  {
    language: "yaml",
    meta: "",
    code: [
      "# config // comment",
      "url: https://example.com//x",
      'html: "<b>&</b>"',
      "quote: 'it''s // fine'",
      "",
      "list:",
      "  - a & b   ",
      '  - "c < d"\t',
    ].join("\n"),
  },
  {
    language: "html",
    meta: "",
    code: [
      "<!DOCTYPE html>",
      "<p class=\"a\" data-x='y'>Tom &amp; Jerry &lt; 3 // not a comment</p>",
      "<script>",
      '  const a = "x // y"; // comment <b>',
      "  if (a < b && b > c) {}\t",
      "</script>",
      '<style>a::after { content: "//"; }</style>',
    ].join("\n"),
  },
  // Plain blocks, fast path expected; one ends with a newline (an empty last line).
  { language: "typescript", meta: "", code: 'const answer = 42;\nexport { answer as "a&b" };\n' },
  { language: "python", meta: "", code: "x = {'a': [1, 2]}  # <tag> & more" },
  // An empty block, and one of blank lines only.
  { language: "typescript", meta: "", code: "" },
  { language: "json", meta: "", code: "\n\n" },
];

/** The edits each block is also highlighted with (the first leaves it as written). */
const EDITS: Record<string, (code: string) => string> = {
  "as written": (code) => code,
  "CRLF line endings": (code) => code.replace(/\n/g, "\r\n"),
  "trailing spaces and tabs": (code) => code.split("\n").map((line) => `${line}  \t`).join("\n"),
  "`//` comments": (code) => code.split("\n").map((line, i) => (i % 2 ? `${line} // x // y <&>` : line)).join("\n"),
  "leading NBSP": (code) => code.split("\n").map((line) => `\u00a0 ${line}`).join("\n"),
  "quotes, `<` and `&`": (code) => `${code.replace(/"/g, "'<&'")}\n'"a" & <b>'`,
  "blank lines, wider spaces": (code) => `\n\n  ${code.replace(/ /g, "   ")}\n\n`,
};

/** True when Kiln's transformers leave the block alone (highlighter.ts `transformersAreInert`). */
const inert = ({ code, language, meta }: HighlightJob) =>
  meta === "" && !/\[!code/i.test(code) && !hasShellPrompts(code, language);

/**
 * The paths a block may take, as `fastPath.results` spells them: a block a transformer changes never reaches the
 * fast path; the others take it, unless a token may hold ` //` (direct-html.ts `COMMENT_SPLIT`): then the one-pass
 * path may take it.
 */
function allowedPaths(job: HighlightJob): string[] {
  if (!inert(job)) return [""];
  return /\s\/\//.test(job.code) ? ["direct", "one-pass"] : ["direct"];
}

describe("direct HTML and one-pass HTML on edited blocks", () => {
  let jobs: (HighlightJob & { edit: string })[];
  let expected: string[];

  beforeAll(async () => {
    const blocks = [
      ...(await fencesOf(join(projectRoot, "content"))),
      ...(await fencesOf(join(projectRoot, "tests/fixtures/highlight"))),
      ...HAND_WRITTEN,
    ];
    jobs = blocks.flatMap((block) =>
      Object.entries(EDITS).map(([edit, apply]) => ({ ...block, edit, code: apply(block.code) })),
    );
    expected = await shikiReference(jobs);
  });

  it("gives shiki's dual-theme HTML byte for byte, and takes the fast path for every block it can", async () => {
    const highlighter = await createKilnHighlighter();
    const mismatches: string[] = [];
    const missedFastPath: string[] = [];
    let direct = 0;
    try {
      jobs.forEach((job, index) => {
        fastPath.results.length = 0;
        const html = highlighter.codeToHtml(job.code, job.language as Exclude<KilnLanguage, "text">, job.meta);
        const code = JSON.stringify(job.code.slice(0, 80));
        const name = `${job.language} ${JSON.stringify(job.meta)} (${job.edit}): ${code}`;
        if (html !== expected[index]) mismatches.push(name);
        const taken = fastPath.results.map((result) => (result === undefined ? "one-pass" : "direct")).join();
        if (!allowedPaths(job).includes(taken)) missedFastPath.push(`${taken || "no fast path"}: ${name}`);
        if (taken === "direct") direct++;
      });
    } finally {
      highlighter.dispose();
    }
    expect(mismatches).toEqual([]);
    expect(missedFastPath).toEqual([]);
    expect(jobs.length).toBeGreaterThan(500);
    // Most blocks are plain: the fast path must stay the common case.
    expect(direct).toBeGreaterThan(jobs.length / 3);
  });

  it("leaves a token holding ` //` to the one-pass path, and writes a plain block directly", async () => {
    const highlighter = await createKilnHighlighter();
    try {
      fastPath.results.length = 0;
      highlighter.codeToHtml('const url = "a // b";', "typescript");
      highlighter.codeToHtml('const url = "a/b";', "typescript");
      expect(fastPath.results.map((result) => typeof result)).toEqual(["undefined", "string"]);
    } finally {
      highlighter.dispose();
    }
  });
});
