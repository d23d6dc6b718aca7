import type { RuleEntry } from "./types";

/** Rules every module shares. */
export const coreRules = {
  "CORE-ROUND": {
    module: "core",
    zh: "逐项四舍五入到分，合计为各项之和",
    en: "Each line is rounded half-up to the fen once; a total is the sum of its rounded lines",
    source: "practice (GB/T 8170 rounding; DESIGN.md: Money)",
  },
  "CORE-ALLOC": {
    module: "core",
    zh: "按最大余数法分配到分，各份之和等于总额",
    en: "Splits use largest remainder on fen: the parts add up to the whole exactly",
    source: "practice (Hamilton's method)",
  },
} as const satisfies Record<string, RuleEntry>;
