// `npm start [-- --input=DIR --port=N]`: dev server with live reload; drafts shown and marked.
import { resolve } from "node:path";
import { serveSite } from "../dev/serve-site.ts";
import { parseArgs, rejectUnknown } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";

const USAGE = "npm start -- [--input=DIR] [--output=DIR] [--port=8080] [--host=localhost]";
const projectRoot = resolve(import.meta.dirname, "../..");

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["input", "output", "port", "host"]);
  rejectUnknown(args, ["input", "output", "port", "host"], USAGE);
  const port = Number(args.flags.get("port") || "8080");
  const output = args.flags.get("output");
  // localhost unless asked: the dev server shows drafts, which are not for the whole network.
  const host = args.flags.get("host") || "localhost";
  await serveSite({ input: args.flags.get("input") || "content", port, host, projectRoot, ...(output ? { output } : {}) });
}

main().catch(exitWithError);
