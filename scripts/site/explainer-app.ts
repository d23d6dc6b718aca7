// The explainer's browser code, bundled with the library by esbuild into docs-site/explain.js.
import * as shoulou from "../../src/index";

interface Example {
  readonly fn: string;
  readonly args: readonly unknown[];
}

const api = shoulou as unknown as Record<string, unknown>;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function presetByName(name: string): unknown {
  const [group, key] = name.split(".");
  const g = group && Object.prototype.hasOwnProperty.call(api, group) ? (api[group] as Record<string, unknown>) : undefined;
  return g && key && Object.prototype.hasOwnProperty.call(g, key) ? g[key] : undefined;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function linkRules(html: string): string {
  return html.replace(/\b[A-Z]{2,5}(?:-[A-Za-z0-9]+)+\b/g, (m) => (shoulou.describeRule(m) ? `<a href="rules/${m}.html">${m}</a>` : m));
}

function traces(value: unknown, out: shoulou.TraceStep[][] = []): shoulou.TraceStep[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((s) => s && typeof s === "object" && typeof s.rule === "string" && typeof s.fact === "string")) out.push(value as shoulou.TraceStep[]);
    else for (const v of value) traces(v, out);
  } else if (value && typeof value === "object") for (const v of Object.values(value)) traces(v, out);
  return out;
}

function linesTable(result: unknown, locale: "zh" | "en"): string {
  const lines = (result as { lines?: unknown })?.lines;
  if (!Array.isArray(lines) || !lines.every((l) => l && typeof l === "object" && "amount" in l)) return "";
  const rows = lines.map((l: { label?: { zh?: string; en?: string }; code?: string; rule?: string; amount?: string }) => `<tr><td>${esc(String(l.rule ?? ""))}</td><td>${esc(String(l.label?.[locale] ?? l.code ?? ""))}</td><td class="amount">${esc(String(l.amount))}</td></tr>`);
  const total = (result as { total?: unknown }).total;
  return `<table id="lines"><tr><th>rule</th><th>${locale === "zh" ? "项目" : "line"}</th><th>${locale === "zh" ? "金额" : "amount"}</th></tr>${rows.join("")}${typeof total === "string" ? `<tr><th></th><th>${locale === "zh" ? "合计" : "total"}</th><th id="total">${esc(total)}</th></tr>` : ""}</table>`;
}

function run(): void {
  const fnName = $<HTMLSelectElement>("fn").value;
  const locale = $<HTMLSelectElement>("locale").value === "en" ? "en" : "zh";
  const out = $("result");
  const explain = $("explanation");
  let args: unknown;
  try {
    args = JSON.parse($<HTMLTextAreaElement>("input").value);
  } catch (e) {
    out.innerHTML = `<p class="error" id="error">not JSON: ${esc(String((e as Error).message))}</p>`;
    explain.innerHTML = "";
    return;
  }
  const list = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === "string" && a.startsWith("preset:") ? presetByName(a.slice(7)) ?? a : a));
  const fn = api[fnName] as (...a: unknown[]) => unknown;
  const r = shoulou.attempt(() => fn(...list));
  if (!r.ok) {
    const err = r.error;
    out.innerHTML = `<p class="error" id="error"><span id="error-code">${esc(err.code)}</span> at <code id="error-path">${esc(shoulou.formatPath(err.path))}</code>: ${esc(err.message)}</p>`;
    explain.innerHTML = "";
    return;
  }
  out.innerHTML = `${linesTable(r.value, locale)}<details open><summary>JSON</summary><pre id="json">${esc(JSON.stringify(r.value, null, 2))}</pre></details>`;
  explain.innerHTML = traces(r.value)
    .map((t) => `<ol class="explain">${shoulou.explainTrace(t, { locale }).map((l) => `<li>${linkRules(esc(l))}</li>`).join("")}</ol>`)
    .join("") || "<p>(no trace)</p>";
}

function choose(examples: readonly Example[], fnName: string, presetName: string | undefined): void {
  const ex = examples.find((e) => e.fn === fnName);
  const args = ex ? [...ex.args] : [{}];
  if (presetName) {
    const i = args.findIndex((a) => typeof a === "string" && a.startsWith("preset:"));
    if (i >= 0) args[i] = `preset:${presetName}`;
    else args.push(`preset:${presetName}`);
  }
  $<HTMLTextAreaElement>("input").value = JSON.stringify(args, null, 2);
}

function start(): void {
  const examples = JSON.parse($("examples").textContent ?? "[]") as Example[];
  const presets = JSON.parse($("presets").textContent ?? "[]") as string[];
  const fnSel = $<HTMLSelectElement>("fn");
  const presetSel = $<HTMLSelectElement>("preset");
  fnSel.innerHTML = examples.map((e) => `<option>${esc(e.fn)}</option>`).join("");
  presetSel.innerHTML = `<option value="">(the example's)</option>${presets.map((p) => `<option>${esc(p)}</option>`).join("")}`;
  fnSel.value = "purchaseFees";
  choose(examples, fnSel.value, undefined);
  fnSel.addEventListener("change", () => {
    presetSel.value = "";
    choose(examples, fnSel.value, undefined);
    run();
  });
  presetSel.addEventListener("change", () => {
    choose(examples, fnSel.value, presetSel.value || undefined);
    run();
  });
  $("locale").addEventListener("change", run);
  $("run").addEventListener("click", run);
  run();
  document.body.dataset.ready = "true";
}

start();
