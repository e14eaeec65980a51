// Fault tolerance: a machine that cannot take the site (a file in the output path, a full disk) and a missing or
// broken Pagefind binary each end in a two-part error without a stack trace, and the previous site stays whole.
import { load } from "cheerio";
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, runKiln, type CommandResult } from "./run-kiln.ts";

const INPUT = "tests/fixtures/sites/drafts";
/** Lines of a stack trace (`    at fn (file:1:2)`). */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const FIX_PAGEFIND =
  "reinstall the dependencies with npm ci (the binary comes in the optional package @pagefind/linux-x64: do not omit " +
  "optional dependencies), or set PAGEFIND_BINARY_PATH to a Pagefind 1.6 binary, or build without search: npm run build -- --search=off";

/** A folder holding `site/` with one file, the "previous site" a failed build must leave as it was. */
async function previousSite(): Promise<{ root: string; output: string }> {
  const root = await mkdtemp(join(tmpdir(), "kiln-fault-"));
  const output = join(root, "site");
  await mkdir(output);
  await writeFile(join(output, "index.html"), "previous site");
  return { root, output };
}

/** Expects a failed build with exactly these two-part lines, no stack trace, and the previous site untouched. */
async function expectCleanFailure(result: CommandResult, root: string, lines: readonly string[]): Promise<void> {
  expect(result.code, result.stderr).toBe(1);
  const printed = result.stderr.split("\n").map((line) => line.replace(/^\[kiln\] /, ""));
  // Kiln speaks alone: none of Eleventy's own lines around its verdict.
  expect(result.stderr).not.toContain("[11ty]");
  for (const line of lines) expect(printed, result.stderr).toContain(line);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toContain("internal error");
  expect(result.stderr).not.toContain("Original error stack trace");
  // Nothing left beside it: the staging folder of the failed build is gone.
  expect(await readdir(root)).toEqual(["site"]);
  expect(await readdir(join(root, "site"))).toEqual(["index.html"]);
  expect(await readFile(join(root, "site/index.html"), "utf8")).toBe("previous site");
}

/**
 * Runs a build whose process may write no file larger than 8 KiB (`ulimit -f`): the kernel then fails the write
 * with EFBIG part-way, as a full disk fails it with ENOSPC. Unlike a read-only folder (chmod), the limit binds
 * root too, and tests run as root; Node ignores SIGXFSZ, so the write fails instead of the process dying.
 */
function buildWithFileSizeLimit(output: string): Promise<CommandResult> {
  const command = [process.execPath, "--import", "tsx", "src/cli/build.ts", `--input=${INPUT}`, `--output=${output}`];
  return new Promise((done) => {
    execFile("/bin/sh", ["-c", 'ulimit -f 16 && exec "$@"', "sh", ...command], { cwd: projectRoot }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("an output folder that cannot be written", () => {
  it("below a file (not a folder): two-part error, the file untouched", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-fault-"));
    await writeFile(join(root, "file"), "a file");
    const result = await runKiln("build", [`--input=${INPUT}`, `--output=${root}/file/site`]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      [
        "The site could not be written (1 problem):",
        `${root}/file: part of the path is a file, not a folder (EEXIST in mkdir); ${root}/file/site was left as it was`,
        "  fix: move that file away, or choose another output folder: --output=DIR",
      ].join("\n"),
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(await readdir(root)).toEqual(["file"]);
    expect(await readFile(join(root, "file"), "utf8")).toBe("a file");
  });

  it("a disk that fills up while writing: two-part error, the previous site untouched, the half-written one removed", async () => {
    const { root, output } = await previousSite();
    const result = await buildWithFileSizeLimit(output);
    await expectCleanFailure(result, root, [
      "The site could not be written (1 problem):",
      `${output}: a file size limit was reached (ulimit -f, or the disk is full) (EFBIG in write); ${output} was left as it was`,
      "  fix: raise the limit or free space, then build again",
    ]);
  });
});

describe("Pagefind's binary", () => {
  it("missing: the build fails with a two-part error, the previous site untouched", async () => {
    const { root, output } = await previousSite();
    const binary = join(root, "no-such-pagefind");
    const result = await runKiln("build", [`--input=${INPUT}`, `--output=${output}`], { PAGEFIND_BINARY_PATH: binary });
    await expectCleanFailure(result, root, [
      "The search index cannot be written (1 problem):",
      `${binary}: Pagefind's binary, which writes the search index, was not found there`,
      `  fix: ${FIX_PAGEFIND}`,
    ]);
  });

  it("not executable: the build fails with a two-part error, the previous site untouched", async () => {
    const { root, output } = await previousSite();
    const binary = join(await mkdtemp(join(tmpdir(), "kiln-fault-bin-")), "pagefind");
    await writeFile(binary, "#!/bin/sh\nexit 0\n");
    await chmod(binary, 0o644);
    const result = await runKiln("build", [`--input=${INPUT}`, `--output=${output}`], { PAGEFIND_BINARY_PATH: binary });
    await expectCleanFailure(result, root, [
      `${binary}: Pagefind's binary, which writes the search index, is not executable (permission denied)`,
      `  fix: ${FIX_PAGEFIND}`,
    ]);
  });

  it("missing, with --search=off: the site builds without an index and its search page can say so", async () => {
    const { output } = await previousSite();
    const env = { PAGEFIND_BINARY_PATH: join(output, "no-such-pagefind") };
    const result = await runKiln("build", [`--input=${INPUT}`, `--output=${output}`, "--search=off"], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("[kiln] search index: off (--search=off); the search page tells readers search is unavailable");
    expect(await readdir(output)).not.toContain("pagefind");
    const $ = load(await readFile(join(output, "search/index.html"), "utf8"));
    expect($("[data-search-status]").attr("data-text-unavailable")).toBe("本站暂时无法搜索。可以按分类和标签浏览文章。");
  });
});
