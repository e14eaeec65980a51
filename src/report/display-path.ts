// Paths as authors read them in messages: relative to where they ran the command, absolute when outside it.
import { isAbsolute, relative, resolve } from "node:path";

/** `content/ai/intro.md` for a file below the working folder, the absolute path otherwise. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  return rel.startsWith("..") || isAbsolute(rel) ? absolute : rel.split("\\").join("/");
}
