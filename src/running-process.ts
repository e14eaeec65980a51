// Whether the process that left a file behind still runs: builds mark their temporary files with their process id.

/** Whether a process with this id is running (signal 0 only checks; EPERM means it exists). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
