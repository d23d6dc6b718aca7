import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributeAll, attributeAllInputSchema, attributeCustomer, attributionPresets, isShoulouError, nextInRotation, type AttributionEventInput, type AttributionPolicyInput } from "../../src/index";
import { arbitraries, laws } from "../../src/testing/index";
import { ATTRIBUTION_START } from "../../src/testing/attribution-arbitraries";
import { instantAt } from "../../src/testing/instants";

// The QA kit's generators: office histories over 60 days from 2024-09-01 (+08:00) with every kind
// of event, a register of C0…C4 (plain, or C1 = C2 by ID number and C4 C3's spouse), and asOf
// instants that include the end of a protection period and a minute either side.
const officeArb = arbitraries.attributeAllInput();
const historyArb = arbitraries.attributionEvents();
const customPolicy: AttributionPolicyInput = { helperCredit: "custom", ownerShare: "0.7", shareDecimals: 3 };
const policies: AttributionPolicyInput[] = [...Object.values(attributionPresets), customPolicy];
const policy = fc.constantFrom(...policies);
/** Generated policies the kit's laws run against, besides the shipped presets. */
const generatedPolicies = fc.sample(arbitraries.attributionPolicy(), { numRuns: 8, seed: 31 });
const at = (minute: number) => instantAt(ATTRIBUTION_START, minute);

describe("attribution laws", () => {
  // laws.attributionPolicy checks: the batch form equals the single form; exactly one owner or
  // none with a reason (no credit without an owner, no agent credited twice); credit shares sum
  // to exactly 1; a later first contact never ends the protection earlier; event order never matters.
  for (const [name, preset] of Object.entries(attributionPresets)) {
    it(`laws.attributionPolicy holds for the ${name} preset`, () => {
      laws.attributionPolicy(preset, { numRuns: 100 });
    });
  }

  it("laws.attributionPolicy holds for custom helper credit and for generated policies", () => {
    laws.attributionPolicy(customPolicy, { numRuns: 100 });
    for (const p of generatedPolicies) laws.attributionPolicy(p, { numRuns: 12 });
  });

  it("credit shares are plain decimal strings, and the owner comes first in the credit", () => {
    fc.assert(
      fc.property(officeArb, policy, (office, pol) => {
        for (const a of attributeAll(office, pol).attributions) {
          if (a.owner === null) continue;
          for (const c of a.credit) expect(c.share).toMatch(/^\d+(\.\d+)?$/);
          expect(a.credit[0]?.agent).toBe(a.owner);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("events after asOf never change the answer", () => {
    fc.assert(
      fc.property(officeArb, historyArb, policy, (office, later, pol) => {
        const asOfMinute = Math.round((Date.parse(office.asOf) - Date.parse(`${ATTRIBUTION_START}T00:00:00+08:00`)) / 60_000);
        const extra = later.map((e, i) => ({ ...e, id: `late${i}`, at: at(asOfMinute + 1 + i * 60) }));
        const a = attributeAll(office, pol);
        const b = attributeAll({ ...office, events: [...office.events, ...extra] }, pol);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("an earlier valid registration is never beaten by a later one", () => {
    fc.assert(
      fc.property(officeArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 60 * 24 * 3 }), fc.integer({ min: 1, max: 60 * 24 * 3 }), (office, c, m1, gap) => {
        const customers = office.customers ?? [];
        const phone = customers[c]?.phone as string;
        const r1: AttributionEventInput = { id: "reg-early", kind: "channel-registration", at: at(-7 * 1440 + m1), channel: "KE", phone };
        const r2: AttributionEventInput = { id: "reg-late", kind: "channel-registration", at: at(-7 * 1440 + m1 + gap), channel: "KL", phone };
        const asOf = at(30 * 1440);
        const pol = attributionPresets.channelPractice;
        const alone = attributeCustomer({ customer: `C${c}`, asOf, events: [...office.events, r1], customers }, pol);
        const both = attributeCustomer({ customer: `C${c}`, asOf, events: [...office.events, r1, r2], customers }, pol);
        if (alone.channel?.channel === "KE") expect(both.channel?.channel).toBe("KE");
      }),
      { numRuns: 100 },
    );
  });

  it("extending the protection period never takes ownership away from an owner whose claim never lapsed", () => {
    fc.assert(
      fc.property(officeArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 }), (office, days, more) => {
        const short = attributeAll(office, { protection: { unit: "days", amount: days } });
        const long = attributeAll(office, { protection: { unit: "days", amount: days + more } });
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
      fc.property(officeArb, policy, (office, pol) => {
        expect(JSON.stringify(attributeAll(office, pol))).toBe(JSON.stringify(attributeAll(office, pol)));
      }),
      { numRuns: 60 },
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(officeArb, policy, (input, pol) => {
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
    const register = fc.sample(officeArb, { numRuns: 1, seed: 1 })[0]!.customers;
    const tweak = fc.tuple(historyArb, fc.nat(), fc.constantFrom("drop", "replace", "add", "none"), fc.anything()).map(([events, n, how, value]) => {
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
