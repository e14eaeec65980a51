// `npm run check [-- --input=DIR]`: validates every article without writing a site; non-zero exit on any error.
import { join, resolve } from "node:path";
import { checkContent } from "../check/check-content.ts";
import { formatFinding } from "../check/finding.ts";
import { parseSiteOptions, type SiteOptionsInput } from "../schema/site-options.ts";
import { parseArgs, rejectUnknown } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";

const USAGE = "npm run check -- [--input=DIR]";
const projectRoot = resolve(import.meta.dirname, "../..");

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["input"]);
  rejectUnknown(args, ["input"], USAGE);
  const started = performance.now();
  // The site options of `.eleventy.ts` (its language decides which of Hugo's language files are checked).
  const { site } = (await import(join(projectRoot, ".eleventy.ts"))) as { site: SiteOptionsInput };
  const { language } = parseSiteOptions(site);
  const { articles, findings, notes } = await checkContent(args.flags.get("input") || "content", projectRoot, { language });
  for (const finding of findings) process.stdout.write(`${formatFinding(finding)}\n`);
  for (const note of notes) process.stdout.write(`[kiln] ${note}\n`);
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`[kiln] checked ${articles} articles in ${seconds} s: ${errors} error(s), ${warnings} warning(s)\n`);
  process.exitCode = errors > 0 ? 1 : 0;
}

main().catch(exitWithError);
