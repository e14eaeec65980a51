// Tests for the shared error wording: how values are named and how a field's error map speaks.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MISSING_MESSAGE, describeValue, expected, expectedMessage } from "../../src/schema/expected.ts";

describe("describeValue", () => {
  it.each([
    [undefined, "nothing"],
    [null, "an empty value"],
    ["", "an empty string"],
    ["false", 'the string "false"'],
    ['say "hi"', 'the string "say \\"hi\\""'],
    ["深度学习", 'the string "深度学习"'],
    [42, "the number 42"],
    [true, "true"],
    [[], "an empty list"],
    [["a"], "a list"],
    [{ a: 1 }, "a mapping (key: value fields)"],
    [new Date("2025-11-28T16:00:00Z"), "the date 2025-11-28T16:00:00.000Z"],
  ])("names %j as %s", (value, words) => {
    expect(describeValue(value)).toBe(words);
  });

  it("shortens long strings", () => {
    expect(describeValue("x".repeat(100))).toBe(`the string "${"x".repeat(60)}…"`);
  });
});

describe("expectedMessage", () => {
  it("says what was expected and what was received, then any reason", () => {
    expect(expectedMessage("a slug", "a b")).toBe('expected a slug, got the string "a b"');
    expect(expectedMessage("a slug", "a b", "it contains a space")).toBe(
      'expected a slug, got the string "a b" (it contains a space)',
    );
  });
});

describe("expected", () => {
  const schema = z.string(expected("a non-empty string")).min(1);

  it("words a wrong type as expected/got", () => {
    expect(schema.safeParse(3).error?.issues[0]?.message).toBe("expected a non-empty string, got the number 3");
  });

  it("gives the field's checks the same voice", () => {
    expect(schema.safeParse("").error?.issues[0]?.message).toBe("expected a non-empty string, got an empty string");
  });

  it("says a required value is missing", () => {
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe(MISSING_MESSAGE);
    expect(MISSING_MESSAGE).toBe("is required but missing");
  });
});
