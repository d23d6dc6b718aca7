import type { AttributionPolicy } from "./policy";
import type { CreditShare } from "./schema";

/** Exact decimal string of `units / 10^decimals`, without trailing zeros. */
function unitsToShare(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const scale = 10n ** BigInt(decimals);
  const int = units / scale;
  const frac = (units % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int.toString();
}

/** A decimal string (≤ 12 decimals) as integer units of 10^-decimals, floored. */
function shareToUnits(share: string, decimals: number): bigint {
  const [int = "0", frac = ""] = share.split(".");
  return BigInt(int) * 10n ** BigInt(decimals) + BigInt((frac + "0".repeat(decimals)).slice(0, decimals) || "0");
}

/** Splits `total` units over `weights` by largest remainder; earlier parts win ties. */
function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const order = weights.map((w, i) => ({ i, rem: (total * w) % sum })).sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const o of order) {
    if (left <= 0n) break;
    parts[o.i] = (parts[o.i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}

/**
 * The credit of a customer among its owner and the agents who helped while the owner was away.
 * @remarks ATT-1a — 《康城百合湾项目案场管理制度》第一章 一(一) “不计入业绩” (none), 《销售客户资源的归属原则》 第1条 “销售业绩平分” (equal); "custom" gives the owner `ownerShare`.
 * @param owner - the owning agent.
 * @param helpers - other agents who served while the owner was away (sorted, distinct).
 * @param policy - `helperCredit`, `ownerShare`, `shareDecimals`.
 * @returns shares as decimal strings summing to exactly 1 (zero shares left out).
 * @category Attribution
 */
export function splitCredit(owner: string, helpers: readonly string[], policy: AttributionPolicy): CreditShare[] {
  const d = policy.shareDecimals;
  const whole = 10n ** BigInt(d);
  if (helpers.length === 0 || policy.helperCredit === "none") return [{ agent: owner, share: "1" }];
  let units: bigint[];
  if (policy.helperCredit === "equal") {
    units = largestRemainder(whole, [owner, ...helpers].map(() => 1n));
  } else {
    const ownerUnits = shareToUnits(policy.ownerShare, d);
    units = [ownerUnits, ...largestRemainder(whole - ownerUnits, helpers.map(() => 1n))];
  }
  const agents = [owner, ...helpers];
  return agents
    .map((agent, i) => ({ agent, share: unitsToShare(units[i] ?? 0n, d) }))
    .filter((s) => s.share !== "0");
}
