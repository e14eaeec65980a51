// Tests for AuthorSchema: a name, Hugo's {name, link, email} mapping, a list of names; only http(s) links.
import { describe, expect, it } from "vitest";
import { AuthorSchema, joinNames } from "../../src/schema/author-schema.ts";

const messageOf = (value: unknown) => AuthorSchema.safeParse(value).error?.issues[0]?.message;

describe("AuthorSchema", () => {
  it("reads a name", () => {
    expect(AuthorSchema.parse(" 张三 ")).toEqual({ name: "张三" });
  });

  it("reads Hugo's mapping, keeping name, link and email and leaving other keys out", () => {
    expect(AuthorSchema.parse({ name: "张三", link: "https://example.com/zhang", email: "z@example.com", avatar: "a.png" })).toEqual({
      name: "张三",
      link: "https://example.com/zhang",
      email: "z@example.com",
    });
    expect(AuthorSchema.parse({ name: "Ann" })).toEqual({ name: "Ann" });
  });

  it("joins a list of names: Chinese with 、, others with a comma", () => {
    expect(AuthorSchema.parse(["张三", "李四"])).toEqual({ name: "张三、李四" });
    expect(AuthorSchema.parse(["Ann", "Bob"])).toEqual({ name: "Ann, Bob" });
    expect(joinNames([" a ", "", "b"])).toBe("a, b");
  });

  it("rejects a link that is not http(s), a mapping without a name, and other types", () => {
    expect(messageOf({ name: "x", link: "javascript:alert(1)" })).toBe('expected an http(s) URL, got the string "javascript:alert(1)"');
    expect(messageOf({ name: "x", link: "/about/" })).toBe('expected an http(s) URL, got the string "/about/"');
    expect(messageOf({ link: "https://example.com/" })).toBe("is required but missing");
    expect(messageOf(3)).toBe('expected a name ("张三"), a list of names, or a mapping with name: and link:, got the number 3');
  });
});
