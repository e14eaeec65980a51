// One task kept running in the background, one run at a time: requests made during a run ask for exactly one more
// run after it, so a burst of saves in the dev server costs two runs, not one per save.

/** Runs the latest requested task in the background; see the file comment. */
export class BackgroundRuns {
  #running: Promise<void> | undefined;
  #next: (() => Promise<void>) | undefined;

  /** @param onError told of a run that failed; the next request runs again */
  constructor(private readonly onError: (error: unknown) => void) {}

  /** Starts `task`, or keeps it for after the current run. Resolves when the runs it caused are done (for tests). */
  request(task: () => Promise<void>): Promise<void> {
    this.#next = task;
    this.#running ??= this.#drain();
    return this.#running;
  }

  async #drain(): Promise<void> {
    for (let task = this.#next; task !== undefined; task = this.#next) {
      this.#next = undefined;
      try {
        await task();
      } catch (error) {
        this.onError(error);
      }
    }
    this.#running = undefined;
  }
}
