// Aliases (Hugo's `aliases`): old URLs of an article, each given a small page that redirects to it.
import { z } from "zod";
import { expected, expectedMessage } from "./expected.ts";

/** What an alias is, as messages name it. */
const ALIAS_FORM = "a path on this site";

/** Why a string is not an alias path; undefined when it is one. */
function aliasProblem(alias: string): string | undefined {
  if (alias.trim() === "") return "it is empty";
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(alias)) return "it is a full URL";
  if (alias.split(/[/\\]/).includes("..")) return 'it contains ".."';
  if (/[?#\s]/.test(alias)) return "it contains a space, ? or #";
  return undefined;
}

/** One old URL, normalised to `/path/` (Hugo reads `old-post` as `/old-post/`). */
export const AliasSchema = z.string(expected(ALIAS_FORM)).transform((alias, context) => {
  const reason = aliasProblem(alias);
  if (reason !== undefined) {
    context.issues.push({ code: "custom", input: alias, message: expectedMessage(ALIAS_FORM, alias, reason) });
    return z.NEVER;
  }
  const path = `/${alias.trim().replace(/^\/+/, "")}`;
  return /\.html?$/.test(path) || path.endsWith("/") ? path : `${path}/`;
});
