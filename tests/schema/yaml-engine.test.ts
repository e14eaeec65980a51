// Tests for parseYaml: core YAML types only, a duplicate key's last value wins (as in Hugo), unknown tags throw with a line.
import matter from "gray-matter";
import { YAMLException } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/schema/yaml-engine.ts";

/** parseYaml as gray-matter's types want it: they promise an object, YAML may hold anything. */
const grayMatterYaml = (text: string): object => parseYaml(text) as object;

/** Runs parseYaml and returns what it threw. */
function yamlError(source: string): YAMLException {
  try {
    parseYaml(source);
  } catch (error) {
    if (error instanceof YAMLException) return error;
    throw error;
  }
  throw new Error("expected parseYaml to throw");
}

describe("parseYaml", () => {
  it("keeps timestamps as the strings the author wrote, offset included", () => {
    expect(parseYaml("date: 2025-11-29T00:00:00+08:00\nday: 2025-11-29\nspaced: 2025-11-29 08:30:00\n")).toEqual({
      date: "2025-11-29T00:00:00+08:00",
      day: "2025-11-29",
      spaced: "2025-11-29 08:30:00",
    });
  });

  it("reads YAML 1.2 core types: yes stays a string, true is a boolean, ~ is null", () => {
    expect(parseYaml("a: yes\nb: true\nc: 3\nd: ~\ne: 'false'\nf: [x, 2]\n")).toEqual({
      a: "yes",
      b: true,
      c: 3,
      d: null,
      e: "false",
      f: ["x", 2],
    });
  });

  it("keeps the last value of a duplicated key, as Hugo does, nested ones too", () => {
    expect(parseYaml("title: a\ndate: 2025-11-29\ntitle: b\n")).toEqual({ title: "b", date: "2025-11-29" });
    expect(parseYaml("author:\n  name: a\n  name: b\n")).toEqual({ author: { name: "b" } });
  });

  it("throws on bad indentation with its line", () => {
    const error = yamlError("title: a\n  date: 2025\n");
    expect(error.reason).toBe("bad indentation of a mapping entry");
    expect(error.mark.line).toBe(1);
  });

  it("knows no !!binary or other extra tags", () => {
    expect(yamlError("data: !!binary aGVsbG8=\n").reason).toBe("unknown tag !<tag:yaml.org,2002:binary>");
  });

  it("works as gray-matter's yaml engine (as Eleventy registers it)", () => {
    const file = matter("---\ndate: 2025-11-29T00:00:00+08:00\n---\nbody\n", { engines: { yaml: grayMatterYaml } });
    expect(file.data).toEqual({ date: "2025-11-29T00:00:00+08:00" });
    expect(file.content).toBe("body\n");
  });
});
