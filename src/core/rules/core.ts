import type { RuleEntry, TermTable } from "./types";

/** Rules every module shares. */
export const coreRules = {
  "CORE-ROUND": {
    module: "core",
    zh: "逐项四舍五入到分，合计为各项之和",
    en: "Each line is rounded half-up to the fen once; a total is the sum of its rounded lines",
    source: "common practice: rounding half-up as in GB/T 8170《数值修约规则与极限数值的表示和判定》",
    facts: {
      "per-line": { zh: "每项四舍五入到分", en: "each line is rounded half-up to the fen" },
      total: { zh: "各项四舍五入到分后合计{lines:count}项，共{total:money}", en: "each line rounded half-up to the fen; {lines:count} lines total {total:money}" },
      line: { zh: "{what:label}：{exact} 四舍五入到分为{amount:money}", en: "{what:label}: {exact} rounded half-up to the fen is {amount:money}" },
    },
  },
  "CORE-ALLOC": {
    module: "core",
    zh: "按最大余数法分配到分，各份之和等于总额",
    en: "Splits use largest remainder on fen: the parts add up to the whole exactly",
    source: "common practice: the largest-remainder (Hamilton) method",
    facts: {
      split: { zh: "{total:money}按最大余数法分为{parts:count}份，各份之和等于总额", en: "{total:money} split into {parts:count} parts by largest remainder; the parts add up to the whole" },
    },
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for values every module's traces share. */
export const coreTerms = {} as const satisfies TermTable;
