import { build } from "esbuild";
const r = await build({ stdin: { contents: `import { purchaseFees } from "./dist/fees/index.js"; console.log(purchaseFees);`, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, format: "esm", platform: "browser", metafile: true });
const inputs = r.metafile.inputs;
// who imports the locales index?
for (const [p, v] of Object.entries(inputs)) for (const imp of v.imports) if (/locales\/index|locales\.js/.test(imp.path)) console.log(p, "->", imp.path);
