import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const cases = {
  classicNs: `import * as z from "zod"; console.log(z.object({a: z.string().max(3)}).parse({a:"x"}));`,
  classicNamed: `import { object, string } from "zod"; console.log(object({a: string().max(3)}).parse({a:"x"}));`,
  mini: `import * as z from "zod/mini"; console.log(z.object({a: z.string().check(z.maxLength(3))}).parse({a:"x"}));`,
  fees: `import { purchaseFees } from "./dist/fees/index.js"; console.log(purchaseFees);`,
  feesNoZod: `import { purchaseFees } from "./dist/fees/index.js"; console.log(purchaseFees);`,
};
for (const [k, c] of Object.entries(cases)) {
  const r = await build({ stdin: { contents: c, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, format: "esm", platform: "browser", metafile: true, external: k === "feesNoZod" ? ["zod"] : [] });
  const ins = Object.entries(Object.values(r.metafile.outputs)[0].inputs).filter(([p]) => p.includes("locales")).length;
  console.log(k, "gzip", gzipSync(r.outputFiles[0].contents).length, "locale files", ins);
}
