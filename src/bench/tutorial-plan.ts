// What a realistic-corpus article is, before its text: topic, file, front matter fields, cover and figures. Drawn
// from (seed, index) alone and cheap, so that another article can link to it knowing only its index, and knowing
// whether it exists as a published Markdown file.
import { pick, random } from "./article-shape.ts";
import { isNotebookArticle } from "./corpus-notebook.ts";
import type { CorpusImage } from "./corpus-images.ts";
import { AUTHORS, DESCRIPTIONS, FIGURE_CAPTIONS, fill, SLUG_WORDS, TAGS, TERMS, TITLES, TOPICS, TUTORIAL_SECTIONS, type Topic } from "./tutorial-words.ts";

/** An image an article shows: a remote URL (left as written by Kiln) or a file of its page bundle. */
export type PlannedImage = { remote: string } | { local: CorpusImage };

/** A figure in the text: `![caption|wide](…)` when wide. */
export interface Figure {
  caption: string;
  wide: boolean;
  image: PlannedImage;
}

export interface TutorialPlan {
  index: number;
  topic: Topic;
  slug: string;
  title: string;
  /** The article's file, relative to the corpus: `<section>/<slug>.md`, `<section>/<slug>/index.md` (a page bundle
   * of its local images) or `<section>/<slug>.ipynb`. */
  path: string;
  notebook: boolean;
  draft: boolean;
  /** The YAML front matter's lines, `---` to `---`. */
  frontMatter: string[];
  cover: PlannedImage;
  figures: Figure[];
}

/** Rates of the corpus's features, per article or per image. */
export const RATES = {
  draft: 0.05,
  /** A Markdown article's cover is local (a notebook's is always remote): about half of all covers. */
  localCover: 0.55,
  /** A figure is local (in a Markdown article): about a third; the rest are remote, as on an image host. */
  localFigure: 1 / 3,
  wideFigure: 0.5,
};

/** Figures 1200×600 when wide, 800×450 in the text column; covers 1200×600 (2:1, what themes crop covers to). */
const WIDE = { width: 1200, height: 600 };
const TEXT = { width: 800, height: 450 };

/** Tutorials' dates: within 2021–2025, in China's offset. */
function date(next: () => number): string {
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 1800) * 86_400_000).toISOString().slice(0, 10);
  const hour = String(8 + Math.floor(next() * 15)).padStart(2, "0");
  const minute = String(5 * Math.floor(next() * 12)).padStart(2, "0");
  return `${day}T${hour}:${minute}:00+08:00`;
}

/** `count` different items of `items`. */
function pickSome<T>(next: () => number, items: readonly T[], count: number): T[] {
  const left = [...items];
  return Array.from({ length: count }, () => left.splice(Math.floor(next() * left.length), 1)[0]!);
}

/** Article `index`'s plan. The draws come in a fixed order: changing it changes every article of the corpus. */
export function tutorialPlan(index: number, seed: number): TutorialPlan {
  const next = random(seed, index, "plan");
  const topic = pick(next, TOPICS);
  const slug = `${topic.slug}-${pick(next, SLUG_WORDS)}-${String(index).padStart(5, "0")}`;
  const notebook = isNotebookArticle(index);
  const title = fill(next, pick(next, TITLES), topic);
  const description = `${topic.name}：${pick(next, DESCRIPTIONS)}，涵盖 ${pick(next, TERMS)} 等主题。`;
  const when = date(next);
  const draft = next() < RATES.draft;
  const author = pick(next, AUTHORS);
  const tags = pickSome(next, TAGS, 2 + Math.floor(next() * 3));
  const cover: PlannedImage =
    !notebook && next() < RATES.localCover
      ? { local: { name: next() < 0.5 ? "cover.png" : "cover.jpg", ...WIDE } }
      : { remote: `https://images.example.com/covers/${slug}.jpg?w=1200&h=600&fit=crop` };
  const figures = Array.from({ length: Math.floor(next() * 4) }, (_, k): Figure => {
    const caption = fill(next, pick(next, FIGURE_CAPTIONS), topic);
    const wide = next() < RATES.wideFigure;
    const size = wide ? WIDE : TEXT;
    const image: PlannedImage =
      !notebook && next() < RATES.localFigure
        ? { local: { name: `figure-${k + 1}.png`, ...size } }
        : { remote: `https://images.example.com/${slug}/figure-${k + 1}.jpg?w=${size.width}&h=${size.height}&fit=crop` };
    return { caption, wide, image };
  });
  const section = topic.section;
  const bundle = [cover, ...figures.map((figure) => figure.image)].some((image) => "local" in image);
  const path = notebook ? `${section}/${slug}.ipynb` : bundle ? `${section}/${slug}/index.md` : `${section}/${slug}.md`;
  const q = (value: string) => JSON.stringify(value);
  const frontMatter = [
    "---",
    `title: ${q(title)}`,
    `date: ${when}`,
    `description: ${q(description)}`,
    `draft: ${draft}`,
    `author: ${q(author)}`,
    `cover: ${q("local" in cover ? cover.local.name : cover.remote)}`,
    `tags: [${tags.map(q).join(", ")}]`,
    `categories: [${q(TUTORIAL_SECTIONS.find((entry) => entry.folder === section)!.title)}]`,
    "---",
  ];
  return { index, topic, slug, title, path, notebook, draft, frontMatter, cover, figures };
}

/** The plan's local images: what its page bundle holds beside `index.md`. */
export const localImages = (plan: TutorialPlan): CorpusImage[] =>
  [plan.cover, ...plan.figures.map((figure) => figure.image)].flatMap((image) => ("local" in image ? [image.local] : []));
