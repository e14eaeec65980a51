// A folder with broken front matter: the build lists every problem (file, line, field, fix), prints no stack
// trace, writes nothing, and leaves an existing output folder exactly as it was.
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runKiln, type CommandResult } from "./run-kiln.ts";

const fixture = "tests/fixtures/sites/bad-front-matter";

describe("build with invalid front matter", () => {
  let result: CommandResult;
  let output: string;

  beforeAll(async () => {
    output = join(await mkdtemp(join(tmpdir(), "kiln-bad-")), "site");
    await mkdir(output);
    await writeFile(join(output, "index.html"), "previous site");
    result = await runKiln("build", [`--input=${fixture}`, `--output=${output}`]);
  });

  it("fails once, with a count", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[kiln] The site was not built: 3 files have problems (3 problems):");
    expect(result.stderr).not.toContain("[11ty]");
    expect(result.stderr).toContain("[kiln] failed with 3 problem(s), listed above; nothing was written");
  });

  it("only warns about a repeated key: the last value wins, as in Hugo", () => {
    const lines = result.stderr.split("\n");
    const at = lines.indexOf(
      `[kiln] warning: ${fixture}/duplicate-key.md:4 front matter "title": "title" is written twice; the last value wins, as in Hugo`,
    );
    expect(at, result.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe("  fix: keep one title: line and remove the other");
  });

  it.each([
    [
      "bad-date.md:3 front matter \"date\": expected a date like 2025-11-29 or 2025-11-29T08:30:00+08:00, got the string \"yesterday\"",
      "fix: date: 2025-11-29 or date: 2025-11-29T08:30:00+08:00",
    ],
    ["missing-title.md:1 front matter \"title\": is required but missing", "fix: add title: \"My tutorial\" to the front matter"],
    [
      "quoted-draft.md:4 front matter \"draft\": expected true or false, got the string \"false\"",
      "fix: write draft: true or draft: false without quotes",
    ],
  ])("names %s and the fix", (what, fix) => {
    const line = result.stderr.split("\n").findIndex((l) => l.includes(`${fixture}/${what}`));
    expect(line, result.stderr).toBeGreaterThanOrEqual(0);
    expect(result.stderr.split("\n")[line + 1]).toContain(fix);
  });

  it("prints no stack trace", () => {
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.stderr).not.toContain("Original error stack trace");
  });

  it("leaves the previous output untouched and no temporary folder behind", async () => {
    expect(await readFile(join(output, "index.html"), "utf8")).toBe("previous site");
    expect(await readdir(join(output, ".."))).toEqual(["site"]);
  });
});

describe("build with a front matter language Eleventy cannot read", () => {
  it("fails at once with the same verdict, naming the file, and no stack trace", async () => {
    const input = join(await mkdtemp(join(tmpdir(), "kiln-ini-")), "content");
    await mkdir(input);
    await writeFile(join(input, "ini.md"), "---ini\ntitle = 配置\n---\n正文\n");
    await writeFile(join(input, "good.md"), "---\ntitle: 好文章\ndate: 2025-01-01\n---\n正文\n");
    const result = await runKiln("build", [`--input=${input}`, `--output=${join(input, "..", "site")}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[kiln] The site was not built: 1 file has problems (1 problem):");
    expect(result.stderr).toContain(`${input}/ini.md:1: front matter language "ini" is not supported`);
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.stderr).not.toContain("internal error");
  });
});

describe("build command line", () => {
  it("rejects an unknown flag with the usage line", async () => {
    const result = await runKiln("build", ["--inptu=content"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown argument --inptu");
    expect(result.stderr).toContain("usage: npm run build -- [--input=DIR]");
  });

  it("refuses an output folder that would swallow the articles", async () => {
    const result = await runKiln("build", ["--input=content", "--output=."]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the output folder contains the articles or the project");
    expect(result.stderr).toContain("fix: choose a separate folder, e.g. --output=_site");
  });
});
