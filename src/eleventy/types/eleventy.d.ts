// Types for the parts of @11ty/eleventy Kiln imports: the package ships JavaScript without declarations.
declare module "@11ty/eleventy" {
  import type { EleventyConfig } from "../eleventy-config.ts";

  /** Options of the programmatic Eleventy API. */
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (config: EleventyConfig) => unknown;
  }

  /** The programmatic Eleventy API. */
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    setIgnoreInitial(ignore: boolean): void;
    setIncrementalBuild(incremental: boolean): void;
    stopWatch(): Promise<void>;
    /** Eleventy's console logger; `overrideLogger` replaces the console it prints to. */
    readonly logger: {
      overrideLogger(target: { log(m: string): void; warn(m: string): void; error(m: string): void; info(m: string): void }): void;
    };
  }

  /** Rewrites absolute URLs in HTML for deploys under a path prefix. */
  export function HtmlBasePlugin(config: EleventyConfig, options?: object): void;
}
