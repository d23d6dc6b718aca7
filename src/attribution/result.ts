import { step, type TraceStep } from "../core/trace";
import { channelClaim } from "./channel";
import { splitCredit } from "./credit";
import type { Office } from "./office";
import type { GroupOutcome } from "./outcome";
import type { Attribution } from "./schema";

/**
 * Turns a group's outcome into the plain-data answer for one of its customers.
 * @remarks ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7.
 * @param office - the prepared office.
 * @param o - the group's outcome (the channel decision is added to it once).
 * @param customer - the customer asked about.
 * @returns the {@link Attribution}.
 * @category Attribution
 */
export function toAttribution(office: Office, o: GroupOutcome, customer: string): Attribution {
  const members = office.identity.members.get(o.group) ?? [o.group];
  const head: TraceStep[] = [];
  if (members.length > 1) {
    head.push(step("ATT-CH-7", `${customer} is one person or family batch with ${members.filter((m) => m !== customer).join(", ")}: attributed together`, { members: [...members] }));
  }
  const owned = o.owner !== null;
  if (o.finished === null) {
    o.finished = { channel: channelClaim(office, o) };
    if (!owned) o.trace.push(step(o.unownedReason === "protection-expired" ? "ATT-5" : "ATT-1", o.unownedReason === "protection-expired" ? "unowned: the protection period ended and nobody has claimed the customer since" : "unowned: no agent has contacted the customer yet", { reason: o.unownedReason }));
  }
  const channel = o.finished.channel;
  return {
    ok: true,
    customer,
    owner: o.owner,
    unownedReason: owned ? null : o.unownedReason,
    basis: o.basis,
    credit: o.owner === null ? [] : splitCredit(o.owner, [...o.helpers].sort(), office.policy),
    protectedUntil: o.owner === null || o.dealDone ? null : office.clock.format(o.until),
    dealDone: o.dealDone,
    channel,
    // A group of one owns its trace; members of a bigger group get copies, never a shared array.
    review: members.length > 1 ? [...o.review] : o.review,
    trace: members.length > 1 ? [...head, ...o.trace] : o.trace,
  };
}
