// Test helper, run in its own process (Eleventy imports .eleventy.ts, which needs tsx): watches a site as the dev
// server does, saves each edit given on stdin and prints, per edit, the saved article's page as it was when Eleventy's
// rebuild started (its `eleventy.before`) and as that rebuild left it. The article keeps the last edit: the input is
// the test's own copy.
// node --import tsx tests/build/early-writes-probe.ts INPUT OUTPUT ARTICLE PAGE < edits.json
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { attachEarlyArticleWrites } from "../../src/dev/early-article-writes.ts";
import type { EleventyConfig } from "../../src/eleventy/eleventy-config.ts";

const [input = "", output = "", article = "", page = ""] = process.argv.slice(2);
const edits = JSON.parse(readFileSync(0, "utf8")) as string[];
const pagePath = join(output, page);
const read = () => readFile(pagePath, "utf8").catch(() => "");

let atRebuildStart: string | undefined;
let rebuilt: (() => void) | undefined;
process.env["KILN_DRAFTS"] = "1";
const eleventy = new Eleventy(relative(process.cwd(), input), output, {
  configPath: join(import.meta.dirname, "../../.eleventy.ts"),
  runMode: "watch",
  quietMode: true,
  config(eleventyConfig: EleventyConfig) {
    eleventyConfig.on("eleventy.before", async () => {
      if (rebuilt) atRebuildStart = await read();
    });
    // Once the whole rebuild is over, Kiln's own `eleventy.after` work included (the highlight cache is saved there).
    eleventyConfig.on("eleventy.afterwatch", () => rebuilt?.());
  },
});
eleventy.setIncrementalBuild(true);
await eleventy.init();
attachEarlyArticleWrites(eleventy);
await eleventy.watch();

try {
  for (const text of edits) {
    // The watcher may still be scanning when watch() resolves: save again until a rebuild starts.
    for (let attempt = 1; ; attempt++) {
      const done = new Promise<boolean>((resolve) => {
        rebuilt = () => resolve(true);
        setTimeout(() => resolve(false), 5000);
      });
      await writeFile(join(input, article), text);
      if (await done) break;
      if (attempt === 5) throw new Error(`no rebuild after saving ${article}`);
    }
    rebuilt = undefined;
    process.stdout.write(`${JSON.stringify({ atRebuildStart, afterRebuild: await read() })}\n`);
  }
} finally {
  await eleventy.stopWatch();
}
process.exit(0);
