// Worker threads run below the main thread's priority: the main thread prepares and renders the pages, the build's
// critical path, and the workers (highlighting, social cards) take what it leaves of the cores.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/**
 * Lowers the calling thread's priority (nice 10). Linux only (a thread's id is read from `/proc/thread-self`);
 * elsewhere the workers keep the process's priority.
 */
export function lowerThreadPriority(): void {
  try {
    setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), 10);
  } catch {
    // No /proc, or not allowed: normal priority.
  }
}
