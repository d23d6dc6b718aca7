/**
 * The selection day of 《房地产销售现场管理关系客户购买须知》篇1 (常州奥林匹克花园): 100 VIP cards on 2024-09-26 in
 * groups of 10 from 10:15, a contested unit, an absent holder, a villa reservation, a card not
 * reached; then one buyer's subscription from deposit to contract (篇2) and the deposit law.
 */
import {
  depositOnCancellation,
  explainStep,
  explainTrace,
  formatYuan,
  planSelectionEvent,
  replaySubscription,
  requiredDocuments,
  resolveUnitPicks,
  subscriptionPresets,
  type UnitPicksInput,
} from "../src/index";
import { heading, table } from "./print";

const preset = subscriptionPresets.changzhouOlympicGarden;
/** A step in Chinese, or a fallback when there is none. */
const explainOr = (s: Parameters<typeof explainStep>[0] | undefined, otherwise: string) => (s === undefined ? otherwise : explainStep(s));
const units = Array.from({ length: 12 }, (_, f) => [1, 2, 3, 4, 5, 6, 7, 8].map((r) => `${f + 1}-${f + 1}0${r}`)).flat();

// 102 cards: the high floors are wanted most; card 5 is absent; card 8 reserves a villa (no slot);
// with card 8 out of the queue, card 101 takes the last place and card 102 is not reached (undecided).
const top = units.slice(-30);
const cards: UnitPicksInput["cards"] = Array.from({ length: 102 }, (_, i) => {
  const number = i + 1;
  const preferences = [top[(number * 7) % top.length]!, units[(number * 11 + 3) % units.length]!, units[(number * 13 + 5) % units.length]!].filter(
    (u, k, a) => a.indexOf(u) === k,
  );
  if (number === 5) return { number, present: false, preferences, intentionMoney: 10000 };
  if (number === 8) return { number, villaIntent: true, villaRoute: "reserve" as const };
  if (number === 101) return { number, preferences, ifNotReached: "carry" as const };
  return { number, preferences, intentionMoney: 10000 };
});

heading("选房日程（常州奥林匹克花园）", `Selection day, 《房地产销售现场管理关系客户购买须知》篇1 §四: ${preset.release}, 102 cards for 100 places on 2024-09-26 (card 8 took the villa route)`);
const plan = planSelectionEvent({ dates: ["2024-09-26"], cards }, preset);
const day = plan.days[0]!;
console.log(`参观样板楼 viewing ${day.viewing?.from.slice(11, 16)}–${day.viewing?.to.slice(11, 16)}, 介绍 briefing ${day.briefing?.slice(11, 16)}, 午休 break ${preset.breaks[0].from}–${preset.breaks[0].to}`);
table(
  ["组 Group", "开始 Start", "结束 End", "卡号 Cards"],
  day.groups.map((g) => [String(g.group), g.start.slice(11, 16), g.end.slice(11, 16), `${g.cards[0]}–${g.cards.at(-1)} (${g.cards.length})`]),
  [0],
);
console.log(`not reached: ${plan.notReached.map((n) => `card ${n.card} (${n.options.join(" / ")})`).join(", ")}`);

heading("选房结果", "Allocation: cards in order, the lower card wins a contested unit (SUB-EV-7)");
const picks = resolveUnitPicks({ dates: ["2024-09-26"], units, cards }, preset);
table(
  ["卡号 Card", "组 Group", "房号 Unit", "志愿 Choice", "说明 Why"],
  picks.allocations.filter((a) => a.card <= 10 || a.ranks[0]! > 1).slice(0, 16).map((a) => [String(a.card), String(a.group), a.units.join(", "), `#${a.ranks[0]}`, explainOr(a.trace.find((t) => t.rule === "SUB-EV-7"), "首选 first choice free")]),
  [0, 1],
);
console.log(`… ${picks.allocations.length} cards got a unit, ${picks.unitsLeft} of ${units.length} units left; ${picks.forfeits.length} cards void`);
table(
  ["卡号 Card", "结果 Outcome", "退意向金 Refund", "截止 Return card by"],
  [
    ...picks.forfeits.slice(0, 6).map((f) => [String(f.card), f.reason, f.refund.amount ? formatYuan(f.refund.amount, { symbol: true }) : "as paid", f.refund.dueBy]),
    ...picks.villaReserved.map((v) => [String(v.card), "villa reservation", "", ""]),
    ...picks.carried.map((c) => [String(c.card), "carried to next event", "", ""]),
    ...picks.notReached.map((c) => [String(c.card), `not reached: ${c.options.join(" / ")}`, "", ""]),
  ],
  [0],
);

heading("认购到签约", "One subscription, 篇2: deposit, unit change, first installment, contract, owner change");
const buyer = picks.allocations[0]!;
const life = replaySubscription(
  [
    { type: "subscribe", on: "2024-09-26", unit: buyer.units[0]!, price: 1_280_000, paymentMethod: "mortgage", owners: ["张三", "李梅"], deadline: "2024-10-10", card: buyer.card },
    { type: "change-unit", on: "2024-09-28", unit: "12-1201", price: 1_260_000 },
    { type: "pay-first-installment", on: "2024-10-08", amount: 380_000 },
    { type: "change-payment-method", on: "2024-10-09", method: "full" },
    { type: "sign-contract", on: "2024-10-09", signers: [{ owner: "张三", by: "in-person" }, { owner: "李梅", by: "proxy", notarised: true }] },
    { type: "change-owner", on: "2025-03-01", owners: ["张三"], sellerConsent: true },
  ],
  preset,
);
table(
  ["日期 Date", "事件 Event", "结果 Result", "收费 Charges"],
  life.events.map((e) => [e.on, e.type, e.ok ? "accepted" : `refused ${e.refusal?.rule}: ${explainOr(e.refusal ?? undefined, "")}`, e.charges.map((c) => `${c.code} ${formatYuan(c.amount)}`).join(", ")]),
);
console.log(`status ${life.state.status}, unit ${life.state.unit}, owners ${life.state.owners.join(", ")}`);
console.log("\n为什么 Why, in Chinese — the unit change and the first installment:");
for (const line of explainTrace([...life.events[1]!.trace, ...life.events[2]!.trace])) console.log(`  ${line}`);

heading("定金罚则", "If the sale falls through before the contract (Civil Code arts. 586/587, SPC interpretation art. 4)");
table(
  ["原因 Reason", "价格 Price", "卖方保留 Seller keeps", "退买方 Buyer receives"],
  (["buyer-default", "seller-default", "no-fault"] as const).flatMap((reason) =>
    [1_280_000, 60_000].map((price) => {
      const r = depositOnCancellation({ deposit: preset.deposit, price, reason }, preset);
      return [reason, formatYuan(price), formatYuan(r.sellerKeeps), formatYuan(r.buyerReceives)];
    }),
  ),
  [1, 2, 3],
);

heading("签约所需资料", "Documents to bring to signing: married couple, mortgage (SUB-SIGN-2)");
const docs = requiredDocuments({ buyer: "individual", stage: "sign", payment: "mortgage", maritalStatus: "married" }, preset);
table(
  ["资料 Item", "原件 Originals", "复印件 Copies", "规则 Rule"],
  docs.items.map((i) => [`${i.zh} ${i.en}`, String(i.originals), String(i.copies), i.rule]),
  [1, 2],
);
console.log("");
