// At most a few calls of an async function at once, the rest in call order.
import { describe, expect, it } from "vitest";
import { limitedAtOnce } from "../src/limited-at-once.ts";

describe("limitedAtOnce", () => {
  it("runs every call, never more than the limit at once, in the order they were made, with their own this", async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const write = async function (this: { name: string }, index: number) {
      started.push(index);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, index % 3));
      running--;
      return `${this.name}-${index}`;
    };
    const limited = limitedAtOnce(write, 3);
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => limited.call({ name: "page" }, index)));
    expect(results).toEqual(Array.from({ length: 20 }, (_, index) => `page-${index}`));
    expect(most).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });

  it("lets the next call start when one fails, and passes the failure on", async () => {
    const limited = limitedAtOnce(async (fail: boolean) => {
      if (fail) throw new Error("render failed");
      return "written";
    }, 1);
    const [failed, written] = await Promise.allSettled([limited(true), limited(false)]);
    expect(failed).toMatchObject({ status: "rejected", reason: new Error("render failed") });
    expect(written).toEqual({ status: "fulfilled", value: "written" });
  });
});
