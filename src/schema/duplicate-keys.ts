// Duplicated front matter keys: Hugo keeps the last value, so Kiln reads them so too and names each repeated key.
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { parseYaml } from "./yaml-engine.ts";

/** A key written a second (or later) time, and the 0-based line of the front matter where it is. */
export interface DuplicateKey {
  key: string;
  line: number;
}

/** The key of a `key: value` line (bare, "double" or 'single' quoted), leading spaces allowed, and its value. */
const KEY_LINE = /^( *)(?:"([^"]*)"|'([^']*)'|([^\s#:'"\-[{][^:#]*?))[ \t]*:(?:[ \t]+(.*))?\r?$/;

/** A block scalar's indicator (`|`, `>-`, `|2`…): the lines below it are text, not keys. */
const BLOCK_SCALAR = /^[|>][0-9+-]*\s*(#.*)?$/;

/**
 * Every repeated key of a mapping, by a line scan of block YAML: keys at one indentation belong to one mapping
 * until a line less indented, or a list item (`- `), starts another; the text of `|`/`>` blocks is skipped. Runs
 * only once js-yaml found a repeated key, so a form the scan misreads can only add to a real warning. The key
 * js-yaml names is always included.
 */
function duplicatesIn(source: string, strictError: YAMLException): DuplicateKey[] {
  const found = new Map<number, string>();
  /** The mappings open at each indentation, innermost last. */
  const open: { indent: number; keys: Set<string> }[] = [];
  let textBelow: number | undefined;
  source.split("\n").forEach((line, index) => {
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    if (textBelow !== undefined && indent > textBelow) return;
    textBelow = undefined;
    while ((open.at(-1)?.indent ?? -1) > indent) open.pop();
    const match = KEY_LINE.exec(line);
    const key = match?.slice(2, 5).find((part) => part !== undefined);
    if (match === null || key === undefined) {
      // A list item starts a new mapping below it.
      if (line.trimStart().startsWith("-")) while ((open.at(-1)?.indent ?? -1) >= indent) open.pop();
      return;
    }
    let mapping = open.at(-1);
    if (mapping?.indent !== indent) open.push((mapping = { indent, keys: new Set() }));
    if (mapping.keys.has(key)) found.set(index, key);
    mapping.keys.add(key);
    if (BLOCK_SCALAR.test(match[5] ?? "")) textBelow = indent;
  });
  const named = strictError.mark?.line;
  const namedKey = named === undefined ? undefined : KEY_LINE.exec(source.split("\n")[named] ?? "")?.slice(2, 5).find((part) => part !== undefined);
  if (named !== undefined && namedKey !== undefined) found.set(named, namedKey);
  return [...found].sort(([a], [b]) => a - b).map(([line, key]) => ({ key, line }));
}

/**
 * Reads YAML front matter as {@link parseYaml} does (Eleventy's engine: a repeated key's last value wins, as in
 * Hugo) and lists the repeated keys for a warning. The common case, no repeated key, costs one strict parse.
 * Throws `YAMLException` for any other YAML error, as `parseYaml` does.
 */
export function readYamlKeepingLast(source: string): { value: unknown; duplicates: DuplicateKey[] } {
  try {
    return { value: load(source, { schema: CORE_SCHEMA }), duplicates: [] };
  } catch (error) {
    if (!(error instanceof YAMLException) || error.reason !== "duplicated mapping key") throw error;
    return { value: parseYaml(source), duplicates: duplicatesIn(source, error) };
  }
}
