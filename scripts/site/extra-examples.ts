/**
 * Worked examples for the rules the doc examples do not reach, written like TSDoc examples and
 * run by the site's recorder (scripts/site/examples.ts). Each is the smallest real call that makes
 * its rule speak; the rule pages show the call, the result and the explanation in zh and en.
 */
export const extraExamples: readonly { from: string; code: string }[] = [
  {
    from: "worked examples: fees",
    code: `
purchaseFees({ price: 3000000, area: 120, date: "2024-06-01", homeOrdinal: 2, parameters: { city: "北京", maintenanceFundPerM2: 100 } }, feeSchedules.chinaNational);
purchaseFees({ price: 3000000, area: 120, date: "2024-06-01", homeOrdinal: 2, parameters: { city: "常州", maintenanceFundPerM2: 100 } }, feeSchedules.chinaNational);
`,
  },
  {
    from: "worked examples: subscription",
    code: `
const preset = subscriptionPresets.changzhouOlympicGarden;
resolveUnitPicks({ dates: ["2024-09-26"], units: ["A"], cards: [{ number: 1, villaIntent: true, villaRoute: "reserve" }, { number: 2, villaIntent: true, villaRoute: "give-up", intentionMoney: 10000 }, { number: 3, villaIntent: true, preferences: ["A"] }] }, preset);
replaySubscription([
  { type: "subscribe", on: "2024-09-26", unit: "A-101", price: 1000000, paymentMethod: "mortgage", owners: ["张三", "李梅"], deadline: "2024-10-10" },
  { type: "pay-first-installment", on: "2024-10-01", amount: 280000 },
  { type: "sign-contract", on: "2024-10-02", signers: [{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "in-person" }], installments: [{ due: "2024-12-01", amount: 100000 }] },
  { type: "change-owner", on: "2024-11-01", owners: ["张三"], sellerConsent: true },
  { type: "check-deadline", on: "2024-12-15" },
], preset);
depositOnCancellation({ deposit: 20000, price: 1000000, reason: "buyer-default", firstInstallment: 280000 }, preset);
`,
  },
  {
    from: "worked examples: scoring",
    code: `screeningGrade({ id: "c", met: {} }, scoringPresets.screeningSeed001);`,
  },
  {
    from: "worked examples: referral",
    code: `
const at = (day, time = "10:00") => day + "T" + time + ":00+08:00";
const lReferred = (buyers, asOf = at("2024-12-31")) => ({
  customers: [{ id: "L", owner: true }, ...buyers.map((b) => ({ id: b.id, ...(b.household ? { household: b.household } : {}) }))],
  referrals: buyers.map((b) => ({ id: "r-" + b.id, referrer: "L", referred: b.id, at: at("2024-03-01") })),
  deals: buyers.map((b) => ({ id: "d-" + b.id, buyer: b.id, price: b.price ?? "1000000", ...(b.signed ? { contractSignedAt: at(b.signed) } : {}), ...b.extra })),
  asOf,
});
const fixed = (amount, more = {}) => ({ reward: { kind: "fixed", amount }, ...more });
const three = [{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-04-10" }, { id: "M3", signed: "2024-05-10" }];
const bands = [{ from: 1, amount: "1000" }, { from: 3, amount: "2000" }];
referralRewards(lReferred(three), { reward: { kind: "tiered", mode: "flat", period: "year", bands } });
referralRewards(lReferred(three), { reward: { kind: "tiered", mode: "stepped", period: "year", bands } });
referralRewards({ customers: [{ id: "A", owner: true }, { id: "B", owner: true }, { id: "C" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-01-01") }, { id: "r2", referrer: "B", referred: "C", at: at("2024-02-01") }], deals: [{ id: "dC", buyer: "C", price: "2000000", contractSignedAt: at("2024-03-01") }], asOf: at("2024-12-31") }, fixed("5000", { levels: ["1", "0.5"] }));
referralRewards({ ...lReferred(three), payouts: [{ deal: "d-M1", referrer: "L", amount: "1000", paidAt: at("2024-03-31") }] }, { reward: { kind: "tiered", mode: "flat", bands } });
referralRewards(lReferred([{ id: "M", signed: "2024-03-10", price: "3000000" }]), { reward: { kind: "percent", rate: "0.01" }, caps: { perDeal: "20000" } });
referralRewards(lReferred([{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-03-11" }]), fixed("5000", { caps: { perReferrerMonth: "8000" } }));
referralRewards(lReferred([{ id: "M1", signed: "2024-03-10" }, { id: "M2", signed: "2024-05-10" }, { id: "M3", signed: "2024-07-10" }]), fixed("5000", { caps: { perReferrerYear: "12000" } }));
referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }]), fixed("5000"));
referralRewards(lReferred([{ id: "M", signed: "2024-03-10", extra: { paidInFullAt: at("2024-03-12") } }]), fixed("5000", { trigger: "contract-and-payment" }));
referralRewards({ ...lReferred([{ id: "M", signed: "2024-03-10" }]), customers: [{ id: "L" }, { id: "M" }] }, fixed("5000", { referrerMustBeOwner: true }));
referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }], at("2024-03-20")), fixed("5000", { reviewDays: 15 }));
referralRewards({ ...lReferred([{ id: "M", signed: "2024-03-10", extra: { cancelledAt: at("2024-05-01") } }]), payouts: [{ deal: "d-M", referrer: "L", amount: "5000", paidAt: at("2024-03-20") }] }, fixed("5000", { clawbackDays: 90 }));
referralRewards(lReferred([{ id: "M", signed: "2024-03-10", extra: { cancelledAt: at("2024-04-01") } }]), fixed("5000", { clawbackDays: 90 }));
referralRewards(lReferred([{ id: "M", signed: "2024-02-20" }]), fixed("5000"));
referralRewards(lReferred([{ id: "M" }]), fixed("5000"));
referralRewards(lReferred([{ id: "M", signed: "2024-03-10" }]), fixed("5000", { trigger: "contract-and-payment" }));
referralRewards({ ...lReferred([{ id: "M", signed: "2024-03-10" }]), customers: [{ id: "L", owner: true, staff: true }, { id: "M" }] }, fixed("5000", { reviewDays: 15 }));
referralGraph({ customers: [{ id: "A" }], referrals: [{ id: "r1", referrer: "A", referred: "A", at: at("2024-03-01") }] });
referralGraph({ customers: [{ id: "A", idNumber: "X1" }, { id: "B", idNumber: "X1" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] });
referralGraph({ customers: [{ id: "A", staff: true }, { id: "B" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] });
referralGraph({ customers: [{ id: "A", staff: true }, { id: "B" }], referrals: [{ id: "r1", referrer: "A", referred: "B", at: at("2024-03-01") }] }, { staff: "reject" });
referralGraph({ customers: [{ id: "A" }, ...["B", "C", "D", "E", "F", "G"].map((id) => ({ id }))], referrals: ["B", "C", "D", "E", "F", "G"].map((id, i) => ({ id: "r" + i, referrer: "A", referred: id, at: at("2024-03-0" + (1 + (i % 3))) })) }, { burst: { count: 5, days: 7 } });
`,
  },
  {
    from: "worked examples: attribution",
    code: `
const t = (local) => local + "+08:00";
const P = attributionPresets.channelPractice;
const customers = [{ id: "C1", phone: "13812345678" }, { id: "C2", phone: "13899995678" }, { id: "C3", phone: "13900001111" }];
const reg = (id, at, channel, phone) => ({ id, kind: "channel-registration", at: t(at), channel, phone });
const visit = (id, at, customer, agent, channel) => ({ id, kind: "visit", at: t(at), customer, agent, ...(channel ? { channel } : {}) });
attributeCustomer({ customer: "C9", asOf: t("2024-10-03T00:00:00"), events: [{ id: "r", kind: "relative-record", at: t("2024-10-01T09:00:00"), customer: "C9", agent: "A2", relation: "relative" }, visit("v", "2024-10-02T10:00:00", "C9", "A5")] }, attributionPresets.kangchengBaihewan);
attributeCustomer({ customer: "C2", asOf: t("2024-10-06T00:00:00"), events: [visit("e1", "2024-10-01T10:00:00", "C1", "F"), { id: "i", kind: "introduction", at: t("2024-10-05T10:00:00"), customer: "C2", introducer: "C1", via: "in-person", askedFor: "F", askedForOnDuty: false }, visit("v", "2024-10-05T10:00:00", "C2", "X"), { id: "arr", kind: "named-agent-arrival", at: t("2024-10-05T10:31:00"), customer: "C2", agent: "F" }] }, attributionPresets.versionB);
attributeCustomer({ customer: "C3", asOf: t("2024-11-30T00:00:00"), events: [reg("r", "2024-10-01T09:00:00", "K1", "13900001111"), visit("v", "2024-10-03T10:00:00", "C3", "A1", "K1"), { id: "d", kind: "deal", at: t("2024-10-20T10:00:00"), customer: "C3", agent: "A1" }], customers }, P);
attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events: [reg("r", "2024-10-01T09:00:00", "K1", "139****1111"), visit("v", "2024-10-02T10:00:00", "C3", "A1")], customers }, P);
attributeAll({ asOf: t("2024-10-03T00:00:00"), events: [reg("r", "2024-10-01T09:00:00", "K1", "138****5678"), visit("v1", "2024-10-02T10:00:00", "C1", "A1"), visit("v2", "2024-10-02T11:00:00", "C2", "A2")], customers }, P);
attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events: [reg("r2", "2024-10-01T10:00:00", "K2", "13900001111"), reg("r1", "2024-10-01T09:00:00", "K1", "13900001111"), visit("v", "2024-10-02T10:00:00", "C3", "A1")], customers }, P);
attributeCustomer({ customer: "C3", asOf: t("2024-10-03T00:00:00"), events: [visit("v", "2024-10-02T10:00:00", "C3", "A1", "K9")], customers }, P);
attributeCustomer({ customer: "C3", asOf: t("2024-10-04T00:00:00"), events: [visit("v0", "2024-10-01T10:00:00", "C3", "A1"), reg("r", "2024-10-02T09:00:00", "K1", "13900001111"), visit("v", "2024-10-03T10:00:00", "C3", "A1", "K1")], customers }, P);
attributeAll({ asOf: t("2024-10-04T00:00:00"), events: [visit("v1", "2024-10-01T10:00:00", "C1", "A7"), visit("v4", "2024-10-02T10:00:00", "C4", "A3"), visit("v5", "2024-10-03T10:00:00", "C5", "A4")], customers: [{ id: "C1", phone: "13812345678", idNumber: "310101199001011234", family: [{ customer: "C5", relation: "spouse" }] }, { id: "C4", phone: "13700000000", idNumber: "310101199001011234" }, { id: "C5" }] }, P);
`,
  },
];
