// The narrow slice of Eleventy's UserConfig that Kiln calls: @11ty/eleventy ships no types TypeScript resolves (TS7016).

/** Data of one page as Eleventy passes it to computed data, filters and preprocessors. */
export interface PageData {
  page: { inputPath: string; url: string | false; fileSlug: string; filePathStem: string; date: Date };
  [key: string]: unknown;
}

/** One entry of an Eleventy collection. */
export interface CollectionItem {
  inputPath: string;
  url: string;
  date: Date;
  data: PageData;
  content?: string;
}

/** What `addCollection` callbacks receive. */
export interface CollectionApi {
  getAll(): CollectionItem[];
}

/** Arguments of the `eleventy.before`/`eleventy.after` events. */
export interface BuildEventArgs {
  directories: { input: string; output: string };
  runMode: "build" | "watch" | "serve";
  /** `eleventy.after` only: every page written by this build. */
  results?: ReadonlyArray<{ inputPath: string; outputPath: string | false; url: string | false; content: string }>;
}

/** A node of the posthtml tree a page is parsed into (images.ts). */
export interface PosthtmlNode {
  tag?: string | false;
  attrs?: Record<string, string | undefined>;
  content?: Array<PosthtmlNode | string>;
}

/** Eleventy's configuration API, as far as Kiln uses it. */
export interface EleventyConfig {
  readonly directories: { readonly input: string; readonly output: string };
  /** Eleventy's timings; the "Configuration" group (plugins' transforms, filters) is made before any option is read. */
  readonly benchmarkManager?: { get(group: string): { setIsVerbose(verbose: boolean): void } };
  /** The `--pathprefix` of the build (`/docs/`), set before plugins run. */
  readonly pathPrefix?: string;
  addPlugin<O>(plugin: (config: EleventyConfig, options: O) => unknown, options?: O): unknown;
  /** Eleventy awaits `render`'s result, so a library may answer with a promise. */
  setLibrary(extension: "md", library: { render(src: string, env?: object): string | Promise<string> }): void;
  setFrontMatterParsingOptions(options: { engines?: Record<string, (source: string) => unknown> }): void;
  addDateParsing(callback: (this: { page: PageData["page"] }, value: unknown) => Date | undefined): void;
  addPreprocessor(name: string, extensions: string, callback: (data: PageData, content: string) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addCollection(name: string, callback: (api: CollectionApi) => unknown): void;
  addFilter(name: string, callback: (...args: never[]) => unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addTransform(
    name: string,
    callback: (this: { page: PageData["page"] & { outputPath?: string | false } }, content: string) => string | Promise<string>,
  ): void;
  setUseGitIgnore(use: boolean): void;
  /** "sequential": event handlers run one at a time, in the order they were added (default "parallel"). */
  setEventEmitterMode(mode: "sequential" | "parallel"): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addPassthroughCopy(mapping: Record<string, string> | string): void;
  addWatchTarget(path: string): void;
  /** Adds to the config's `templateFormats`: files of these extensions become pages. */
  addTemplateFormats(formats: string): void;
  /** A template extension; with `key` an alias of an existing engine (incremental-lists.ts). */
  addExtension(
    extension: string,
    options: { key: string; isIncrementalMatch?: (this: never, changedFile: string) => boolean },
  ): void;
  /** Options merged over Eleventy's for its file watcher (chokidar 3). */
  setChokidarConfig(options: { awaitWriteFinish?: { stabilityThreshold: number; pollInterval: number } }): void;
  on(event: "eleventy.before" | "eleventy.after", callback: (args: BuildEventArgs) => unknown): void;
  on(event: "eleventy.reset", callback: () => unknown): void;
  /** Watch mode, before each rebuild: the files whose change started it (`./content/ai/intro.md`). */
  on(event: "eleventy.beforeWatch", callback: (changedFiles: string[]) => unknown): void;
  /** Watch mode, once a rebuild and its `eleventy.after` handlers are done. */
  on(event: "eleventy.afterwatch", callback: () => unknown): void;
  /** Kiln's own event, heard by buildSite: when the published set of articles next changes ({@link draftsPlugin}). */
  on(event: typeof STALE_FROM_EVENT, callback: (staleFrom: Date | undefined) => unknown): void;
  emit(event: typeof STALE_FROM_EVENT, staleFrom: Date | undefined): Promise<unknown>;
}

/** Event name of {@link EleventyConfig.emit}: a production build's output is stale from the emitted moment. */
export const STALE_FROM_EVENT = "kiln.staleFrom";
