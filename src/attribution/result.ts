import { step, type TraceStep } from "../core/trace";
import { channelClaim } from "./channel";
import { splitCredit } from "./credit";
import type { Office } from "./office";
import type { GroupOutcome } from "./outcome";
import type { Attribution } from "./schema";

const NO_HELPERS: readonly string[] = Object.freeze([]);

/** The closing steps of an unowned customer: the same for every such customer, so made once (frozen). */
const EXPIRED: TraceStep = Object.freeze(step("ATT-5", "unowned-expired", Object.freeze({ reason: "protection-expired" })));
const NO_CONTACT: TraceStep = Object.freeze(step("ATT-1", "unowned", Object.freeze({ reason: "no-contact" })));

/**
 * Turns a group's outcome into the plain-data answer for one of its customers.
 * @remarks ATT-1 … ATT-5, ATT-CH-1 … ATT-CH-7.
 * @param office - the prepared office.
 * @param o - the group's outcome (the channel decision and closing steps are added to it once).
 * @param customer - the customer asked about.
 * @returns the {@link Attribution}.
 * @category Attribution
 */
export function toAttribution(office: Office, o: GroupOutcome, customer: string): Attribution {
  const owned = o.owner !== null;
  const done = o.finished ?? finish(office, o);
  const credit = o.owner === null ? [] : splitCredit(o.owner, o.helpers === null ? NO_HELPERS : [...o.helpers].sort(), office.policy);
  const protectedUntil = o.owner === null || o.dealDone ? null : office.clock.format(o.until);
  return {
    ok: true,
    customer,
    owner: o.owner,
    unownedReason: owned ? null : o.unownedReason,
    basis: o.basis,
    credit,
    protectedUntil,
    dealDone: o.dealDone,
    channel: done.channel,
    review: done.review,
    trace: done.trace,
  };
}

/**
 * Runs the channel rules and the closing step of a group, once. The members of a group of two
 * or more share one frozen trace and review (headed by the ATT-CH-7 step naming the batch): a
 * batch of m customers costs O(m + trace), not m copies of its trace.
 */
function finish(office: Office, o: GroupOutcome): NonNullable<GroupOutcome["finished"]> {
  const channel = channelClaim(office, o);
  if (o.owner === null) o.trace.push(o.unownedReason === "protection-expired" ? EXPIRED : NO_CONTACT);
  const members = office.identity.members.get(o.group);
  const done =
    members === undefined || members.length < 2
      ? { channel, trace: o.trace, review: o.review }
      : {
          channel,
          trace: Object.freeze([step("ATT-CH-7", "batch", { group: o.group, size: members.length, members }), ...o.trace]),
          review: Object.freeze([...o.review]),
        };
  o.finished = done;
  return done;
}
