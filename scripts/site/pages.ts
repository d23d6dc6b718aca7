import { mkdirSync, writeFileSync } from "node:fs";
import * as shoulou from "../../src/index";
import { explainTrace } from "../../src/core/explain";
import { ruleCatalogue, type RuleId } from "../../src/core/rules";
import type { TraceStep } from "../../src/core/trace";
import { ruleLinks } from "../rule-links";
import type { AppliedRules } from "./applied";
import { tracesIn, type RecordedCall } from "./examples";
import { esc, json, page, REPO } from "./html";

const api = shoulou as unknown as Record<string, unknown>;

/** The preset groups of each module, with their per-field citations. */
export const presetGroups = [
  { module: "fees", exportName: "feeSchedules", sources: undefined },
  { module: "subscription", exportName: "subscriptionPresets", sources: "subscriptionPresetSources" },
  { module: "attribution", exportName: "attributionPresets", sources: "attributionPresetSources" },
  { module: "scoring", exportName: "scoringPresets", sources: "scoringPresetSources" },
  { module: "referral", exportName: "referralPresets", sources: "referralPresetSources" },
] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

/** One preset's value for a rule: which field, the value, and the preset's citation for it. */
export interface PresetValue {
  readonly preset: string;
  readonly field: string;
  readonly value: unknown;
  readonly source: string | undefined;
}

/** Values every preset gives rule `id`, read from the presets themselves. */
export function presetValues(id: RuleId, fieldRules: Map<string, Map<string, RuleId[]>>): PresetValue[] {
  const out: PresetValue[] = [];
  for (const g of presetGroups) {
    const presets = api[g.exportName] as Obj | undefined;
    if (!presets) continue;
    const sources = (g.sources ? api[g.sources] : undefined) as Record<string, Record<string, string>> | undefined;
    for (const [name, preset] of Object.entries(presets)) {
      if (g.module === "fees") {
        // Fee schedules name their rules on each line, per version.
        for (const v of ((preset as Obj).versions as Obj[] | undefined) ?? []) {
          for (const line of (v.lines as Obj[] | undefined) ?? []) {
            if (line.rule !== id) continue;
            const { code, rule, label, source, ...terms } = line;
            void code; void rule; void label;
            out.push({ preset: `${g.exportName}.${name}`, field: `${String(v.id)} (${String(v.effectiveFrom ?? "…")} – ${String(v.effectiveTo ?? "…")})`, value: terms, source: typeof source === "string" ? source : undefined });
          }
        }
        continue;
      }
      const fields = fieldRules.get(g.module) ?? new Map<string, RuleId[]>();
      const walk = (obj: Obj, prefix: string): void => {
        for (const [k, v] of Object.entries(obj)) {
          const path = prefix ? `${prefix}.${k}` : k;
          if (fields.get(k)?.includes(id)) out.push({ preset: `${g.exportName}.${name}`, field: path, value: v, source: sources?.[name]?.[path] ?? sources?.[name]?.[k] });
          else if (isObj(v) && !prefix) walk(v, path);
        }
      };
      if (isObj(preset)) walk(preset, "");
    }
  }
  return out;
}

function valueText(v: unknown): string {
  if (isObj(v) && typeof v.amount === "number" && (v.unit === "days" || v.unit === "months")) return v.unit === "days" ? `${v.amount} 天 (${v.amount} days)` : `${v.amount} 个月 (${v.amount} months)`;
  if (v === undefined) return "— (schema default)";
  return typeof v === "string" ? v : json(v, 600, 0);
}

function explained(trace: readonly TraceStep[], id: RuleId, locale: "zh" | "en"): string {
  const lines = explainTrace(trace, { locale });
  return `<ol class="explain">${lines.map((l, i) => `<li class="${trace[i]?.rule === id ? "hit" : ""}">${linkRules(esc(l), "")}</li>`).join("")}</ol>`;
}

/** Rule IDs in text become links to their pages (`base` is the path to rules/). */
export function linkRules(html: string, base: string): string {
  return html.replace(/\b[A-Z]{2,5}(?:-[A-Za-z0-9]+)+\b/g, (m) => (Object.prototype.hasOwnProperty.call(ruleCatalogue, m) ? `<a href="${base}${m}.html">${m}</a>` : m));
}

/** The smallest recorded call whose result's trace shows rule `id`. */
export function workedExample(id: RuleId, calls: readonly RecordedCall[]): { call: RecordedCall; trace: TraceStep[] } | undefined {
  let best: { call: RecordedCall; trace: TraceStep[]; size: number } | undefined;
  for (const call of calls) {
    if (call.result === undefined) continue;
    const trace = tracesIn(call.result).find((t) => t.some((s) => s.rule === id));
    if (!trace) continue;
    const size = JSON.stringify(call.args).length + trace.length * 40;
    if (!best || size < best.size) best = { call, trace, size };
  }
  if (best) return { call: best.call, trace: best.trace };
  // A rule that is data rather than a decision (the six steps of asking for referrals) shows the
  // smallest call whose result names it.
  const naming = calls.filter((c) => c.result !== undefined && JSON.stringify(c.result).includes(`"${id}"`)).sort((a, b) => JSON.stringify(a.args).length - JSON.stringify(b.args).length)[0];
  if (naming) return { call: naming, trace: [] };
  // …or the exported table that holds it.
  const table = Object.entries(api).find(([k, v]) => typeof v !== "function" && !/Presets$|PresetSources$|^feeSchedules$|^ruleCatalogue$|^termCatalogue$/.test(k) && JSON.stringify(v ?? null).includes(`"${id}"`));
  return table && { call: { fn: table[0], from: `the exported table ${table[0]}`, args: [], presetArgs: [], result: table[1] }, trace: [] };
}

function callText(call: RecordedCall): string {
  if (typeof api[call.fn] !== "function") return call.fn;
  const args = call.args.map((a, i) => (call.presetArgs[i] ? call.presetArgs[i] : json(a, 3000)));
  return `${call.fn}(${args.join(",\n  ")})`;
}

/** Writes docs-site/rules/*.html and docs-site/presets/*.html. */
export function writeRulePages(out: string, applied: AppliedRules, calls: readonly RecordedCall[], fieldRules: Map<string, Map<string, RuleId[]>>): { missingExamples: RuleId[] } {
  mkdirSync(`${out}/rules`, { recursive: true });
  const links = new Map(ruleLinks().map((l) => [l.id, l]));
  const missingExamples: RuleId[] = [];
  const ids = Object.keys(ruleCatalogue) as RuleId[];
  for (const id of ids) {
    const r = ruleCatalogue[id];
    const byCode = applied.functions.filter((f) => f.rules.includes(id));
    const byExample = [...new Set(calls.filter((c) => c.result !== undefined && tracesIn(c.result).some((t) => t.some((s) => s.rule === id))).map((c) => c.fn))];
    const fnRows = [...new Set([...byCode.map((f) => f.name), ...byExample])].sort().map((name) => {
      const f = applied.functions.find((x) => x.name === name);
      const how = [byCode.some((x) => x.name === name) ? "code" : "", byExample.includes(name) ? "examples" : ""].filter(Boolean).join(" + ");
      return `<tr><td><a href="../functions/${f ? `${f.module}.` : ""}${name}.html"><code>${name}</code></a></td><td><code>import { ${name} } from "shoulou${f ? `/${f.module}` : ""}"</code></td><td>${f ? `<a href="${REPO}/${f.file}#L${f.line}">${esc(f.file)}:${f.line}</a>` : ""}</td><td class="muted">${how}</td></tr>`;
    });
    const tests = links.get(id)?.tests ?? [];
    const presets = presetValues(id, fieldRules);
    const ex = workedExample(id, calls);
    if (!ex) missingExamples.push(id);
    const facts = Object.entries(r.facts as Record<string, { zh: string; en: string }>);
    const body = `
<p class="muted">${esc(r.module)} · <a href="index.html">规则目录</a></p>
<h1>${esc(id)}</h1>
<p class="zh">${esc(r.zh)}</p>
<p>${esc(r.en)}</p>
<h2>出处 Source</h2>
<p>${esc(r.source)}</p>
<h2>表述 What a trace can say</h2>
${facts.length ? `<table><tr><th>fact</th><th>中文</th><th>English</th></tr>${facts.map(([f, t]) => `<tr><td><code>${esc(f)}</code></td><td>${esc(t.zh)}</td><td>${esc(t.en)}</td></tr>`).join("")}</table>` : "<p class=muted>No facts.</p>"}
<h2>预设取值 Value in each preset</h2>
${presets.length ? `<table><tr><th>preset</th><th>field</th><th>value</th><th>preset's citation</th></tr>${presets.map((p) => `<tr><td><code>${esc(p.preset)}</code></td><td><code>${esc(p.field)}</code></td><td>${esc(valueText(p.value))}</td><td>${esc(p.source ?? "")}</td></tr>`).join("")}</table>` : "<p class=muted>No preset sets a value for this rule: it is fixed in the code, or every preset uses the schema default.</p>"}
<h2>适用函数 Applied by</h2>
${fnRows.length ? `<table><tr><th>function</th><th>import</th><th>source</th><th>found by</th></tr>${fnRows.join("")}</table>` : "<p class=muted>—</p>"}
<h2>测试 Tests</h2>
${tests.length ? `<ul>${tests.map((t) => `<li><a href="${REPO}/${t.file}#L${t.line}">${esc(t.file)}:${t.line}</a> — ${esc(t.name)}</li>`).join("")}</ul>` : "<p class=muted>—</p>"}
<h2>示例 Worked example</h2>
${ex ? `<p class="muted">From ${esc(ex.call.from)}.</p><pre>${esc(callText(ex.call))}</pre><details><summary>Result</summary><pre>${esc(json(ex.call.result, 6000))}</pre></details>
${ex.trace.length ? `<h3>解释</h3>${explained(ex.trace, id, "zh")}<h3>Explanation</h3>${explained(ex.trace, id, "en")}` : "<p class=muted>This rule is data the function returns (see the result), not a step of a decision.</p>"}` : "<p class=muted>No doc example reaches this rule.</p>"}
`;
    writeFileSync(`${out}/rules/${id}.html`, page(`${id} ${r.zh}`, body, "../"));
  }
  const byModule = new Map<string, RuleId[]>();
  for (const id of ids) byModule.set(ruleCatalogue[id].module, [...(byModule.get(ruleCatalogue[id].module) ?? []), id]);
  const index = [...byModule]
    .map(([m, list]) => `<h2>${esc(m)}</h2><table><tr><th>ID</th><th>规则</th><th>Rule</th><th>出处 Source</th></tr>${list.map((id) => `<tr><td><a href="${id}.html">${id}</a></td><td>${esc(ruleCatalogue[id].zh)}</td><td>${esc(ruleCatalogue[id].en)}</td><td>${esc(ruleCatalogue[id].source)}</td></tr>`).join("")}</table>`)
    .join("\n");
  writeFileSync(`${out}/rules/index.html`, page("规则目录 Rule catalogue", `<h1>规则目录 Rule catalogue</h1><p>Every rule shoulou applies: its statement, its source, the presets' values, the functions that apply it, its tests and a worked example.</p>${index}`, "../"));
  writePresetPages(out, fieldRules);
  return { missingExamples };
}

function writePresetPages(out: string, fieldRules: Map<string, Map<string, RuleId[]>>): void {
  mkdirSync(`${out}/presets`, { recursive: true });
  const items: string[] = [];
  for (const g of presetGroups) {
    const presets = api[g.exportName] as Obj;
    const names = Object.keys(presets);
    const sources = (g.sources ? api[g.sources] : undefined) as Record<string, Record<string, string>> | undefined;
    let table: string;
    if (g.module === "fees") {
      const rows: string[] = [];
      for (const name of names) {
        for (const v of ((presets[name] as Obj).versions as Obj[]) ?? []) {
          for (const line of (v.lines as Obj[]) ?? []) {
            const { code, rule, label, source, ...terms } = line;
            rows.push(`<tr><td><code>${esc(name)}</code></td><td>${esc(v.id)}<br><span class=muted>${esc(v.effectiveFrom ?? "…")} – ${esc(v.effectiveTo ?? "…")}</span></td><td>${esc((label as { zh?: string })?.zh ?? code)}</td><td>${linkRules(esc(rule), "../rules/")}</td><td><code>${esc(json(terms, 800, 0))}</code></td><td>${esc(source ?? "")}</td></tr>`);
          }
        }
      }
      table = `<table><tr><th>schedule</th><th>version</th><th>line</th><th>rule</th><th>terms</th><th>source</th></tr>${rows.join("")}</table>`;
    } else {
      const fields = [...new Set(names.flatMap((n) => Object.keys(presets[n] as Obj)))];
      const rules = fieldRules.get(g.module) ?? new Map<string, RuleId[]>();
      table = `<table><tr><th>field</th><th>rules</th>${names.map((n) => `<th>${esc(n)}</th>`).join("")}</tr>${fields
        .map((f) => `<tr><td><code>${esc(f)}</code></td><td>${(rules.get(f) ?? []).map((id) => `<a href="../rules/${id}.html">${id}</a>`).join(" ")}</td>${names.map((n) => `<td title="${esc(sources?.[n]?.[f] ?? "")}">${esc(valueText((presets[n] as Obj)[f]))}${sources?.[n]?.[f] ? `<br><span class=muted>${esc(sources[n][f])}</span>` : ""}</td>`).join("")}</tr>`)
        .join("")}</table>`;
    }
    writeFileSync(`${out}/presets/${g.module}.html`, page(`预设对照 ${g.module}`, `<h1>预设对照 Presets compared: ${esc(g.module)}</h1><p>Every preset of <code>shoulou/${g.module}</code> (<code>${g.exportName}</code>) side by side, with the rules each field serves and each value's citation.</p>${table}`, "../"));
    items.push(`<li><a href="${g.module}.html">${g.module}</a> — ${names.map((n) => `<code>${esc(n)}</code>`).join(", ")}</li>`);
  }
  writeFileSync(`${out}/presets/index.html`, page("预设对照 Presets", `<h1>预设对照 Presets compared</h1><ul>${items.join("")}</ul>`, "../"));
}
