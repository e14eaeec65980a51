import { z } from "zod";
const err = (what: string) => (iss: any) => `${iss.code} expected ${what}, got ${JSON.stringify(iss.input)}`;
const S = z.looseObject({
  title: z.string(err("nonempty")).trim().min(1),
  date: z.custom<string | Date>((v) => typeof v === "string" || v instanceof Date, err("date")).transform((v, ctx) => {
    if (v === "bad") { ctx.issues.push({ code: "custom", message: "baddate", input: v, params: { hint: "h" } }); return z.NEVER; }
    return { v };
  }),
  updated: z.custom<string | Date>((v) => typeof v === "string" || v instanceof Date, err("date")).transform((v) => ({ v })).optional(),
  tags: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.string(err("string")), err("list"))).transform((a) => a.map((s) => s.trim())).default([]),
  theme: z.enum(["light", "dark", "auto"], err("theme")).default("auto"),
  permalink: z.union([z.string(), z.literal(false)], err("perm")).optional(),
  draft: z.boolean(err("bool")).default(false),
});
type O = z.output<typeof S>;
const o: O = null as any;
const t: string = o.title; const d: { v: string | Date } = o.date; const u: { v: string | Date } | undefined = o.updated;
const tg: string[] = o.tags;
console.log(t, d, u, tg);
for (const input of [{}, { title: "  ", date: "bad", tags: ["a", 3], theme: "sepia", permalink: 3, draft: "false" }, { title: 1, date: 3, updated: null, tags: 3 }, { title: "x", date: "ok", tags: "a" }, {title: "x", date: "ok", updated: undefined}]) {
  const r = S.safeParse(input, { reportInput: true });
  console.log(JSON.stringify(r, null, 0));
}
