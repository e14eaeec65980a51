// Nothing lost, nothing half-written: an interrupted build leaves the previous site whole and its temporary folder is
// cleaned by the next build; two builds of the same input are byte-identical and name no folder of the machine.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, runKiln } from "./run-kiln.ts";

/** Every file below a folder, as sorted relative paths. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe("an interrupted build", () => {
  it("leaves the previous site whole, and the next build removes what it left behind", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-interrupted-"));
    const output = join(root, "site");
    await mkdir(output);
    await writeFile(join(output, "index.html"), "previous site");

    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/build.ts", "--input=content", `--output=${output}`], {
      cwd: projectRoot,
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    // Kill it once Eleventy has started writing into its temporary folder.
    const staging = `.kiln-tmp-site-${child.pid}`;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const written = await readdir(join(root, staging)).catch(() => []);
      if (written.length > 0) break;
      await new Promise((done) => setTimeout(done, 20));
    }
    child.kill("SIGKILL");
    expect(await exited, "the build finished before it could be interrupted").toBeNull();

    expect((await readdir(root)).sort()).toEqual([staging, "site"]);
    expect(await listFiles(output)).toEqual(["index.html"]);
    expect(await readFile(join(output, "index.html"), "utf8")).toBe("previous site");

    const next = await runKiln("build", ["--input=tests/fixtures/sites/drafts", `--output=${output}`]);
    expect(next.code, next.stderr).toBe(0);
    expect(await readdir(root)).toEqual(["site"]);
    expect(await readFile(join(output, "published/index.html"), "utf8")).toContain("Published");
  });
});

describe("two builds of the example site", () => {
  it("are byte-identical, and no file names a folder of the machine", async () => {
    const first = await buildSite("content");
    const second = await buildSite("content");
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);

    const files = await listFiles(first.output);
    expect(files.length).toBeGreaterThan(50);
    expect(await listFiles(second.output)).toEqual(files);
    const different: string[] = [];
    const withPaths: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first.output, file)), readFile(join(second.output, file))]);
      if (!a.equals(b)) different.push(file);
      const text = a.toString("latin1");
      if ([projectRoot, first.output, tmpdir(), "file://"].some((path) => text.includes(path))) withPaths.push(file);
    }
    expect(different).toEqual([]);
    expect(withPaths).toEqual([]);
  });
});
