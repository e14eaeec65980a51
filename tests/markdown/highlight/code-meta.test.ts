// Tests for fence meta parsing: title and line numbers.
import { describe, expect, it } from "vitest";
import { parseCodeMeta } from "../../../src/markdown/highlight/code-meta.ts";

describe("parseCodeMeta", () => {
  it.each([
    ["", { showLineNumbers: false }],
    ['title="train.py"', { title: "train.py", showLineNumbers: false }],
    ["title='数据 处理.py' {1,3}", { title: "数据 处理.py", showLineNumbers: false }],
    ['{1,3-5} title="a.js" showLineNumbers', { title: "a.js", showLineNumbers: true }],
    ["showLineNumbers", { showLineNumbers: true }],
    ['title=""', { showLineNumbers: false }],
    ["showLineNumbersX subtitle=\"x\"", { showLineNumbers: false }],
  ])("%j", (meta, expected) => {
    expect(parseCodeMeta(meta)).toEqual(expected);
  });
});
