// Tests for decodeSource: UTF-8 text in (BOM dropped), binary files and other encodings named with their line.
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/schema/source-text.ts";

describe("decodeSource", () => {
  it("reads UTF-8, Chinese and emoji included, and drops a BOM", () => {
    expect(decodeSource("a.md", Buffer.from("\uFEFF---\ntitle: 中文 🚀\n"))).toEqual({ text: "---\ntitle: 中文 🚀\n", problems: [] });
  });

  it("refuses a file with NUL bytes as binary", () => {
    expect(decodeSource("a.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toEqual({
      text: "",
      problems: [
        {
          location: { file: "a.md" },
          message: "is a binary file, not Markdown text",
          hint: "remove it from the content folder, or give it an extension other than .md",
        },
      ],
    });
  });

  it.each([
    ["Latin-1 on line 2", Buffer.from("---\ntitle: caf\xe9\n", "latin1"), 2],
    ["GBK on line 3", Buffer.concat([Buffer.from("a\nb\n"), Buffer.from([0xc4, 0xe3])]), 3],
    ["a truncated sequence at the end", Buffer.from([0x61, 0x0a, 0xe4, 0xb8]), 2],
  ])("names the first line that is not UTF-8: %s", (_, bytes, line) => {
    const { text, problems } = decodeSource("a.md", bytes);
    expect(text).toBe("");
    expect(problems.map((problem) => [problem.location.line, problem.message])).toEqual([
      [line, "is not valid UTF-8 text (saved in another encoding, such as GBK or Latin-1?)"],
    ]);
  });
});
