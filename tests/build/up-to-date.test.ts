// A build whose inputs did not change leaves the site untouched; any change to what the site is made from builds it.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildRecordFile, readBuildRecord } from "../../src/build/build-record.ts";
import { projectRoot, runKiln } from "./run-kiln.ts";

/** A content folder of two articles, one of them scheduled a day after now. */
async function writeContent(folder: string): Promise<{ input: string; scheduled: Date }> {
  const input = join(folder, "content");
  await mkdir(input, { recursive: true });
  await writeFile(join(input, "first.md"), "---\ntitle: 第一篇\ndate: 2025-12-01T08:00:00+08:00\n---\n\n初稿。\n");
  const scheduled = new Date(Math.ceil(Date.now() / 1000) * 1000 + 86_400_000);
  await writeFile(join(input, "later.md"), `---\ntitle: 明天见\ndate: ${scheduled.toISOString().replace(".000Z", "Z")}\n---\n\n明天发布。\n`);
  return { input, scheduled };
}

describe("a build of an unchanged site", () => {
  let input: string;
  let output: string;
  let scheduled: Date;
  const build = (...args: string[]) => runKiln("build", [`--input=${input}`, `--output=${output}`, ...args]);
  const pageTime = async () => (await stat(join(output, "first/index.html"))).mtimeMs;

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiln-up-to-date-"));
    ({ input, scheduled } = await writeContent(folder));
    output = join(folder, "site");
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("[kiln] built");
  });

  it("leaves the site untouched and says so", async () => {
    const before = await pageTime();
    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/site is up to date: nothing it is built from changed since its last build \(--force rebuilds it\)/);
    expect(again.stdout).toContain("[kiln] checked");
    expect(await pageTime()).toBe(before);
  });

  it("builds again when an article changes, and the page shows the change", async () => {
    await writeFile(join(input, "first.md"), "---\ntitle: 第一篇\ndate: 2025-12-01T08:00:00+08:00\n---\n\n改过的正文。\n");
    const changed = await build();
    expect(changed.stdout).toContain("[kiln] built");
    expect(await readFile(join(output, "first/index.html"), "utf8")).toContain("改过的正文");
  });

  it("builds again when a page of the site was deleted or edited by hand", async () => {
    await rm(join(output, "first/index.html"));
    expect((await build()).stdout).toContain("[kiln] built");
    expect(await readFile(join(output, "first/index.html"), "utf8")).toContain("改过的正文");
    await writeFile(join(output, "index.html"), "edited by hand");
    expect((await build()).stdout).toContain("[kiln] built");
    expect(await readFile(join(output, "index.html"), "utf8")).toContain("第一篇");
  });

  it("builds again for another path prefix, another switch, or --force", async () => {
    const prefixed = await build("--pathprefix=/docs/");
    expect(prefixed.stdout).toContain("[kiln] built");
    expect(await readFile(join(output, "index.html"), "utf8")).toContain('href="/docs/first/"');
    expect((await build("--pathprefix=/docs/")).stdout).toContain("[kiln] checked");
    expect((await build("--pathprefix=/docs/", "--search=off")).stdout).toContain("[kiln] built");
    expect((await build("--pathprefix=/docs/", "--search=off", "--force")).stdout).toContain("[kiln] built");
  });

  it("records when the scheduled article goes live: the site is stale from that moment", async () => {
    const record = await readBuildRecord(buildRecordFile(projectRoot, output));
    expect(record?.staleFrom).toBe(scheduled.toISOString());
    // Not published yet: the build skipped it.
    await expect(stat(join(output, "later/index.html"))).rejects.toThrow();
  });
});
