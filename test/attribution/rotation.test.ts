import { describe, expect, it } from "vitest";
import { attributionPresets, nextInRotation } from "../../src/index";

const A = attributionPresets.kangchengBaihewan;

describe("nextInRotation", () => {
  it("ATT-6: walk-ins go to agents in turn; the one served goes to the back", () => {
    const r = nextInRotation({ queue: ["A1", "A2", "A3"] }, { kind: "customer" }, A);
    expect(r.ok && r.agent).toBe("A1");
    expect(r.ok && r.state.queue).toEqual(["A2", "A3", "A1"]);
  });

  it("ATT-6: a peer from another firm uses a turn", () => {
    const r = nextInRotation({ queue: ["A1", "A2"] }, { kind: "peer" }, A);
    expect(r).toMatchObject({ ok: true, agent: "A1", usesTurn: true });
  });

  it("ATT-6: the developer's staff and contractors do not use a turn", () => {
    for (const kind of ["developer-staff", "designer", "builder", "ad-agency", "event-company", "model-company"] as const) {
      const r = nextInRotation({ queue: ["A1", "A2"] }, { kind }, A);
      expect(r).toMatchObject({ ok: true, agent: null, usesTurn: false, state: { queue: ["A1", "A2"] } });
    }
  });

  it("ATT-6: a friend a designer brings to buy is a customer and uses a turn", () => {
    const r = nextInRotation({ queue: ["A1", "A2"] }, { kind: "customer", broughtBy: "designer" }, A);
    expect(r).toMatchObject({ ok: true, agent: "A1", usesTurn: true });
  });

  it("ATT-6: agents on leave are skipped and keep their place", () => {
    const r = nextInRotation({ queue: ["A1", "A2", "A3"], onLeave: ["A1"] }, { kind: "customer" }, A);
    expect(r.ok && r.agent).toBe("A2");
    expect(r.ok && r.state.queue).toEqual(["A1", "A3", "A2"]);
  });

  it("ATT-6: a busy agent keeps the turn, or loses it when the policy says so", () => {
    const keep = nextInRotation({ queue: ["A1", "A2", "A3"], busy: ["A1"] }, { kind: "customer" }, A);
    expect(keep.ok && keep.state.queue).toEqual(["A1", "A3", "A2"]);
    const lose = nextInRotation({ queue: ["A1", "A2", "A3"], busy: ["A1"] }, { kind: "customer" }, { ...A, busyKeepsTurn: false });
    expect(lose.ok && lose.state.queue).toEqual(["A3", "A1", "A2"]);
  });

  it("ATT-6: nobody available is a refusal, not an exception", () => {
    const r = nextInRotation({ queue: ["A1"], onLeave: ["A1"] }, { kind: "customer" }, A);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.refusal.rule).toBe("ATT-6");
  });

  it("rejects an agent listed twice with the path", () => {
    expect(() => nextInRotation({ queue: ["A1", "A1"] }, { kind: "customer" })).toThrow(expect.objectContaining({ code: "INVALID_INPUT", path: ["state", "queue"] }));
  });
});
