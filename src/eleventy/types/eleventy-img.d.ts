// Types for the parts of @11ty/eleventy-img Kiln calls: the package ships JavaScript without declarations.
declare module "@11ty/eleventy-img" {
  /** Options of one image job (https://www.11ty.dev/docs/plugins/image/). */
  export interface ImageOptions {
    widths?: Array<number | "auto">;
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    /** Encode in memory and return `buffer`s instead of writing files. */
    dryRun?: boolean;
    /** Reuse files already in `outputDir` (and the in-memory cache). */
    useCache?: boolean;
    svgShortCircuit?: boolean | "size";
    /** How much wider than the last width the original must be to be added as a width of its own. */
    minimumThreshold?: number;
    sharpOptions?: Record<string, unknown>;
    failOnError?: boolean;
  }

  /** One encoded file. */
  export interface ImageResult {
    format: string;
    width: number;
    height: number;
    url: string;
    filename: string;
    outputPath: string;
    sourceType: string;
    srcset: string;
    size: number;
    /** With `dryRun`: the bytes of the file. */
    buffer?: Buffer;
  }

  /** Encoded files by format. */
  export type ImageMetadata = Record<string, ImageResult[]>;

  /** `{ picture: { …attributes, "@children": [ { source: {…} }, { img: {…} } ] } }` or `{ img: {…} }`. */
  export type ImageObject = Record<string, Record<string, unknown>>;

  interface ImageFunction {
    (src: string, options?: ImageOptions): Promise<ImageMetadata>;
    /** The markup of an image's results as nested objects (what `generateHTML` prints). */
    generateObject(
      metadata: ImageMetadata,
      imgAttributes: Record<string, string>,
      pictureAttributes?: Record<string, string>,
      options?: object,
    ): ImageObject;
  }

  const Image: ImageFunction;
  export default Image;
}
