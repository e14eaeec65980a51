// The dev server's registry takes a saved article's new body at once only when nothing else about it changed.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ContentRegistry } from "../../src/content/content-registry.ts";
import { createReporter } from "../../src/report/reporter.ts";

const ARTICLE = "---\ntitle: 容器编排\ndate: 2025-11-01T10:00:00+08:00\n---\n\n第一段说明容器编排的基本概念和常见工具。\n\n<!--more-->\n\n正文第一版。\n";

describe("ContentRegistry#refreshBody", () => {
  let folder: string;
  let file: string;
  let registry: ContentRegistry;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "kiln-refresh-"));
    file = join(folder, "orchestration.md");
    await writeFile(file, ARTICLE);
    registry = new ContentRegistry("Asia/Shanghai");
    await registry.load(folder, createReporter(() => {}), true);
  });

  const save = (text: string) => writeFile(file, text);

  it("takes a new body below the summary and returns the record with it", async () => {
    await save(ARTICLE.replace("正文第一版。", "正文第二版。"));
    expect(registry.refreshBody(file)?.body).toContain("正文第二版。");
    expect(registry.get(file)?.body).toContain("正文第二版。");
  });

  it("leaves the record as it was when the front matter (a comment in it too) or the summary changed", async () => {
    const changes = [
      ARTICLE.replace("title: 容器编排", "title: 容器编排入门"),
      ARTICLE.replace("title: 容器编排\n", "title: 容器编排 # 注释\n"),
      ARTICLE.replace("第一段说明", "第一段介绍"),
    ];
    for (const text of changes) {
      await save(text);
      expect(registry.refreshBody(file), text).toBeUndefined();
      expect(registry.get(file)?.body).toContain("正文第一版。");
    }
  });

  it("leaves it to the rebuild when the save breaks the front matter, and outside the dev server", async () => {
    await save(ARTICLE.replace("date: 2025-11-01T10:00:00+08:00", "date: soon"));
    expect(registry.refreshBody(file)).toBeUndefined();
    const built = new ContentRegistry("Asia/Shanghai");
    await save(ARTICLE);
    await built.load(folder, createReporter(() => {}));
    await save(ARTICLE.replace("正文第一版。", "正文第二版。"));
    expect(built.refreshBody(file)).toBeUndefined();
    expect(await readFile(file, "utf8")).toContain("正文第二版。");
  });
});
