// `npm run new -- "标题" [--category C] [--tags a,b] [--slug s] [--notebook] [--input=DIR]`: scaffolds a draft article.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { listArticleFiles } from "../content/article-files.ts";
import { displayPath } from "../report/display-path.ts";
import { KilnError } from "../errors.ts";
import { slugProblem } from "../schema/slug-schema.ts";
import { validateArticle } from "../schema/validate-article.ts";
import { readArticleText } from "../notebooks/article-text.ts";
import { parseArgs, rejectUnknown, UsageError } from "./args.ts";
import { exitWithError } from "./exit-with-error.ts";
import { scaffoldArticle } from "./scaffold-article.ts";

const USAGE = 'npm run new -- "标题" [--category C] [--tags a,b] [--slug s] [--notebook] [--input=DIR]';

/** Maps each category name (lowercased) to the folder where its articles already live. */
async function categoryFolders(contentFolder: string): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  for (const path of await listArticleFiles(contentFolder).catch(() => [])) {
    const { article } = validateArticle(path, readArticleText(path, await readFile(path)).text);
    for (const category of article?.categories ?? []) {
      const key = category.toLowerCase();
      if (!folders.has(key)) folders.set(key, relative(contentFolder, dirname(path)));
    }
  }
  return folders;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["category", "tags", "slug", "input"]);
  rejectUnknown(args, ["category", "tags", "slug", "input", "notebook"], USAGE, true);
  const title = args.positionals.join(" ").trim();
  if (title === "") throw new UsageError("the new article needs a title", USAGE);
  const slug = args.flags.get("slug");
  const badSlug = slug === undefined ? undefined : slugProblem(slug);
  if (badSlug !== undefined) throw new UsageError(`--slug ${JSON.stringify(slug)} is not a URL-safe slug: ${badSlug}`, USAGE);
  const category = args.flags.get("category");
  const tags = args.flags.get("tags")?.split(",").map((tag) => tag.trim()).filter(Boolean);
  const contentFolder = resolve(args.flags.get("input") || "content");
  const folders = await categoryFolders(contentFolder);

  const scaffold = scaffoldArticle(
    { title, ...(category ? { category } : {}), ...(tags ? { tags } : {}), ...(slug ? { slug } : {}), notebook: args.flags.has("notebook") },
    (name) => folders.get(name.toLowerCase()),
  );
  const path = join(contentFolder, scaffold.relativePath);
  const shown = displayPath(path);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, scaffold.text, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
    throw new KilnError("Article not created", [
      { location: { file: shown }, message: "a file with this name already exists and was left as it is", hint: "choose another name with --slug" },
    ]);
  });
  const url = `/${scaffold.relativePath.replace(/\\/g, "/").replace(/\.(md|ipynb)$/, "")}/`;
  process.stdout.write(
    `[kiln] created ${shown} (draft: true)\n` +
      `  preview: npm start, then open http://localhost:8080${url}\n` +
      `  publish: set draft: false${scaffold.relativePath.endsWith(".ipynb") ? " in its first cell" : ""}\n`,
  );
}

main().catch(exitWithError);
