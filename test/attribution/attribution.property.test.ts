import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributeAll, attributeAllInputSchema, attributeCustomer, attributionPresets, isShoulouError, nextInRotation, type AttributionEventInput, type AttributionPolicyInput } from "../../src/index";

const BASE = Date.UTC(2024, 8, 1, 0, 0) - 8 * 3_600_000;
const iso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
const CUSTOMERS = ["C0", "C1", "C2", "C3", "C4"];
const PHONES = ["13800000000", "13800001111", "13811112222", "13900002222", "13700003333"];
const register = CUSTOMERS.map((id, i) => ({ id, phone: PHONES[i] as string }));
/** The same register where C1 and C2 are one person (same ID number) and C4 is C3's spouse. */
const familyRegister = register.map((c) => (c.id === "C1" || c.id === "C2" ? { ...c, idNumber: "X1" } : c.id === "C3" ? { ...c, family: [{ customer: "C4", relation: "spouse" as const }] } : c));
const registers = fc.constantFrom(register, familyRegister);
const agent = fc.constantFrom("A0", "A1", "A2", "A3");
const customer = fc.constantFrom(...CUSTOMERS);
const minute = fc.integer({ min: 0, max: 60 * 24 * 60 });

const eventBody = fc.oneof(
  fc.record({ kind: fc.constant("visit" as const), customer, agent, ownerOnDuty: fc.option(fc.boolean(), { nil: undefined }), channel: fc.option(fc.constantFrom("K1", "K2"), { nil: undefined }) }),
  fc.record({ kind: fc.constant("call" as const), customer, agent }),
  fc.record({ kind: fc.constant("introduction" as const), customer, introducer: customer, via: fc.constantFrom("in-person" as const, "phone" as const), registeredBeforeVisit: fc.boolean(), askedFor: fc.option(agent, { nil: undefined }), askedForOnDuty: fc.boolean() }),
  fc.record({ kind: fc.constant("relative-record" as const), customer, agent, relation: fc.constantFrom("relative" as const, "friend" as const) }),
  fc.record({ kind: fc.constant("re-registration" as const), customer, agent, managerApproved: fc.boolean() }),
  fc.record({ kind: fc.constant("named-agent-arrival" as const), customer, agent }),
  fc.record({ kind: fc.constant("deal" as const), customer, agent }),
  fc.record({ kind: fc.constant("channel-registration" as const), channel: fc.constantFrom("K1", "K2", "K3"), phone: fc.constantFrom(...PHONES, "138****0000", "138****1111") }),
);

/** Histories with unique ids, in arbitrary order. */
const history = fc.array(fc.tuple(minute, eventBody), { maxLength: 14 }).map((list) =>
  list.map(([m, body], i) => {
    const e: Record<string, unknown> = { id: `e${i}`, at: iso(BASE + m * 60_000), ...body };
    for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
    return e as AttributionEventInput;
  }),
);
const asOfMinute = fc.integer({ min: 0, max: 60 * 24 * 75 });
const policies: AttributionPolicyInput[] = [attributionPresets.kangchengBaihewan, attributionPresets.versionB, attributionPresets.channelPractice, { helperCredit: "custom", ownerShare: "0.7", shareDecimals: 3 }];
const policy = fc.constantFrom(...policies);

const sumIsOne = (shares: readonly { share: string }[]) => {
  const scale = 10n ** 12n;
  const units = shares.map(({ share }) => {
    const [i = "0", f = ""] = share.split(".");
    return BigInt(i) * scale + BigInt((f + "0".repeat(12)).slice(0, 12));
  });
  return units.reduce((a, b) => a + b, 0n) === scale;
};

describe("attribution laws", () => {
  it("credit shares are decimal strings that sum to exactly 1", () => {
    fc.assert(
      fc.property(history, asOfMinute, policy, (events, m, pol) => {
        for (const a of attributeAll({ asOf: iso(BASE + m * 60_000), events, customers: register }, pol).attributions) {
          if (a.owner === null) continue;
          for (const c of a.credit) expect(c.share).toMatch(/^\d+(\.\d+)?$/);
          expect(sumIsOne(a.credit)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("there is exactly one owner or an explicit unowned reason", () => {
    fc.assert(
      fc.property(history, asOfMinute, policy, (events, m, pol) => {
        for (const a of attributeAll({ asOf: iso(BASE + m * 60_000), events, customers: register }, pol).attributions) {
          expect((a.owner === null) !== (a.unownedReason === null)).toBe(true);
          if (a.owner === null) expect(a.credit).toEqual([]);
          else expect(a.credit[0]?.agent).toBe(a.owner);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("events after asOf never change the answer", () => {
    fc.assert(
      fc.property(history, history, asOfMinute, policy, (events, later, m, pol) => {
        const asOfMs = BASE + m * 60_000;
        const extra = later.map((e, i) => ({ ...e, id: `late${i}`, at: iso(asOfMs + 60_000 + i * 3_600_000) }));
        const a = attributeAll({ asOf: iso(asOfMs), events, customers: register }, pol);
        const b = attributeAll({ asOf: iso(asOfMs), events: [...events, ...extra], customers: register }, pol);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("shuffling the event list never changes the answer", () => {
    fc.assert(
      fc.property(history.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length, maxLength: h.length }))), asOfMinute, policy, ([events, shuffled], m, pol) => {
        const asOf = iso(BASE + m * 60_000);
        expect(attributeAll({ asOf, events: shuffled, customers: register }, pol)).toEqual(attributeAll({ asOf, events, customers: register }, pol));
      }),
      { numRuns: 100 },
    );
  });

  it("the batch form equals the single form customer by customer", () => {
    fc.assert(
      fc.property(history, asOfMinute, policy, registers, (events, m, pol, customers) => {
        const asOf = iso(BASE + m * 60_000);
        const all = attributeAll({ asOf, events, customers }, pol);
        for (const a of all.attributions) expect(attributeCustomer({ customer: a.customer, asOf, events, customers }, pol)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("an earlier valid registration is never beaten by a later one", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 * 24 * 3 }), fc.integer({ min: 1, max: 60 * 24 * 3 }), (events, c, m1, gap) => {
        const phone = PHONES[c] as string;
        const r1: AttributionEventInput = { id: "reg-early", kind: "channel-registration", at: iso(BASE - 7 * 86_400_000 + m1 * 60_000), channel: "KE", phone };
        const r2: AttributionEventInput = { id: "reg-late", kind: "channel-registration", at: iso(BASE - 7 * 86_400_000 + (m1 + gap) * 60_000), channel: "KL", phone };
        const asOf = iso(BASE + 30 * 86_400_000);
        const pol = attributionPresets.channelPractice;
        const alone = attributeCustomer({ customer: CUSTOMERS[c] as string, asOf, events: [...events, r1], customers: register }, pol);
        const both = attributeCustomer({ customer: CUSTOMERS[c] as string, asOf, events: [...events, r1, r2], customers: register }, pol);
        if (alone.channel?.channel === "KE") expect(both.channel?.channel).toBe("KE");
      }),
      { numRuns: 100 },
    );
  });

  it("extending the protection period never takes ownership away from an owner whose claim never lapsed", () => {
    fc.assert(
      fc.property(history, asOfMinute, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 }), (events, m, days, more) => {
        const asOf = iso(BASE + m * 60_000);
        const short = attributeAll({ asOf, events, customers: register }, { protection: { unit: "days", amount: days } });
        const long = attributeAll({ asOf, events, customers: register }, { protection: { unit: "days", amount: days + more } });
        short.attributions.forEach((a, i) => {
          const lapsed = a.trace.some((s) => s.rule === "ATT-5" && s.fact === "expired");
          if (a.owner !== null && !lapsed) expect(long.attributions[i]?.owner).toBe(a.owner);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("deterministic: the same input gives the same answer, byte for byte", () => {
    fc.assert(
      fc.property(history, asOfMinute, policy, (events, m, pol) => {
        const input = { asOf: iso(BASE + m * 60_000), events, customers: register };
        expect(JSON.stringify(attributeAll(input, pol))).toBe(JSON.stringify(attributeAll(input, pol)));
      }),
      { numRuns: 60 },
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(history, asOfMinute, policy, (events, m, pol) => {
        const input = { asOf: iso(BASE + m * 60_000), events, customers: register };
        const before = JSON.stringify([input, pol]);
        attributeAll(input, pol);
        attributeCustomer({ ...input, customer: "C0" }, pol);
        expect(JSON.stringify([input, pol])).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it("rejects arbitrary input with ShoulouError only", () => {
    const onlyShoulou = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(isShoulouError(e)).toBe(true);
        expect((e as { code: string }).code).not.toBe("INTERNAL");
      }
    };
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        onlyShoulou(() => attributeCustomer(a as never, b as never));
        onlyShoulou(() => attributeAll(a as never, b as never));
        onlyShoulou(() => nextInRotation(a as never, b as never, c as never));
        onlyShoulou(() => attributeAll({ asOf: "2024-10-01T00:00:00+08:00", events: [a] } as never, {}));
      }),
      { numRuns: 200 },
    );
  });

  it("the fast validation path accepts exactly what the zod schema accepts", () => {
    const tweak = fc.tuple(history, fc.nat(), fc.constantFrom("drop", "replace", "add", "none"), fc.anything()).map(([events, n, how, value]) => {
      if (events.length === 0) return events as unknown[];
      const i = n % events.length;
      const e = { ...(events[i] as Record<string, unknown>) };
      const keys = Object.keys(e);
      const key = keys[n % keys.length] as string;
      if (how === "drop") delete e[key];
      else if (how === "replace") e[key] = value;
      else if (how === "add") e["extra"] = value;
      return events.map((x, j) => (j === i ? e : x)) as unknown[];
    });
    fc.assert(
      fc.property(tweak, (events) => {
        const input = { asOf: "2024-12-01T00:00:00+08:00", events, customers: register };
        const zodOk = attributeAllInputSchema.safeParse(input).success;
        let ok = true;
        try {
          attributeAll(input as never, {});
        } catch (e) {
          ok = !(isShoulouError(e) && e.code === "INVALID_INPUT");
        }
        expect(ok).toBe(zodOk);
      }),
      { numRuns: 200 },
    );
  });

});
