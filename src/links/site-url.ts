// Absolute URLs of the deployed site: the origin of the `url` site option plus the build's path prefix.

/** Turns site paths (`/ai/intro/`) into what the deployed site serves. */
export interface SiteUrls {
  /** The path prefix the site is built for, with both slashes (`/docs/`, or `/`). */
  readonly pathPrefix: string;
  /** `scheme://host` of the `url` site option, without any path; undefined when no `url` is set. */
  readonly origin: string | undefined;
  /** A site path with the prefix in front (`/ai/intro/` → `/docs/ai/intro/`). */
  path(sitePath: string): string;
  /**
   * The absolute, percent-encoded URL of a site path (`https://example.org/docs/tags/%E7%99%BE%E7%A7%91/`);
   * undefined without a `url` option. Absolute http(s) URLs are returned as they are.
   */
  absolute(sitePath: string): string | undefined;
  /** For files no HTML transform reaches (feeds, sitemap): the absolute URL, else the prefixed path. */
  outside(sitePath: string): string;
}

/** `/docs/` for `docs`, `/docs`, `/docs/`; `/` for nothing. */
export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * Combines the `url` site option with the path prefix. Only the origin of `url` is used: the path a site
 * is served under comes from `--pathprefix`, the one setting that also rewrites links.
 */
export function createSiteUrls(url: string | undefined, pathPrefix: string | undefined): SiteUrls {
  const prefix = normalizePathPrefix(pathPrefix);
  const origin = url === undefined ? undefined : new URL(url).origin;
  const path = (sitePath: string) => (/^[a-z][a-z0-9+.-]*:/i.test(sitePath) ? sitePath : prefix + sitePath.replace(/^\/+/, ""));
  const absolute = (sitePath: string) => {
    if (/^https?:\/\//i.test(sitePath)) return sitePath;
    return origin === undefined ? undefined : new URL(path(sitePath), origin).href;
  };
  return { pathPrefix: prefix, origin, path, absolute, outside: (sitePath) => absolute(sitePath) ?? encodeURI(path(sitePath)) };
}

const made = new Map<string, SiteUrls>();

/** {@link createSiteUrls}, made once per combination (filters ask for every page). */
export function siteUrlsOf(url: string | undefined, pathPrefix: string | undefined): SiteUrls {
  const key = `${url ?? ""} ${pathPrefix ?? "/"}`;
  let urls = made.get(key);
  if (!urls) made.set(key, (urls = createSiteUrls(url, pathPrefix)));
  return urls;
}
