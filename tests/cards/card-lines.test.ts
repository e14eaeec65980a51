import { describe, expect, it } from "vitest";
import { breakLines, lineUnits } from "../../src/cards/card-lines.ts";

/** Every character 1 wide, a Chinese one 2 (as a monospace terminal would set them). */
const measure = (text: string) => [...text].reduce((width, char) => width + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0);

describe("lineUnits", () => {
  it("makes each Chinese character a unit and each Latin word one, with spaces between", () => {
    expect(lineUnits("用 PyTorch 训练")).toEqual(["用", " ", "PyTorch", " ", "训", "练"]);
  });

  it("joins closing marks to the unit before them and opening marks to the unit after", () => {
    expect(lineUnits("「引号」开头，好。")).toEqual(["「引", "号」", "开", "头，", "好。"]);
    expect(lineUnits("(see 3.12), done!")).toEqual(["(see", " ", "3.12),", " ", "done!"]);
  });
});

describe("breakLines", () => {
  it("keeps text that fits on one line", () => {
    expect(breakLines("Kiln 教程", 20, 1, measure)).toEqual(["Kiln 教程"]);
  });

  it("breaks Chinese between any two characters and Latin only at spaces", () => {
    expect(breakLines("梯度下降：从公式到 NumPy 代码", 16, 3, measure)).toEqual(["梯度下降：从公式", "到 NumPy 代码"]);
    expect(breakLines("A Practical Introduction to Gradient Descent", 20, 3, measure)).toEqual([
      "A Practical",
      "Introduction to",
      "Gradient Descent",
    ]);
  });

  it("never starts a line with closing punctuation", () => {
    const lines = breakLines("一二三四五六七，八九十", 14, 3, measure);
    expect(lines).toEqual(["一二三四五六", "七，八九十"]);
    for (const line of lines) expect(line).not.toMatch(/^[，。、：；！？）」』】》]/u);
  });

  it("ends the last line with an ellipsis when the text needs more lines, never wider than the line", () => {
    const lines = breakLines("深度学习中的梯度下降与优化器".repeat(10), 20, 3, measure);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/u);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(20);
  });

  it("cuts a word wider than the line into pieces that fill it", () => {
    expect(breakLines("a".repeat(25), 10, 3, measure)).toEqual(["a".repeat(10), "a".repeat(10), "a".repeat(5)]);
    const cut = breakLines("a".repeat(40), 10, 3, measure);
    expect(cut).toEqual(["a".repeat(10), "a".repeat(10), `${"a".repeat(9)}…`]);
  });

  it("gives no line for empty text", () => {
    expect(breakLines("   ", 10, 3, measure)).toEqual([]);
  });
});
