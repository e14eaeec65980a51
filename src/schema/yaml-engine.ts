// Kiln's YAML engine: YAML 1.2 core types only, so dates stay text and keep the author's offset.
import { CORE_SCHEMA, load } from "js-yaml";

/**
 * Parses YAML front matter. `CORE_SCHEMA` keeps `2025-11-29T00:00:00+08:00` a string (the default
 * schema would turn it into a UTC `Date` and lose the `+08:00`), reads `yes`/`no` as strings, and
 * knows no `!!binary`-style tags. A duplicated key keeps its last value, as Hugo does (js-yaml's `json` option; its
 * default throws): the content registry warns about it (`duplicate-keys.ts`), Eleventy reads the same data.
 *
 * Registered as gray-matter's `yaml` engine for Eleventy, so it throws on bad YAML: the
 * `YAMLException` carries `reason` and a 0-based `mark.line` within the text it was given.
 */
export function parseYaml(source: string): unknown {
  return load(source, { schema: CORE_SCHEMA, json: true });
}
