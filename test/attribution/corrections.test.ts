import { describe, expect, it } from "vitest";
import { explainStep, explainTrace } from "../../src/core/explain";
import { attributeAll, attributeCustomer, attributionPolicySchema, attributionPresets, attributionPresetSources, type AttributionEventInput } from "../../src/attribution/index";

// Issue 13 items 1, 6 and 10: the named agent's time limit (none in version A, minute 30 in
// time in version B), registrations that fit no customer, and how protection days are counted.

const A = attributionPresets.kangchengBaihewan;
const B = attributionPresets.versionB;
const t = (local: string) => `${local}+08:00`;
const visit = (id: string, at: string, customer: string, agent: string, extra: Partial<{ ownerOnDuty: boolean; channel: string }> = {}): AttributionEventInput => ({ id, kind: "visit", at: t(at), customer, agent, ...extra });

const named = (arrival: string | null, policy: typeof A | typeof B) => {
  // C1 belongs to E; the newcomer asks for F by name.
  const events: AttributionEventInput[] = [
    visit("e1", "2024-10-01T10:00:00", "C1", "E"),
    { id: "i", kind: "introduction", at: t("2024-10-05T10:00:00"), customer: "C2", introducer: "C1", via: "in-person", askedFor: "F", askedForOnDuty: false },
    visit("v", "2024-10-05T10:00:00", "C2", "X"),
  ];
  if (arrival !== null) events.push({ id: "arr", kind: "named-agent-arrival", at: t(arrival), customer: "C2", agent: "F" });
  return attributeCustomer({ customer: "C2", asOf: t("2024-10-06T00:00:00"), events }, policy);
};

describe("ATT-4: the named agent's time limit", () => {
  it("ATT-4: version A sets no time limit — the named agent who never comes keeps the customer", () => {
    expect(attributionPolicySchema.parse(A).namedAgentArrivalMinutes).toBeNull();
    expect(attributionPresetSources.kangchengBaihewan.namedAgentArrivalMinutes).toMatch(/《康城百合湾项目案场管理制度》第一章 一\(二\)1/);
    const r = named(null, A);
    expect(r).toMatchObject({ owner: "F", basis: "named-agent" });
    expect(r.trace.some((s) => s.rule === "ATT-4" && s.fact === "named-no-limit")).toBe(true);
    // The same history under version B: 30 minutes, not met, the agent on duty owns.
    expect(named(null, B)).toMatchObject({ owner: "X", basis: "first-contact" });
  });

  it("ATT-4: arriving at minute 30 exactly is inside the limit (半小时内); one second later is not", () => {
    const inTime = named("2024-10-05T10:30:00", B);
    expect(inTime.owner).toBe("F");
    expect(inTime.trace.find((s) => s.fact === "named-arrived")?.data).toMatchObject({ minutes: 30, limit: 30 });
    expect(named("2024-10-05T10:30:01", B).owner).toBe("X");
  });

  it("ATT-4: a policy may state no time limit with null, and refuses a negative one", () => {
    expect(attributionPolicySchema.safeParse({ namedAgentArrivalMinutes: null }).success).toBe(true);
    expect(attributionPolicySchema.safeParse({ namedAgentArrivalMinutes: -1 }).success).toBe(false);
  });
});

describe("ATT-5: counting the protection period (countFrom)", () => {
  const first = (at: string, policy: object, asOf = "2024-10-02T00:00:00") => attributeCustomer({ customer: "C1", asOf: t(asOf), events: [visit("v", at, "C1", "A7")] }, policy as never);

  it("ATT-5: contact-day counts the contact day as day 1; next-day (Civil Code art. 201) ends one day later", () => {
    expect(first("2024-10-01T10:00:00", B).protectedUntil).toBe("2024-10-16T00:00:00+08:00");
    const next = first("2024-10-01T10:00:00", { ...B, countFrom: "next-day" });
    expect(next.protectedUntil).toBe("2024-10-17T00:00:00+08:00");
    expect(next.trace.find((s) => s.rule === "ATT-5")).toMatchObject({ fact: "protected-from-next-day", data: { agent: "A7", days: 15, until: "2024-10-17T00:00:00+08:00" } });
  });

  it("ATT-5: months end on the corresponding day (art. 202), or the month's last day, then one day later from the next day", () => {
    expect(first("2024-09-26T10:00:00", A).protectedUntil).toBe("2024-12-26T00:00:00+08:00");
    expect(first("2024-09-26T10:00:00", { ...A, countFrom: "next-day" }).protectedUntil).toBe("2024-12-27T00:00:00+08:00");
    expect(first("2024-11-30T10:00:00", { ...A, countFrom: "next-day" }, "2024-12-01T00:00:00").protectedUntil).toBe("2025-03-01T00:00:00+08:00");
    expect(first("2024-09-26T10:00:00", A).trace.find((s) => s.rule === "ATT-5")).toMatchObject({ fact: "protected-until-months", data: { months: 3 } });
  });

  it("ATT-5: every preset says how it counts, and the seed's versions count the contact day", () => {
    for (const [name, preset] of Object.entries(attributionPresets)) {
      expect(attributionPolicySchema.parse(preset).countFrom, name).toBe("contact-day");
      expect((attributionPresetSources as Record<string, Record<string, string>>)[name]?.["countFrom"], name).toBeTruthy();
    }
  });

  it("ATT-5: a protection that would end after 9999-12-31 is OUT_OF_RANGE at the event that started it", () => {
    expect(() => attributeCustomer({ customer: "C1", asOf: t("9999-12-31T00:00:00"), events: [visit("v", "9999-12-30T10:00:00", "C1", "A7")] }, B)).toThrow(
      expect.objectContaining({ code: "OUT_OF_RANGE", path: ["events", 0, "at"] }),
    );
  });

  it("ATT-5: one explanation in Chinese", () => {
    expect(explainTrace(first("2024-10-01T10:00:00", B).trace)).toEqual(["ATT-1 2024年10月1日 10:00 A7 首次接待（来访），客户归 A7 所有", "ATT-5 A7 的保护期为15天，至2024年10月16日 00:00"]);
  });
});

describe("ATT-CH-2: a registration whose phone fits no customer", () => {
  const customers = [{ id: "C3", phone: "13900001111" }];
  const events: AttributionEventInput[] = [
    { id: "r", kind: "channel-registration", at: t("2024-10-01T09:00:00"), channel: "K1", phone: "13900002222" },
    visit("v", "2024-10-02T10:00:00", "C3", "A1", { channel: "K1" }),
  ];
  const asOf = t("2024-10-03T00:00:00");

  it("ATT-CH-2: is flagged for review, and the channel's visit says what happened", () => {
    const all = attributeAll({ asOf, events, customers }, attributionPresets.channelPractice);
    expect(all.review).toEqual([{ rule: "ATT-CH-2", fact: "no-customer", data: { event: "r", channel: "K1", at: t("2024-10-01T09:00:00"), phone: "13900002222" } }]);
    const one = attributeCustomer({ customer: "C3", asOf, events, customers }, attributionPresets.channelPractice);
    expect(one.channel).toBeNull();
    const why = one.trace.find((s) => s.rule === "ATT-CH-5");
    expect(why).toMatchObject({ fact: "registration-fits-no-customer", data: { registration: "r", phone: "13900002222" } });
    expect(explainStep(why!)).toContain("与登记册中任何客户都不符：交经理核查");
    expect(one.review).toEqual(all.review);
  });

  it("ATT-CH-2: a masked registration that fits nobody is flagged too", () => {
    const masked = [{ ...events[0]!, phone: "137****0000" } as AttributionEventInput, events[1]!];
    expect(attributeAll({ asOf, events: masked, customers }, attributionPresets.channelPractice).review.map((r) => r.fact)).toEqual(["no-customer"]);
  });
});

describe("ATT-CH-3: masked collisions are settled once per customer and key", () => {
  it("ATT-CH-3: 40 registrations of one masked key fitting 3 customers give each customer one step and the office one review item", () => {
    const customers = ["13812345678", "13800005678", "13899995678"].map((phone, i) => ({ id: `C${i}`, phone }));
    const events: AttributionEventInput[] = customers.map((c, i) => visit(`v${i}`, "2024-10-02T10:00:00", c.id, "A1"));
    for (let k = 0; k < 40; k++) events.push({ id: `r${k}`, kind: "channel-registration", at: t(`2024-10-01T09:${String(k).padStart(2, "0")}:00`), channel: `K${k}`, phone: "138****5678" });
    const all = attributeAll({ asOf: t("2024-10-03T00:00:00"), events, customers }, attributionPresets.channelPractice);
    expect(all.review).toHaveLength(1);
    expect(all.review[0]).toMatchObject({ rule: "ATT-CH-3", fact: "collision", data: { phone: "138****5678", registrations: 40, customers: 3, event: "r0" } });
    for (const a of all.attributions) {
      expect(a.channel).toBeNull();
      expect(a.trace.filter((s) => s.rule === "ATT-CH-3")).toHaveLength(1);
    }
  });
});
