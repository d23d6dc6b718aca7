import { build } from "esbuild";
import { gzipSync } from "node:zlib";
for (const [imp, path] of [["{ purchaseFees }", "./dist/fees/index.js"], ["{ z }", "zod"], ["* as z", "zod"], ["{ z }", "zod/mini"]]) {
  const r = await build({ stdin: { contents: `import ${imp} from "${path}"; console.log(${imp.replace(/[{}]|\* as/g,"")});`, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, format: "esm", platform: "browser" });
  console.log(imp, path, "gzip", gzipSync(r.outputFiles[0].contents).length);
}
