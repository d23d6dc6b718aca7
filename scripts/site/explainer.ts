import { writeFileSync } from "node:fs";
import { build } from "esbuild";
import type { RecordedCall } from "./examples";
import { esc, page } from "./html";

/** The example each function opens with: the smallest successful doc call, one with a preset preferred. */
export function explainerExamples(calls: readonly RecordedCall[]): { fn: string; args: unknown[] }[] {
  const best = new Map<string, { call: RecordedCall; score: number }>();
  for (const c of calls) {
    if (c.result === undefined) continue;
    const score = JSON.stringify(c.args).length + (c.presetArgs.some(Boolean) ? 0 : 1e6);
    const old = best.get(c.fn);
    if (!old || score < old.score) best.set(c.fn, { call: c, score });
  }
  return [...best.values()]
    .map(({ call }) => ({ fn: call.fn, args: call.args.map((a, i) => (call.presetArgs[i] ? `preset:${call.presetArgs[i]}` : a)) }))
    .sort((a, b) => a.fn.localeCompare(b.fn));
}

/** Writes docs-site/explain.html and its bundle explain.js (the library included). */
export async function writeExplainer(out: string, calls: readonly RecordedCall[], presets: readonly string[]): Promise<void> {
  await build({ entryPoints: ["scripts/site/explainer-app.ts"], bundle: true, minify: true, format: "iife", target: "es2022", platform: "browser", outfile: `${out}/explain.js`, logLevel: "error" });
  const data = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
  const body = `
<h1>解释器 Explainer</h1>
<p>Pick a function and a preset, edit its arguments (JSON; a preset is written <code>"preset:&lt;name&gt;"</code>), and read the result and its explanation. Everything runs in this page: the library is bundled in.</p>
<p><label>函数 function <select id="fn"></select></label>
<label>预设 preset <select id="preset"></select></label>
<label>语言 language <select id="locale"><option value="zh">中文</option><option value="en">English</option></select></label>
<button id="run">运行 Run</button></p>
<textarea id="input" spellcheck="false"></textarea>
<h2>结果 Result</h2><div id="result"></div>
<h2>解释 Explanation</h2><div id="explanation"></div>
<script type="application/json" id="examples">${data(explainerExamples(calls))}</script>
<script type="application/json" id="presets">${data(presets)}</script>
<script src="explain.js"></script>`;
  writeFileSync(`${out}/explain.html`, page("解释器 Explainer", body, ""));
  void esc;
}
