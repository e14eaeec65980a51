// The dev server's background indexing: one run at a time, a burst of requests costs one more run, failures told.
import { describe, expect, it } from "vitest";
import { BackgroundRuns } from "../../src/dev/background-runs.ts";

/** A task that records its name and waits for the test to let it finish. */
function gatedTask(log: string[], name: string): { task: () => Promise<void>; finish: () => void } {
  let finish = () => {};
  const gate = new Promise<void>((done) => (finish = done));
  return {
    task: async () => {
      log.push(`start ${name}`);
      await gate;
      log.push(`end ${name}`);
    },
    finish,
  };
}

describe("BackgroundRuns", () => {
  it("runs one task at a time and, after a burst of requests, only the latest one once more", async () => {
    const log: string[] = [];
    const runs = new BackgroundRuns(() => {});
    const [a, b, c] = [gatedTask(log, "a"), gatedTask(log, "b"), gatedTask(log, "c")];
    const done = runs.request(a.task);
    void runs.request(b.task);
    void runs.request(c.task);
    expect(log).toEqual(["start a"]);
    a.finish();
    c.finish();
    await done;
    expect(log).toEqual(["start a", "end a", "start c", "end c"]);
  });

  it("tells of a failed run and keeps running later requests", async () => {
    const errors: unknown[] = [];
    const runs = new BackgroundRuns((error) => errors.push(error));
    await runs.request(async () => {
      throw new Error("pagefind crashed");
    });
    expect(errors).toHaveLength(1);
    let ran = false;
    await runs.request(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
