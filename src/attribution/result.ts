import { step, type TraceStep } from "../core/trace";
import { channelClaim } from "./channel";
import { splitCredit } from "./credit";
import type { Office } from "./office";
import type { GroupOutcome } from "./outcome";
import type { Attribution } from "./schema";

function unownedStep(reason: GroupOutcome["unownedReason"]): TraceStep {
  return reason === "protection-expired"
    ? step("ATT-5", "unowned: the protection period ended and nobody has claimed the customer since", Object.freeze({ reason }))
    : step("ATT-1", "unowned: no agent has contacted the customer yet", Object.freeze({ reason }));
}

/** The closing steps of an unowned customer: the same for every such customer, so made once (frozen). */
const EXPIRED: TraceStep = Object.freeze(unownedStep("protection-expired"));
const NO_CONTACT: TraceStep = Object.freeze(unownedStep("no-contact"));

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
  const members = office.identity.members.get(o.group);
  const owned = o.owner !== null;
  if (o.finished === null) {
    o.finished = { channel: channelClaim(office, o) };
    if (!owned) o.trace.push(o.unownedReason === "protection-expired" ? EXPIRED : o.unownedReason === "no-contact" ? NO_CONTACT : unownedStep(o.unownedReason));
  }
  const channel = o.finished.channel;
  const credit = o.owner === null ? [] : splitCredit(o.owner, o.helpers.length === 0 ? o.helpers : [...o.helpers].sort(), office.policy);
  const protectedUntil = o.owner === null || o.dealDone ? null : office.clock.format(o.until);
  if (!office.explain) {
    // The light form (attributeAll with explain: false): the same decision, no trace.
    return { ok: true, customer, owner: o.owner, unownedReason: owned ? null : o.unownedReason, basis: o.basis, credit, protectedUntil, dealDone: o.dealDone, channel, review: members === undefined || members.length < 2 ? o.review : [...o.review], trace: [] };
  }
  if (members === undefined || members.length < 2) {
    // A group of one owns its trace and review.
    return { ok: true, customer, owner: o.owner, unownedReason: owned ? null : o.unownedReason, basis: o.basis, credit, protectedUntil, dealDone: o.dealDone, channel, review: o.review, trace: o.trace };
  }
  const head = step("ATT-CH-7", `${customer} is one person or family batch with ${members.filter((m) => m !== customer).join(", ")}: attributed together`, { members: [...members] });
  return {
    ok: true,
    customer,
    owner: o.owner,
    unownedReason: owned ? null : o.unownedReason,
    basis: o.basis,
    credit,
    protectedUntil,
    dealDone: o.dealDone,
    channel,
    // Members of a bigger group get copies, never a shared array.
    review: [...o.review],
    trace: [head, ...o.trace],
  };
}
