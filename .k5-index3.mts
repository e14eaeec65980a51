import * as pagefind from "pagefind";
const t = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: "zh", excludeSelectors: [".heading-anchor", ".code-block__lang", ".code-block button", ".badge", ".katex-mathml"] });
await index!.addDirectory({ path: process.argv[2]! });
await index!.writeFiles({ outputPath: "/tmp/k5-pf-node" });
console.log("node api wall", ((performance.now() - t) / 1000).toFixed(1));
await pagefind.close();
