// Language tags (`zh-CN`, `en`, `en-US`): the shape of BCP 47, checked without a registry.
import { z } from "zod";
import { expected } from "./expected.ts";

/** A primary language subtag of 2–3 letters, then subtags of 2–8 letters or digits. */
const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** A BCP 47-shaped language tag such as `zh-CN`, `en` or `en-US`, kept as written. */
export const LanguageTagSchema = z.string(expected("a language tag like zh-CN or en")).regex(LANGUAGE_TAG_PATTERN);
