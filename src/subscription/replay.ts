import { guarded, underPath } from "../core/errors";
import { parseWith, boundedList } from "../core/schema";
import { step, type Refusal, type TraceStep } from "../core/trace";
import { refuseLongList, subscriptionLimits } from "./input-bounds";
import { applyParsed, presentState } from "./lifecycle";
import { subscriptionPolicySchema, type SubscriptionPolicyInput } from "./policy";
import { subscriptionEventSchema, subscriptionStateSchema, type SubscriptionCharge, type SubscriptionEventInput, type SubscriptionState, type SubscriptionStateInput } from "./lifecycle-schema";

const eventsSchema = boundedList(subscriptionEventSchema, subscriptionLimits.events);

/** What happened to one event of a replay. @category Subscription */
export interface ReplayedEvent {
  /** Position of the event in the caller's list. */
  readonly index: number;
  readonly type: string;
  readonly on: string;
  readonly ok: boolean;
  readonly refusal: Refusal | null;
  readonly charges: readonly SubscriptionCharge[];
  readonly trace: readonly TraceStep[];
}

/** The end of a replay: the final state, every charge of the accepted events, and each event's fate. @category Subscription */
export interface SubscriptionReplay {
  readonly state: SubscriptionState;
  readonly charges: readonly SubscriptionCharge[];
  readonly events: readonly ReplayedEvent[];
  readonly trace: readonly TraceStep[];
}

/**
 * Replays a subscription's events as a pure fold of {@link applySubscriptionEvent}: events in
 * date order (ties keep the caller's order), refused events leave the state as it was and are
 * reported, accepted events add their charges.
 *
 * @remarks The lifecycle rules SUB-DEP-*, SUB-CHG-*, SUB-SIGN-*, SUB-LAW-* (《房地产销售现场管理关系客户购买须知》篇2;
 * 《中华人民共和国民法典》第586–587条). At most 10,000 events.
 * @param events - the events, each with its date `on`
 * @param policy - a subscription policy
 * @param initial - the state to start from; default a card holder (`{}`)
 * @returns the final state, all charges, each event's outcome and a summary trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT` at `events[i]…` or `initial…`, `MISSING_PARAMETER`, `INVALID_POLICY`,
 * `OUT_OF_RANGE` (more than 10,000 events; a deadline after 9999-12-31, at `events[i].on`)
 * @example
 * ```ts
 * const preset = subscriptionPresets.changzhouOlympicGarden;
 * const r = replaySubscription([
 *   { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "full", owners: ["李四"], deadline: "2024-10-10" },
 *   { type: "check-deadline", on: "2024-10-11" },
 * ], preset);
 * r.state.status; //=> "forfeited"
 * r.charges.map((c) => c.amount); //=> ["20000.00"]
 * ```
 * @category Subscription
 */
export function replaySubscription(
  events: readonly SubscriptionEventInput[],
  policy: SubscriptionPolicyInput = {},
  initial: SubscriptionStateInput = {},
): SubscriptionReplay {
  return guarded(() => {
    refuseLongList(Array.isArray(events) ? events.length : undefined, subscriptionLimits.events, ["events"], "events");
    const p = parseWith(subscriptionPolicySchema, policy, "INVALID_POLICY");
    const list = parseWith(eventsSchema, events, "INVALID_INPUT", ["events"]);
    let state = parseWith(subscriptionStateSchema, initial, "INVALID_INPUT", ["initial"]);
    const order = list.map((e, index) => ({ e, index })).sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.index - b.index));
    const charges: SubscriptionCharge[] = [];
    const out: ReplayedEvent[] = [];
    let refused = 0;
    for (const { e, index } of order) {
      const current = state;
      const r = underPath(["events", index], () => applyParsed(current, e, p));
      if ("ok" in r) {
        refused++;
        out.push({ index, type: e.type, on: e.on, ok: false, refusal: r.refusal, charges: [], trace: r.trace });
        continue;
      }
      state = r.state;
      charges.push(...r.charges);
      out.push({ index, type: e.type, on: e.on, ok: true, refusal: null, charges: r.charges, trace: r.trace });
    }
    const trace = [step("SUB-DEP-2", "replayed", { accepted: out.length - refused, refused, status: state.status })];
    return { state: presentState(state), charges, events: out, trace };
  });
}
