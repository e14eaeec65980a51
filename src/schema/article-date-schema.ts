// The zod side of article dates: a string (or a data file's Date) in, an ArticleDate out.
import { z } from "zod";
import { parseArticleDate, looksLikeArticleDate } from "./article-date.ts";
import { expected, expectedMessage } from "./expected.ts";

/** The date forms Kiln reads, as messages name them. */
const DATE_FORM = "a date like 2025-11-29 or 2025-11-29T08:30:00+08:00";

/** How to fix a date that has the right shape but does not exist. */
const REAL_DATE_HINT = "check the month (01–12), the day (it must exist in that month) and the time (00:00:00–23:59:59)";

/**
 * A front matter date, read by {@link parseArticleDate}: `2025-11-29`, `2025-11-29T08:30:00+08:00`…
 * or a JavaScript `Date` from a data file. A well-formed day or time that does not exist
 * (`2025-02-30`) gets its own message.
 */
export const ArticleDateSchema = z
  .custom<string | Date>((value) => typeof value === "string" || value instanceof Date, expected(DATE_FORM))
  .transform((value, context) => {
    const date = parseArticleDate(value);
    if (date !== undefined) return date;
    if (typeof value === "string" && looksLikeArticleDate(value)) {
      const message = expectedMessage("a real calendar day and time", value);
      context.issues.push({ code: "custom", input: value, message, params: { hint: REAL_DATE_HINT } });
    } else {
      context.issues.push({ code: "custom", input: value, message: expectedMessage(DATE_FORM, value) });
    }
    return z.NEVER;
  });
