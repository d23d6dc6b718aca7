import * as attribution from "../attribution/index";
import { describeRule, explainStep, explainTrace } from "../core/index";
import * as fees from "../fees/index";
import * as referral from "../referral/index";
import * as scoring from "../scoring/index";
import * as subscription from "../subscription/index";

type Callable = (...args: never[]) => unknown;

/** Type guards (`isCompiledFeeSchedule`) answer about objects made in-process: not for JSON callers. */
const IN_PROCESS_ONLY = /^is[A-Z]/;

function domainFunctions(module: object): [string, Callable][] {
  return Object.entries(module).filter(
    (e): e is [string, Callable] => typeof e[1] === "function" && /^[a-z]/.test(e[0]) && !IN_PROCESS_ONLY.test(e[0]),
  );
}

/**
 * The functions a user calls: every function of the domain modules, plus the catalogue and the
 * trace explainers from the core. The core's helpers (money, dates, schema builders) are the
 * library's building blocks, not answers: they are not listed and cannot be called.
 */
export const callable: ReadonlyMap<string, Callable> = new Map(
  [
    ...[fees, subscription, attribution, scoring, referral].flatMap(domainFunctions),
    ["describeRule", describeRule],
    ["explainStep", explainStep],
    ["explainTrace", explainTrace],
  ].sort(([a], [b]) => (a < b ? -1 : 1)) as [string, Callable][],
);
