import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const [imp, path, ext] = process.argv.slice(2);
const r = await build({ stdin: { contents: `import ${imp} from "${path}"; console.log(${imp.replace(/[{}]/g,"")});`, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, metafile: true, format: "esm", external: ext ? ext.split(",") : [] });
const out = r.outputFiles[0].contents;
console.log("min", out.length, "gzip", gzipSync(out).length);
const ins = Object.entries(r.metafile.outputs)[0][1].inputs;
const rows = Object.entries(ins).map(([k,v])=>[v.bytesInOutput,k]).sort((a,b)=>b[0]-a[0]).slice(0,30);
for (const [b,k] of rows) console.log(b, k);
