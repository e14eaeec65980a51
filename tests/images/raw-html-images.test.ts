// Tests for which pages the raw-HTML image transform parses: only those with a local <img> left to draw.
import { describe, expect, it } from "vitest";
import { hasRawLocalImage } from "../../src/images/raw-html-images.ts";

describe("hasRawLocalImage", () => {
  it.each([
    ['<img src="diagram.png" alt="">', true],
    ["<img alt='' src='/guide/photo.jpg'>", true],
    ["<p><img src=chart.png></p>", true],
    ['<img class="card__cover" src="https://images.example.com/a.jpg?w=1&amp;h=2" alt="">', false],
    ['<img src="//cdn.example.com/a.png">', false],
    ['<img src="data:image/png;base64,AAAA">', false],
    ['<picture><source srcset="/img/yDrnvPitr8-480.webp 480w"><img src="/img/yDrnvPitr8-480.png" alt=""></picture>', false],
    ['<img src="/docs/img/BqjM-6_RuO-240.png" alt="">', false],
    ['<img class="nb-image" src="nb-0123456789ab.png" alt="">', false],
    ['<img src="https://a.test/x.png"> <img src="local.png">', true],
    ['<IMG SRC="local.png">', true],
    ['<imgx src="local.png">', false],
  ])("%s → %s", (html, expected) => {
    expect(hasRawLocalImage(html)).toBe(expected);
  });
});
