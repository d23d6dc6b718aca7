import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { attributionLimits, nextInRotation } from "../../src/attribution/index";

// Written for the mutation run of src/attribution with its unit tests: the rotation (rotation.ts,
// rotation-schema.ts) — every trace step, the queue after each turn, the limits and refusals.

const queue3 = ["A1", "A2", "A3"];

describe("nextInRotation", () => {
  it("ATT-6: the whole answer of a plain turn: agent, usesTurn, state with defaulted lists, and the trace", () => {
    expect(nextInRotation({ queue: queue3 }, { kind: "customer" })).toEqual({
      ok: true,
      agent: "A1",
      usesTurn: true,
      state: { queue: ["A2", "A3", "A1"], onLeave: [], busy: [] },
      trace: [
        { rule: "ATT-6", fact: "uses-turn", data: { kind: "customer" } },
        { rule: "ATT-6", fact: "receives", data: { agent: "A1", queue: ["A2", "A3", "A1"] } },
      ],
    });
  });

  it("ATT-6: an exempt visitor: the exempt step and the state unchanged", () => {
    expect(nextInRotation({ queue: queue3, busy: ["A2"] }, { kind: "builder" })).toEqual({
      ok: true,
      agent: null,
      usesTurn: false,
      state: { queue: queue3, onLeave: [], busy: ["A2"] },
      trace: [{ rule: "ATT-6", fact: "exempt", data: { kind: "builder" } }],
    });
  });

  it("ATT-6: a customer brought by a designer: brought-uses-turn with who brought them", () => {
    const r = nextInRotation({ queue: queue3 }, { kind: "customer", broughtBy: "designer" });
    expect(r.trace[0]).toEqual({ rule: "ATT-6", fact: "brought-uses-turn", data: { kind: "customer", broughtBy: "designer" } });
  });

  it("ATT-6: the policy's exemptVisitors decides: peers exempt, designers not", () => {
    const pol = { exemptVisitors: ["peer" as const] };
    expect(nextInRotation({ queue: queue3 }, { kind: "peer" }, pol)).toMatchObject({ agent: null, usesTurn: false });
    expect(nextInRotation({ queue: queue3 }, { kind: "designer" }, pol)).toMatchObject({ agent: "A1", usesTurn: true });
  });

  it("ATT-6: on leave and busy steps in queue order; the onLeave and busy lists are handed back", () => {
    const r = nextInRotation({ queue: ["A1", "A2", "A3", "A4"], onLeave: ["A1"], busy: ["A2"] }, { kind: "peer" });
    expect(r).toEqual({
      ok: true,
      agent: "A3",
      usesTurn: true,
      state: { queue: ["A1", "A2", "A4", "A3"], onLeave: ["A1"], busy: ["A2"] },
      trace: [
        { rule: "ATT-6", fact: "uses-turn", data: { kind: "peer" } },
        { rule: "ATT-6", fact: "on-leave", data: { agent: "A1" } },
        { rule: "ATT-6", fact: "busy-keeps-turn", data: { agent: "A2" } },
        { rule: "ATT-6", fact: "receives", data: { agent: "A3", queue: ["A1", "A2", "A4", "A3"] } },
      ],
    });
  });

  it("ATT-6: an agent both on leave and busy is on leave", () => {
    const r = nextInRotation({ queue: queue3, onLeave: ["A1"], busy: ["A1"] }, { kind: "customer" });
    expect(r.trace[1]).toEqual({ rule: "ATT-6", fact: "on-leave", data: { agent: "A1" } });
  });

  it("ATT-6: busy agents lose the turn: those skipped go behind the rest, in order; a busy agent after the one served keeps its place", () => {
    const r = nextInRotation({ queue: ["A1", "A2", "A3", "A4", "A5"], busy: ["A1", "A2", "A5"] }, { kind: "customer" }, { busyKeepsTurn: false });
    expect(r.ok && r.state.queue).toEqual(["A4", "A5", "A1", "A2", "A3"]);
    expect(r.trace.slice(1)).toEqual([
      { rule: "ATT-6", fact: "busy-loses-turn", data: { agent: "A1" } },
      { rule: "ATT-6", fact: "busy-loses-turn", data: { agent: "A2" } },
      { rule: "ATT-6", fact: "receives", data: { agent: "A3", queue: ["A4", "A5", "A1", "A2", "A3"] } },
    ]);
  });

  it("ATT-6: nobody free: the refusal step with the queue's length, after the skip steps", () => {
    expect(nextInRotation({ queue: ["A1", "A2"], onLeave: ["A1"], busy: ["A2"] }, { kind: "customer" })).toEqual({
      ok: false,
      refusal: { rule: "ATT-6", fact: "nobody", data: { queue: 2 } },
      trace: [
        { rule: "ATT-6", fact: "uses-turn", data: { kind: "customer" } },
        { rule: "ATT-6", fact: "on-leave", data: { agent: "A1" } },
        { rule: "ATT-6", fact: "busy-keeps-turn", data: { agent: "A2" } },
        { rule: "ATT-6", fact: "nobody", data: { queue: 2 } },
      ],
    });
  });

  it("ATT-6: a queue of exactly the limit is served; one more is OUT_OF_RANGE with the message; onLeave and busy are limited too", () => {
    const agents = Array.from({ length: attributionLimits.rotationAgents }, (_, i) => `A${i}`);
    expect(attributionLimits.rotationAgents).toBe(10_000);
    const r = nextInRotation({ queue: agents }, { kind: "customer" });
    expect(r.ok && r.agent).toBe("A0");
    const e = expectShoulou(() => nextInRotation({ queue: [...agents, "Z"] }, { kind: "customer" }), "OUT_OF_RANGE", ["state", "queue"]);
    expect(e.message).toBe("OUT_OF_RANGE at state.queue: at most 10,000 items, got 10,001");
    expectShoulou(() => nextInRotation({ queue: ["A1"], onLeave: new Array(10_001) }, { kind: "customer" }), "OUT_OF_RANGE", ["state", "onLeave"]);
    expectShoulou(() => nextInRotation({ queue: ["A1"], busy: new Array(10_001) }, { kind: "customer" }), "OUT_OF_RANGE", ["state", "busy"]);
  });

  it("ATT-6: bad state and visitor are INVALID_INPUT at their paths; a bad policy is INVALID_POLICY", () => {
    expectShoulou(() => nextInRotation({ queue: [] }, { kind: "customer" }), "INVALID_INPUT", ["state", "queue"]);
    expectShoulou(() => nextInRotation(null as never, { kind: "customer" }), "INVALID_INPUT", ["state"]);
    expectShoulou(() => nextInRotation({ queue: ["A1"] }, { kind: "customer", broughtBy: "" }), "INVALID_INPUT", ["visitor", "broughtBy"]);
    expectShoulou(() => nextInRotation({ queue: ["A1"] }, { kind: "customer", broughtBy: "x".repeat(201) }), "INVALID_INPUT", ["visitor", "broughtBy"]);
    expect(nextInRotation({ queue: ["A1"] }, { kind: "customer", broughtBy: "x".repeat(200) }).ok).toBe(true);
    expectShoulou(() => nextInRotation({ queue: ["A1"] }, { kind: "walker" } as never), "INVALID_INPUT", ["visitor", "kind"]);
    expectShoulou(() => nextInRotation({ queue: ["A1"] }, { kind: "customer" }, { busyKeepsTurn: "yes" } as never), "INVALID_POLICY", ["policy", "busyKeepsTurn"]);
    const twice = expectShoulou(() => nextInRotation({ queue: ["A1", "A2", "A1"] }, { kind: "customer" }), "INVALID_INPUT", ["state", "queue"]);
    expect(twice.message).toContain("an agent appears twice in the queue");
  });
});

describe("nextInRotation: a state that cannot be read", () => {
  it("ATT-6: a null state is refused by the schema at state, with its message (not as unreadable data)", () => {
    const e = expectShoulou(() => nextInRotation(null as never, { kind: "customer" }), "INVALID_INPUT", ["state"]);
    expect(e.message).toBe("INVALID_INPUT at state: expected object, received null");
  });

  it("ATT-6: a function carrying an oversized queue is refused as a function, its queue never measured", () => {
    const fn = Object.assign(() => undefined, { queue: new Array(attributionLimits.rotationAgents + 1) });
    const e = expectShoulou(() => nextInRotation(fn as never, { kind: "customer" }), "INVALID_INPUT", ["state"]);
    expect(e.message).toBe("INVALID_INPUT at state: expected object, received function");
  });

  it("ATT-6: a state whose fields throw when read is INVALID_INPUT at state, never INTERNAL", () => {
    const liar = new Proxy({ queue: ["A1"] }, { get: () => { throw new Error("boom"); } });
    const e = expectShoulou(() => nextInRotation(liar as never, { kind: "customer" }), "INVALID_INPUT", ["state"]);
    expect(e.message).toBe("INVALID_INPUT at state: the input could not be read as plain data");
  });
});
