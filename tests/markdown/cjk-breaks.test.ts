// Tests for soft line breaks between CJK characters: upstream markdown-it-cjk-breaks' cases and its crashes.
import markdownit from "markdown-it";
import { describe, expect, it } from "vitest";
import { cjkBreaksPlugin } from "../../src/markdown/cjk-breaks.ts";

const md = markdownit({ html: true }).use(cjkBreaksPlugin);
const render = (source: string): string => md.render(source);

describe("cjkBreaksPlugin", () => {
  it("drops a break between Han, kana and fullwidth characters", () => {
    expect(render("第一行\n第二行")).toBe("<p>第一行第二行</p>\n");
    expect(render("あいうえお\nかきくけこ")).toBe("<p>あいうえおかきくけこ</p>\n");
    expect(render("你好，\n世界")).toBe("<p>你好，世界</p>\n");
    expect(render("ＡＢＣ\nＤＥＦ")).toBe("<p>ＡＢＣＤＥＦ</p>\n");
    // Halfwidth katakana (East Asian Width H) joins too.
    expect(render("ｱｲｳ\nｴｵ")).toBe("<p>ｱｲｳｴｵ</p>\n");
  });

  it("keeps the break next to Latin text and ambiguous-width characters", () => {
    expect(render("中文\nEnglish")).toBe("<p>中文\nEnglish</p>\n");
    expect(render("English\n中文")).toBe("<p>English\n中文</p>\n");
    expect(render("first line\nsecond line")).toBe("<p>first line\nsecond line</p>\n");
    // « ° » is East Asian Width A: not wide enough to join.
    expect(render("中文°\n中文")).toBe("<p>中文°\n中文</p>\n");
  });

  it("keeps the break next to Hangul, which separates words with spaces", () => {
    expect(render("한국어\n문장")).toBe("<p>한국어\n문장</p>\n");
    expect(render("中文\n한국어")).toBe("<p>中文\n한국어</p>\n");
    expect(render("ﾡ\n中文")).toBe("<p>ﾡ\n中文</p>\n");
  });

  it("drops a break next to a zero width space, whatever is on the other side", () => {
    expect(render("abc\u200b\ndef")).toBe("<p>abc\u200bdef</p>\n");
    expect(render("abc\n\u200bdef")).toBe("<p>abc\u200bdef</p>\n");
    expect(render("![a](/a.png)\n\u200bdef")).toBe('<p><img src="/a.png" alt="a">\u200bdef</p>\n');
  });

  it("reads surrogate pairs as one character (CJK Extension B)", () => {
    expect(render("𠀀\n𠀁")).toBe("<p>𠀀𠀁</p>\n");
    expect(render("中文𠀀\n中文")).toBe("<p>中文𠀀中文</p>\n");
    expect(render("中文\n𠀀中文")).toBe("<p>中文𠀀中文</p>\n");
  });

  it("looks through emphasis and links to the character they print", () => {
    expect(render("**山**\n田")).toBe("<p><strong>山</strong>田</p>\n");
    expect(render("山\n*田*")).toBe("<p>山<em>田</em></p>\n");
    expect(render("[山](/a)\n~~田~~")).toBe('<p><a href="/a">山</a><s>田</s></p>\n');
    expect(render("**a**\n中")).toBe("<p><strong>a</strong>\n中</p>\n");
  });

  it("reads inline code: CJK code joins, ASCII code keeps the break", () => {
    expect(render("中文\n`中文`")).toBe("<p>中文<code>中文</code></p>\n");
    expect(render("中文\n`code`\n中文")).toBe("<p>中文\n<code>code</code>\n中文</p>\n");
  });

  it("keeps the break next to an image, raw HTML or a hard break", () => {
    expect(render("中文。\n![a](https://e.com/a.jpg)\n中文")).toBe(
      '<p>中文。\n<img src="https://e.com/a.jpg" alt="a">\n中文</p>\n',
    );
    expect(render("中文\n<b>粗</b>")).toBe("<p>中文\n<b>粗</b></p>\n");
    expect(render("中文  \n中文\n中文")).toBe("<p>中文<br>\n中文中文</p>\n");
  });

  it("does not throw where markdown-it-cjk-breaks 2.0.0 did (an empty neighbouring text token)", () => {
    expect(render("**中文**\n{.x}")).toBe("<p><strong>中文</strong>\n{.x}</p>\n");
    expect(render("**a**\nb")).toBe("<p><strong>a</strong>\nb</p>\n");
    expect(render("**中**\n**文**")).toBe("<p><strong>中</strong><strong>文</strong></p>\n");
    expect(render("[](/a)\n中文")).toBe('<p><a href="/a"></a>\n中文</p>\n');
    expect(render("``\n中文")).toBe("<p>``\n中文</p>\n");
  });
});
