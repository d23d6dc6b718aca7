import { ShoulouError } from "./errors";
import { formatPercent, formatYuan } from "./money";
import { ruleCatalogue } from "./rules";
import { termCatalogue } from "./rules/terms";
import type { FactTemplate } from "./rules/types";
import type { JsonValue, TraceData, TraceStep } from "./trace";

/** The languages shoulou speaks. @category Trace */
export type Locale = "zh" | "en";

/** Options of {@link explainStep} and {@link explainTrace}. @category Trace */
export interface ExplainOptions {
  /** `"zh"` (default) or `"en"`. */
  readonly locale?: Locale;
}

/**
 * The kinds a template placeholder can format its value as: `{price:money}` → ¥1,234.56,
 * `{on:date}` → 2024年10月16日 / 2024-10-16, `{days:days}` → 15天 / 15 days, `{via:enum}` →
 * the term's words. A placeholder without a kind prints the value as it is.
 *
 * @category Trace
 */
export type PlaceholderKind = (typeof placeholderKinds)[number];

/** Every placeholder kind, for template checks. @category Trace */
export const placeholderKinds = [
  "money", "percent", "date", "instant", "days", "months", "minutes", "hours", "years", "area",
  "count", "enum", "enums", "list", "yesno", "label",
] as const;

const PLACEHOLDER = /\{([A-Za-z_][\w.]*)(?::([a-z]+))?\}/g;
const HAS_HAN = /\p{Script=Han}/u;

type Unit = readonly [zh: string, en: string, enPlural: string];
const UNITS: { readonly [k: string]: Unit } = {
  days: ["天", "day", "days"],
  months: ["个月", "month", "months"],
  minutes: ["分钟", "minute", "minutes"],
  hours: ["小时", "hour", "hours"],
  years: ["年", "year", "years"],
};

function read(data: TraceData, path: string): JsonValue | undefined {
  if (Object.prototype.hasOwnProperty.call(data, path)) return data[path];
  let v: JsonValue | undefined = data;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object" || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as TraceData)[key];
  }
  return v;
}

function term(value: string, locale: Locale): string {
  const t = Object.prototype.hasOwnProperty.call(termCatalogue, value) ? termCatalogue[value] : undefined;
  return t ? t[locale] : value;
}

function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "zh" ? "、" : ", ");
}

function groupDigits(n: number): string {
  const s = String(Math.abs(n));
  if (!/^\d+$/.test(s)) return String(n);
  return (n < 0 ? "-" : "") + s.replace(/\B(?=(\d{3})+$)/g, ",");
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatDate(v: string, locale: Locale): string {
  const m = DATE.exec(v);
  if (!m) return v;
  return locale === "zh" ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : `${m[1]}-${m[2]}-${m[3]}`;
}

function formatInstant(v: string, locale: Locale): string {
  const m = INSTANT.exec(v);
  if (!m) return v;
  const zone = m[3] === "+08:00" ? "" : m[3] === "Z" ? " UTC" : ` UTC${m[3]}`;
  return `${formatDate(m[1] ?? "", locale)} ${m[2]}${zone}`;
}

function plain(v: JsonValue, locale: Locale): string {
  if (v === null) return "—";
  if (typeof v === "boolean") return formatKind(v, "yesno", locale);
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v)) return joinList(v.map((x: JsonValue) => plain(x, locale)), locale);
  return JSON.stringify(v);
}

function formatKind(v: JsonValue, kind: string, locale: Locale): string {
  switch (kind) {
    case "money":
      if (typeof v !== "string" && typeof v !== "number") return plain(v, locale);
      try {
        return formatYuan(v, { symbol: true });
      } catch {
        return String(v);
      }
    case "percent":
      if (typeof v !== "string" && typeof v !== "number") return plain(v, locale);
      try {
        return formatPercent(String(v));
      } catch {
        return String(v); // explaining never throws: a rate that is not plain decimal text prints as it is
      }
    case "date":
      return typeof v === "string" ? formatDate(v, locale) : plain(v, locale);
    case "instant":
      return typeof v === "string" ? formatInstant(v, locale) : plain(v, locale);
    case "area":
      return typeof v === "string" || typeof v === "number" ? (locale === "zh" ? `${v}平方米` : `${v} m²`) : plain(v, locale);
    case "count":
      return typeof v === "number" ? groupDigits(v) : plain(v, locale);
    case "enum":
      return typeof v === "string" ? term(v, locale) : plain(v, locale);
    case "enums":
      return Array.isArray(v) ? joinList(v.map((x: JsonValue) => (typeof x === "string" ? term(x, locale) : plain(x, locale))), locale) : formatKind(v, "enum", locale);
    case "list":
      return plain(v, locale);
    case "yesno":
      return v === true ? (locale === "zh" ? "是" : "yes") : v === false ? (locale === "zh" ? "否" : "no") : plain(v, locale);
    case "label":
      if (v !== null && typeof v === "object" && !Array.isArray(v)) {
        const text = (v as TraceData)[locale];
        if (typeof text === "string") return text;
      }
      return plain(v, locale);
    default: {
      const unit = UNITS[kind];
      if (!unit || (typeof v !== "number" && typeof v !== "string")) return plain(v, locale);
      if (locale === "zh") return `${v}${unit[0]}`;
      return `${v} ${Number(v) === 1 ? unit[1] : unit[2]}`;
    }
  }
}

/** The template of a step's fact, when the catalogue has one. */
function templateOf(rule: string, fact: string): FactTemplate | undefined {
  if (!Object.prototype.hasOwnProperty.call(ruleCatalogue, rule)) return undefined;
  const facts = ruleCatalogue[rule as keyof typeof ruleCatalogue].facts as { readonly [f: string]: FactTemplate } | undefined;
  return facts && Object.prototype.hasOwnProperty.call(facts, fact) ? facts[fact] : undefined;
}

interface Rendered {
  readonly text: string;
  readonly missing: readonly string[];
  readonly found: boolean;
}

function render(s: TraceStep, locale: Locale): Rendered {
  const data: TraceData = s.data !== null && typeof s.data === "object" ? s.data : {};
  const template = templateOf(s.rule, s.fact);
  if (!template) return { text: `${s.fact} ${JSON.stringify(data)}`, missing: [], found: false };
  const missing: string[] = [];
  const text = template[locale].replace(PLACEHOLDER, (_m, path: string, kind: string | undefined) => {
    const v = read(data, path);
    if (v === undefined) {
      missing.push(path);
      return `{${path}}`;
    }
    return kind ? formatKind(v, kind, locale) : plain(v, locale);
  });
  return { text, missing, found: true };
}

function checkStep(value: unknown, path: (string | number)[]): TraceStep {
  const s = value as Partial<TraceStep> | null;
  if (s === null || typeof s !== "object" || typeof s.rule !== "string" || typeof s.fact !== "string") {
    throw new ShoulouError("INVALID_INPUT", path, "a trace step is { rule, fact, data }");
  }
  return s as TraceStep;
}

/**
 * One trace step in words, in Chinese or English, from its rule's template in the catalogue.
 * Money, dates, durations and enum values are formatted by kind. A step whose rule or fact
 * this version does not know is shown as its fact and data, never an exception.
 *
 * @example
 * ```ts
 * const s = { rule: "ATT-5", fact: "protected-until", data: { agent: "A7", until: "2024-10-16T00:00:00+08:00", days: 15 } } as const;
 * explainStep(s, { locale: "zh" }); //=> "A7 的保护期为15天，至2024年10月16日 00:00"
 * explainStep(s, { locale: "en" }); //=> "A7 is protected for 15 days, until 2024-10-16 00:00"
 * ```
 * @throws ShoulouError `INVALID_INPUT` when `step` is not a `{ rule, fact, data }` object.
 * @category Trace
 */
export function explainStep(step: TraceStep, options: ExplainOptions = {}): string {
  return render(checkStep(step, []), options?.locale === "en" ? "en" : "zh").text;
}

/**
 * A whole trace in words: one line per step, each starting with its rule ID.
 *
 * @example
 * ```ts
 * explainTrace([{ rule: "CORE-ROUND", fact: "total", data: { lines: 9, total: "29458.00" } }], { locale: "zh" }); //=> ["CORE-ROUND 各项四舍五入到分后合计9项，共¥29,458.00"]
 * ```
 * @throws ShoulouError `INVALID_INPUT` when `trace` is not a list of `{ rule, fact, data }` steps.
 * @category Trace
 */
export function explainTrace(trace: readonly TraceStep[], options: ExplainOptions = {}): string[] {
  if (!Array.isArray(trace)) throw new ShoulouError("INVALID_INPUT", [], "a trace is a list of steps");
  const locale: Locale = options?.locale === "en" ? "en" : "zh";
  const lines: string[] = [];
  for (let i = 0; i < trace.length; i++) {
    const s = checkStep(trace[i], [i]);
    lines.push(`${s.rule} ${render(s, locale).text}`);
  }
  return lines;
}

/**
 * What would be wrong with explaining `step`: no template for its rule and fact, placeholders
 * its data leaves unfilled, a Chinese line with no Chinese in it. Empty when all is well; the
 * test suite runs it on every step any test produces.
 *
 * @example
 * ```ts
 * factProblems({ rule: "CORE-ROUND", fact: "total", data: { lines: 9, total: "29458.00" } }); //=> []
 * factProblems({ rule: "CORE-ROUND", fact: "total", data: {} }); //=> ["CORE-ROUND/total: zh leaves {lines} unfilled", "CORE-ROUND/total: zh leaves {total} unfilled", "CORE-ROUND/total: en leaves {lines} unfilled", "CORE-ROUND/total: en leaves {total} unfilled"]
 * ```
 * @category Trace
 */
export function factProblems(step: TraceStep): string[] {
  const s = checkStep(step, []);
  const problems: string[] = [];
  const id = `${s.rule}/${s.fact}`;
  for (const locale of ["zh", "en"] as const) {
    const r = render(s, locale);
    if (!r.found) return [`${id}: no template in the catalogue`];
    for (const m of r.missing) problems.push(`${id}: ${locale} leaves {${m}} unfilled`);
    if (locale === "zh" && !HAS_HAN.test(r.text)) problems.push(`${id}: the zh line has no Chinese: ${r.text}`);
  }
  return problems;
}
