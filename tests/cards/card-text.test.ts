import { describe, expect, it } from "vitest";
import { drawableText, firstDrawable } from "../../src/cards/card-text.ts";

describe("drawableText", () => {
  it("keeps Chinese, Latin, digits, CJK punctuation and common symbols", () => {
    expect(drawableText("神经网络入门：从 Python 3.12 到「实战」→★♥※©")).toBe("神经网络入门：从 Python 3.12 到「实战」→★♥※©");
  });

  it("leaves out emoji the font has no glyph for, with their joiners and variation selectors", () => {
    expect(drawableText("🚀 部署 👨‍👩‍👧 指南 ❤️")).toBe("部署 指南 ❤");
  });

  it("leaves out right-to-left words whole (no half-shaped letters) and bidi controls", () => {
    expect(drawableText("مرحبا Transformer שלום 入门\u202e")).toBe("Transformer 入门");
  });

  it("folds whitespace and trims", () => {
    expect(drawableText("  a \n\t b  ")).toBe("a b");
  });
});

describe("firstDrawable", () => {
  it("falls back to the next candidate when nothing of a title can be drawn, and to an ellipsis at last", () => {
    expect(firstDrawable("🦄🦄", "Kiln 教程")).toBe("Kiln 教程");
    expect(firstDrawable("🦄", "שלום")).toBe("…");
  });
});
