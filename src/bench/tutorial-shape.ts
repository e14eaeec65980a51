// The text of a realistic-corpus article: an opening (a lead figure, an introduction, maybe a tip), 4–8 headed steps
// of prose, lists, tables, math, admonitions and figures, each ending in a code block, and a closing summary with
// references (bare URLs, links to other articles). In ArticleShape's form, so that make-corpus.ts's Markdown writer
// and corpus-notebook.ts write it as they write the image-less corpus.
import { posix } from "node:path";
import { pick, random, type ArticleShape, type ArticleStep } from "./article-shape.ts";
import { admonition, displayMath, list, table } from "./tutorial-blocks.ts";
import { CODE_LANGUAGES, codeBlock } from "./tutorial-code.ts";
import { tutorialPlan, type Figure, type TutorialPlan } from "./tutorial-plan.ts";
import { fill, H2, H3, paragraph, TERMS } from "./tutorial-words.ts";

/** Sections whose tutorials often have formulas; elsewhere a quarter of the articles have some. */
const MATH_SECTIONS = new Set(["ai", "encyclopedia"]);

/** Per step, the chance of each block besides prose and code. */
const STEP_RATES = { list: 0.45, table: 0.15, displayMath: 0.2, admonition: 0.12 };

/** A link to another article of the corpus: its title and its source file relative to the linking file. */
export interface ArticleLink {
  title: string;
  href: string;
  /** The target's index. */
  index: number;
}

/**
 * 1–3 links to earlier articles that are published Markdown files (not drafts, notebooks or page bundles): an
 * article's links depend only on (seed, index), and the targets exist in any corpus that holds the article. The first
 * article has no earlier one to link to; about a fifth of the articles are such files, so 40 tries leave almost no
 * other article without a link.
 */
export function articleLinks(plan: TutorialPlan, seed: number): ArticleLink[] {
  const next = random(seed, plan.index, "links");
  const wanted = 1 + Math.floor(next() * 3);
  const links: ArticleLink[] = [];
  for (let attempt = 0; attempt < 40 && links.length < wanted && plan.index > 0; attempt++) {
    const target = tutorialPlan(plan.index - 1 - Math.floor(next() * Math.min(plan.index, 200)), seed);
    const published = !target.draft && target.path.endsWith(`/${target.slug}.md`);
    if (!published || links.some((link) => link.index === target.index)) continue;
    const href = posix.relative(posix.dirname(plan.path), target.path);
    links.push({ title: target.title, href: href.startsWith("../") ? href : `./${href}`, index: target.index });
  }
  return links;
}

/** A figure as Markdown: its caption as alt text, `|wide` for a wide one, its URL or its file in the page bundle. */
export const figureMarkdown = ({ caption, wide, image }: Figure): string =>
  `![${caption}${wide ? "|wide" : ""}](${"local" in image ? image.local.name : image.remote})`;

/** Article `plan.index`'s text. The draws come in a fixed order: changing it changes every article of the corpus. */
export function tutorialShape(plan: TutorialPlan, seed: number): ArticleShape {
  const next = random(seed, plan.index, "body");
  const { topic } = plan;
  const links = articleLinks(plan, seed);
  const math = next() < (MATH_SECTIONS.has(topic.section) ? 0.7 : 0.25);
  const figures = [...plan.figures];

  // A wide first figure leads the article, as a banner under the cover.
  const opening = figures[0]?.wide ? [figureMarkdown(figures.shift()!)] : [];
  opening.push(paragraph(next, topic, 80, math));
  if (next() < 0.3) opening.push(admonition(next, topic));

  const count = 4 + Math.floor(next() * 5);
  // The other figures (three at most) spread evenly over the steps (four at least), one step each.
  const figureAt = new Map(figures.map((figure, k) => [Math.floor(((k + 1) * count) / (figures.length + 1)), figure]));
  const steps: ArticleStep[] = [];
  for (let step = 0; step < count; step++) {
    const heading = step === 0 || next() < 0.55 ? `## ${fill(next, pick(next, H2), topic)}` : `### ${fill(next, pick(next, H3), topic)}`;
    const paragraphs = [paragraph(next, topic, 60 + Math.floor(next() * 80), math)];
    if (next() < STEP_RATES.list) paragraphs.push(list(next, topic));
    if (step === 1 && links[0] !== undefined) paragraphs.push(`延伸阅读：[${links[0].title}](${links[0].href})。`);
    if (next() < STEP_RATES.table) paragraphs.push(table(next, topic));
    if (math && next() < STEP_RATES.displayMath) paragraphs.push(displayMath(next, topic));
    if (next() < STEP_RATES.admonition) paragraphs.push(admonition(next, topic));
    const figure = figureAt.get(step);
    if (figure !== undefined) paragraphs.push(figureMarkdown(figure));
    paragraphs.push(paragraph(next, topic, 20));
    const language = pick(next, CODE_LANGUAGES);
    steps.push({ heading, paragraphs, language, code: codeBlock(next, language) });
  }

  const references = [
    `- https://docs.example.org/${topic.slug}/getting-started`,
    `- ${pick(next, TERMS)} 手册：https://manual.example.com/${topic.slug}/${plan.index}`,
    ...links.map((link) => `- [${link.title}](${link.href})`),
  ];
  const closing = ["## 总结", paragraph(next, topic, 60), "## 参考资料", references.join("\n")];
  return { frontMatter: plan.frontMatter, steps, opening, closing };
}
