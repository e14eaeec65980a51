// Vitest config: tests load Kiln's TypeScript Eleventy config, so workers run with the tsx loader.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    execArgv: ["--import", "tsx"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
