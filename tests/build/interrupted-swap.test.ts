// A build killed between the two renames of its swap leaves no output folder: the next build restores the newest
// complete site before it starts, so even when that build fails a site is there. The states are made on disk.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runKiln } from "./run-kiln.ts";

/** The id of a process that has exited (a build that was killed). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((done) => child.on("exit", done));
  if (child.pid === undefined) throw new Error("no pid");
  return child.pid;
}

/** A folder beside the output with one page saying `text`. */
async function folderWithPage(path: string, text: string): Promise<void> {
  await mkdir(path);
  await writeFile(join(path, "index.html"), text);
}

/** A content folder whose only article has invalid front matter: its build fails before anything is written. */
async function brokenContent(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "kiln-swap-content-"));
  await writeFile(join(folder, "bad.md"), "---\ntitle: 12\ndate: 2025-01-01\n---\nbody\n");
  return folder;
}

describe("a build killed between the renames of its swap", () => {
  it("left the new site as .kiln-new-…: the next build restores it, even when that build fails", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-swap-"));
    const output = join(root, "site");
    const pid = await deadPid();
    await folderWithPage(join(root, `.kiln-new-site-${pid}`), "new site");
    await folderWithPage(join(root, `.kiln-old-site-${pid}`), "old site");

    const result = await runKiln("build", [`--input=${await brokenContent()}`, `--output=${output}`]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(`[kiln] restored ${output} from .kiln-new-site-${pid}, left by a build killed while swapping`);
    expect(await readdir(root)).toEqual(["site"]);
    expect(await readFile(join(output, "index.html"), "utf8")).toBe("new site");
  });

  it("left only the previous site as .kiln-old-… and a half-written .kiln-tmp-…: the previous site comes back", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-swap-"));
    const output = join(root, "site");
    const pid = await deadPid();
    await folderWithPage(join(root, `.kiln-old-site-${pid}`), "old site");
    await folderWithPage(join(root, `.kiln-tmp-site-${pid}`), "half-written");

    const result = await runKiln("build", [`--input=${await brokenContent()}`, `--output=${output}`]);
    expect(result.code, result.stderr).toBe(1);
    expect(await readdir(root)).toEqual(["site"]);
    expect(await readFile(join(output, "index.html"), "utf8")).toBe("old site");
  });

  it("is replaced by the next successful build, with nothing left beside it", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-swap-"));
    const output = join(root, "site");
    const pid = await deadPid();
    await folderWithPage(join(root, `.kiln-new-site-${pid}`), "new site");
    await folderWithPage(join(root, `.kiln-old-site-${pid}`), "old site");

    const result = await runKiln("build", ["--input=tests/fixtures/sites/drafts", `--output=${output}`]);
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(root)).toEqual(["site"]);
    expect(await readFile(join(output, "published/index.html"), "utf8")).toContain("Published");
  });

  it("never touches the folders of a build that is still running", async () => {
    const root = await mkdtemp(join(tmpdir(), "kiln-swap-"));
    const output = join(root, "site");
    // This test's own process stands for a build still running in another process.
    const running = `.kiln-new-site-${process.pid}`;
    await folderWithPage(join(root, running), "another build's site");

    const result = await runKiln("build", [`--input=${await brokenContent()}`, `--output=${output}`]);
    expect(result.code, result.stderr).toBe(1);
    expect(await readdir(root)).toEqual([running]);
  });
});
