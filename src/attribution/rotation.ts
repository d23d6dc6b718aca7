import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { accept, refuse, step, type Decision, type TraceStep } from "../core/trace";
import { attributionLimits } from "./limits";
import { readingData, refuseOversize } from "./parse-input";
import { attributionPolicySchema, type AttributionPolicyInput } from "./policy";
import { rotationStateSchema, rotationVisitorSchema, type RotationState, type RotationStateInput, type RotationVisitorInput } from "./schema";

/** The answer of {@link nextInRotation}. @category Attribution */
export interface RotationTurn {
  /** The agent who receives the visitor, or null when the visitor uses no turn. */
  readonly agent: string | null;
  readonly usesTurn: boolean;
  /** The rotation after this visitor. */
  readonly state: RotationState;
}

/**
 * Who receives the next walk-in, and the rotation after it.
 *
 * @remarks
 * ATT-6 (《康城百合湾项目案场管理制度》第一章 二(一)1-2): agents receive walk-ins in turn, no grabbing or picking;
 * every interested visitor (peers included) uses a turn; the developer's staff, designers,
 * builders, ad agency, event and model companies do not (`policy.exemptVisitors`) — but a friend
 * they bring to buy is a customer. Agents on leave are skipped and keep their place; a busy agent
 * keeps the turn when `policy.busyKeepsTurn`, else goes to the back. The agent who serves goes
 * to the back of the queue. The caller marks agents busy or free in the state.
 *
 * @param state - `{ queue, onLeave?, busy? }`; the head of `queue` has the turn.
 * @param visitor - `{ kind, broughtBy? }`.
 * @param policy - `exemptVisitors`, `busyKeepsTurn`.
 * @returns `{ agent, usesTurn, state, trace }`, or a refusal (ATT-6) when every agent is away or busy.
 * @throws ShoulouError `INVALID_INPUT` with the path, `INVALID_POLICY`.
 *
 * @example
 * ```ts
 * const r = nextInRotation({ queue: ["A1", "A2", "A3"], busy: ["A1"] }, { kind: "customer" }, {});
 * r.ok && r.agent; //=> "A2"
 * r.ok && r.state.queue; //=> ["A1", "A3", "A2"]
 * ```
 * @category Attribution
 */
export function nextInRotation(state: RotationStateInput, visitor: RotationVisitorInput, policy: AttributionPolicyInput = {}): Decision<RotationTurn> {
  return guarded(() => {
    const pol = readingData(() => parseWith(attributionPolicySchema, policy, "INVALID_POLICY", ["policy"]), ["policy"], policy, "INVALID_POLICY");
    const s = readingData(() => {
      for (const list of ["queue", "onLeave", "busy"] as const) refuseOversize(state !== null && typeof state === "object" && Object.prototype.hasOwnProperty.call(state, list) ? state[list] : undefined, attributionLimits.rotationAgents, ["state", list]);
      return parseWith(rotationStateSchema, state, "INVALID_INPUT", ["state"]);
    }, ["state"], state);
    const v = readingData(() => parseWith(rotationVisitorSchema, visitor, "INVALID_INPUT", ["visitor"]), ["visitor"], visitor);
    const trace: TraceStep[] = [];
    const exempt = (pol.exemptVisitors as readonly string[]).includes(v.kind);
    if (exempt) {
      trace.push(step("ATT-6", "exempt", { kind: v.kind }));
      return accept({ agent: null, usesTurn: false, state: s }, trace);
    }
    trace.push(v.broughtBy ? step("ATT-6", "brought-uses-turn", { kind: v.kind, broughtBy: v.broughtBy }) : step("ATT-6", "uses-turn", { kind: v.kind }));
    const leave = new Set(s.onLeave);
    const busy = new Set(s.busy);
    const skippedBusy: string[] = [];
    let served: string | null = null;
    for (const agent of s.queue) {
      if (leave.has(agent)) {
        trace.push(step("ATT-6", "on-leave", { agent }));
        continue;
      }
      if (busy.has(agent)) {
        trace.push(step("ATT-6", pol.busyKeepsTurn ? "busy-keeps-turn" : "busy-loses-turn", { agent }));
        skippedBusy.push(agent);
        continue;
      }
      served = agent;
      break;
    }
    if (served === null) return refuse("ATT-6", "nobody", { queue: s.queue.length }, trace);
    const who = served;
    const skipped = new Set(skippedBusy);
    const rest = s.queue.filter((a) => a !== who && (pol.busyKeepsTurn || !skipped.has(a)));
    const queue = pol.busyKeepsTurn ? [...rest, who] : [...rest, ...skippedBusy, who];
    trace.push(step("ATT-6", "receives", { agent: who, queue }));
    return accept({ agent: who, usesTurn: true, state: { queue, onLeave: s.onLeave, busy: s.busy } }, trace);
  });
}
