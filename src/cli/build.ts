// `npm run build [-- --input=DIR --output=DIR --pathprefix=/sub/]`: builds a folder of articles into a static site.
import { resolve } from "node:path";
import { buildSite } from "../build/build-site.ts";
import { parseArgs, rejectUnknown } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";

const USAGE =
  "npm run build -- [--input=DIR] [--output=DIR] [--pathprefix=/sub/] [--workers=N] [--cache=off] [--link-check=warn] [--raw-html=off] [--search=off] [--cards=off] [--force] [--verbose]";
const projectRoot = resolve(import.meta.dirname, "../..");

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["input", "output", "pathprefix", "workers", "cache", "link-check", "raw-html", "search", "cards"]);
  rejectUnknown(args, ["input", "output", "pathprefix", "workers", "cache", "link-check", "raw-html", "search", "cards", "force", "verbose"], USAGE);
  const { flags } = args;
  // Highlighting options reach the Eleventy config (loaded by Eleventy itself) through the environment.
  const workers = flags.get("workers");
  if (workers !== undefined) process.env["KILN_WORKERS"] = workers;
  if (flags.get("cache") === "off") process.env["KILN_CACHE"] = "off";
  if (flags.get("link-check") === "warn") process.env["KILN_LINK_CHECK"] = "warn";
  if (flags.get("raw-html") === "off") process.env["KILN_RAW_HTML"] = "off";
  if (flags.get("search") === "off") process.env["KILN_SEARCH"] = "off";
  if (flags.get("cards") === "off") process.env["KILN_CARDS"] = "off";
  const started = performance.now();
  const { output, built } = await buildSite({
    input: flags.get("input") || "content",
    output: flags.get("output") || "_site",
    pathPrefix: flags.get("pathprefix") || "/",
    quiet: !flags.has("verbose"),
    force: flags.has("force"),
    projectRoot,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`[kiln] ${built ? "built" : "checked"} ${output} in ${seconds} s\n`);
}

main().catch((error: unknown) =>
  exitWithError(error, { unwritten: "nothing was written", eleventyPrints: process.argv.includes("--verbose") }),
);
