// `npm run build [-- --input=DIR --output=DIR --pathprefix=/sub/]`: builds a folder of articles into a static site.
import { resolve } from "node:path";
import { buildSite } from "../eleventy/build-site.ts";
import { parseArgs, rejectUnknown } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";

const USAGE = "npm run build -- [--input=DIR] [--output=DIR] [--pathprefix=/sub/] [--verbose]";
const projectRoot = resolve(import.meta.dirname, "../..");

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["input", "output", "pathprefix"]);
  rejectUnknown(args, ["input", "output", "pathprefix", "verbose"], USAGE);
  const { flags } = args;
  const started = performance.now();
  const output = await buildSite({
    input: flags.get("input") || "content",
    output: flags.get("output") || "_site",
    pathPrefix: flags.get("pathprefix") || "/",
    quiet: !flags.has("verbose"),
    projectRoot,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`[kiln] built ${output} in ${seconds} s\n`);
}

main().catch(exitWithError);
