// Reading time and article language from rendered HTML, counting Han characters and Latin words apart.
import { htmlToText } from "./html-text.ts";

/** What a reader has to read on a page. */
export interface ReadingStats {
  /** Han (Chinese) characters in the prose. */
  hanChars: number;
  /** Latin-script words in the prose (`don't`, `state-of-the-art` and `GPT-4` are one word each). */
  latinWords: number;
  /** `ceil(hanChars / 400 + latinWords / 200)`, at least 1. */
  minutes: number;
}

/** Han characters read per minute. */
const HAN_PER_MINUTE = 400;
/** Latin words read per minute. */
const WORDS_PER_MINUTE = 200;
/** Below this many Han characters + Latin words, a page's language is not guessed. */
const MIN_TEXT_FOR_LANGUAGE = 10;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{Script=Latin}\p{N}]+(?:['’-][\p{Script=Latin}\p{N}]+)*/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Code that is not prose: code blocks (with their label), scripts, styles, and comments. */
const NOT_PROSE =
  /<!--[\s\S]*?-->|<figure\s[^>]*class="code-block[\s\S]*?<\/figure>|<(pre|script|style|template)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * Counts the prose of rendered HTML: code blocks (`<pre>`, Kiln's code figures), scripts,
 * styles and tags are left out; inline `<code>` counts as read. Also works on plain text.
 */
export function readingStats(html: string): ReadingStats {
  const text = htmlToText(html.replace(NOT_PROSE, " "));
  const hanChars = text.match(HAN)?.length ?? 0;
  const latinWords = (text.match(WORD) ?? []).filter((word) => LATIN_LETTER.test(word)).length;
  const minutes = Math.max(1, Math.ceil(hanChars / HAN_PER_MINUTE + latinWords / WORDS_PER_MINUTE));
  return { hanChars, latinWords, minutes };
}

/**
 * Guesses the page language from its prose: `"zh-CN"` when Han characters are at least as many
 * as Latin words (a Chinese tutorial full of English terms stays Chinese), `"en"` when Latin
 * words outnumber them, `undefined` when there are fewer than 10 of both together.
 */
export function detectLanguage(html: string): "zh-CN" | "en" | undefined {
  const { hanChars, latinWords } = readingStats(html);
  if (hanChars + latinWords < MIN_TEXT_FOR_LANGUAGE) return undefined;
  return hanChars >= latinWords ? "zh-CN" : "en";
}

/** The language of a Markdown body's prose: fenced and inline code are left out (see {@link detectLanguage}). */
export function detectMarkdownLanguage(markdownBody: string): "zh-CN" | "en" | undefined {
  return detectLanguage(markdownBody.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, " ").replace(/`[^`\n]*`/g, " "));
}
