// A benchmark article written as a Jupyter notebook (nbformat 4.5), as a notebook looks after a run: the Markdown
// article's front matter in a raw first cell, each step's heading and prose in a markdown cell and its code in a code
// cell, with outputs (stdout everywhere, a text result on every other cell, in some notebooks an image, in a few an
// error with an ANSI traceback). The code is the Markdown article's whatever its language: a notebook has one kernel,
// Python, so Kiln highlights every cell as Python, about the same work as the Markdown article's fences.
import { random, type ArticleShape } from "./article-shape.ts";
import { tinyPng } from "./tiny-png.ts";

/**
 * Whether article `index` is a notebook: one in each ten consecutive articles, at a position that moves by one
 * every ten so that the notebooks spread over all ten sections (article i goes to section i mod 10).
 */
export const isNotebookArticle = (index: number): boolean => (index + Math.floor(index / 10)) % 10 === 9;

type Json = Record<string, unknown>;

/** Text as notebooks store it: a list of lines, each but the last ending with its newline. */
const lines = (text: string): string[] => text.split(/(?<=\n)/);

const RED = "\u001b[0;31m";
const GREEN = "\u001b[0;32m";
const RESET = "\u001b[0m";

/** An error output as IPython leaves it, its traceback coloured with ANSI codes. */
function errorOutput(count: number, code: string, message: string): Json {
  return {
    output_type: "error",
    ename: "ValueError",
    evalue: message,
    traceback: [
      `${RED}${"-".repeat(75)}${RESET}`,
      `${RED}ValueError${RESET}                                Traceback (most recent call last)`,
      `Cell ${GREEN}In[${count}], line 1${RESET}\n${GREEN}----> 1${RESET} ${code.split("\n")[0]}\n`,
      `${RED}ValueError${RESET}: ${message}`,
    ],
  };
}

/** A 48×32 plot-like PNG whose colours depend on the article, so that no two notebooks carry the same image. */
function imageOutput(index: number): Json {
  const [red, green, blue] = [index % 256, Math.floor(index / 256) % 256, (index * 67) % 256];
  const png = tinyPng(48, 32, (x, y) => [(red + 4 * x) % 256, (green + 6 * y) % 256, (blue + 2 * (x + y)) % 256]);
  return {
    output_type: "display_data",
    metadata: {},
    data: { "image/png": png.toString("base64"), "text/plain": ["<Figure size 48x32 with 1 Axes>"] },
  };
}

/**
 * The notebook form of article `index`: the same front matter, prose and code as its Markdown form, the opening and
 * closing blocks (when the shape has them) in a markdown cell each.
 */
export function notebookText({ frontMatter, steps, opening = [], closing = [] }: ArticleShape, index: number, seed: number): string {
  // Outputs draw from their own stream: the article's text stays that of its Markdown form.
  const next = random(seed, index, "outputs");
  const notebookNumber = Math.floor(index / 10);
  const imageStep = notebookNumber % 2 === 0 ? Math.floor(steps.length / 2) : -1;
  const errorStep = notebookNumber % 5 === 2 ? steps.length - 1 : -1;
  const cells: Json[] = [{ cell_type: "raw", id: "front-matter", metadata: {}, source: lines(frontMatter.join("\n")) }];
  if (opening.length > 0) cells.push({ cell_type: "markdown", id: "opening", metadata: {}, source: lines(opening.join("\n\n")) });
  steps.forEach(({ heading, paragraphs, code }, step) => {
    const count = step + 1;
    const items = 10 + Math.floor(next() * 990);
    const outputs: Json[] = [{ output_type: "stream", name: "stdout", text: [`article ${index}, step ${count}: ${items} items\n`] }];
    if (step === imageStep) outputs.push(imageOutput(index));
    if (step === errorStep) outputs.push(errorOutput(count, code, `expected ${items} rows, got ${items + 1}`));
    else if (step % 2 === 1) {
      const result = `{'article': ${index}, 'step': ${count}, 'items': ${items}}`;
      outputs.push({ output_type: "execute_result", execution_count: count, metadata: {}, data: { "text/plain": [result] } });
    }
    cells.push({ cell_type: "markdown", id: `step-${count}-text`, metadata: {}, source: lines([heading, ...paragraphs].join("\n\n")) });
    cells.push({ cell_type: "code", execution_count: count, id: `step-${count}-code`, metadata: {}, outputs, source: lines(code) });
  });
  if (closing.length > 0) cells.push({ cell_type: "markdown", id: "closing", metadata: {}, source: lines(closing.join("\n\n")) });
  const metadata = { kernelspec: { display_name: "Python 3", language: "python", name: "python3" }, language_info: { name: "python" } };
  // Indented by one space and ended by a newline, as Jupyter writes notebooks.
  return `${JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
}
