// Tests for the shiki highlighter: language aliases and dual-theme CSS-variable output.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKilnHighlighter, KILN_LANGUAGES, resolveLanguage } from "../../../src/markdown/highlight/highlighter.ts";
import type { KilnHighlighter } from "../../../src/markdown/highlight/highlighter.ts";

describe("resolveLanguage", () => {
  it.each([
    ["bash", "bash"], ["sh", "bash"], ["shell", "bash"], ["zsh", "bash"], ["console", "bash"],
    ["py", "python"], ["Python", "python"], ["js", "javascript"], ["mjs", "javascript"],
    ["cjs", "javascript"], ["ts", "typescript"], ["mts", "typescript"], ["TSX", "tsx"],
    ["yml", "yaml"], ["md", "markdown"], ["rs", "rust"], ["golang", "go"], ["c++", "cpp"],
    ["docker", "dockerfile"], ["Dockerfile", "dockerfile"], ["ps1", "powershell"],
    ["text", "text"], ["txt", "text"], ["plain", "text"], ["plaintext", "text"], [" PY ", "python"],
    ["mermaid", "text"], ["hcl2", "hcl"], ["tf", "terraform"],
  ])("%j → %j", (name, expected) => {
    expect(resolveLanguage(name)).toBe(expected);
  });

  it.each(["foo", "", "brainfuck", "python2"])("%j is unknown", (name) => {
    expect(resolveLanguage(name)).toBeUndefined();
  });
});

describe("createKilnHighlighter", () => {
  let highlighter: KilnHighlighter;
  beforeAll(async () => {
    highlighter = await createKilnHighlighter();
  });
  afterAll(() => highlighter.dispose());

  it("lists Kiln's languages and resolves them", () => {
    expect(highlighter.languages).toEqual(KILN_LANGUAGES);
    expect(highlighter.resolveLanguage("sh")).toBe("bash");
  });

  it("loads every listed language", () => {
    for (const language of KILN_LANGUAGES) {
      expect(() => highlighter.codeToHtml("x = 1", language), language).not.toThrow();
    }
  });

  it("loads only the listed grammars (and what they embed), not the whole bundle", () => {
    const loaded = highlighter.shiki.getLoadedLanguages();
    expect(loaded).toContain("python");
    expect(loaded).not.toContain("haskell");
    expect(loaded).not.toContain("latex");
  });

  it("writes both themes as CSS variables only", () => {
    const html = highlighter.codeToHtml('print("hi")', "python");
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light-default github-dark-default" style="[^"]*--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117" tabindex="0"><code>/);
    expect(html).toContain("--shiki-light:#");
    expect(html).toContain("--shiki-dark:#");
    expect(html).not.toMatch(/[";]color:/);
    expect(html).not.toMatch(/background-color:/);
  });

  it("escapes the code", () => {
    const html = highlighter.codeToHtml("<script>alert(1)</script>", "html");
    expect(html).not.toContain("<script>");
  });
});
