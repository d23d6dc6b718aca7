/**
 * 老带新: one owner's network over a year — the referral graph, the rewards under the
 * 老带新 preset (with a cancelled deal's clawback), the agent's chain credit, the network's
 * value (《房地产客户跟踪及维护技巧》's 2,607万), growth by referral, a pool split and Girard's bird-dog year.
 */
import {
  attributionPresets,
  explainStep,
  explainTrace,
  formatYuan,
  networkValue,
  projectReferralGrowth,
  referralAgentCredit,
  referralCloseRates,
  referralGraph,
  referralPresets,
  referralRewards,
  splitPool,
  type ReferralRewardsInput,
} from "../src/index";
import { heading, table } from "./print";

const at = (day: string, time = "10:00") => `${day}T${time}:00+08:00`;

// L先生 bought in 2023 (agent A7); in 2024 he registered his family and friends before they came.
const office: ReferralRewardsInput = {
  customers: [
    { id: "L", name: "L先生", phone: "13900000001" },
    { id: "brother", name: "哥哥", household: "brother-family", firstVisitAt: at("2024-03-02") },
    { id: "sister-in-law", name: "大嫂", household: "brother-family", firstVisitAt: at("2024-03-02") },
    { id: "elder-sister", name: "大妹妹", firstVisitAt: at("2024-04-06") },
    { id: "younger-sister", name: "小妹妹", firstVisitAt: at("2024-04-07") },
    { id: "friend", name: "好友", firstVisitAt: at("2024-06-10") },
    { id: "fathers-friend", name: "父辈挚友", firstVisitAt: at("2024-09-01") },
    { id: "cousin", name: "表弟", firstVisitAt: at("2024-02-01") },
  ],
  referrals: [
    { id: "r1", referrer: "L", referred: "brother", at: at("2024-03-01"), relation: "family" },
    { id: "r2", referrer: "L", referred: "sister-in-law", at: at("2024-03-01", "10:05"), relation: "family" },
    { id: "r3", referrer: "L", referred: "elder-sister", at: at("2024-04-05"), relation: "family" },
    { id: "r4", referrer: "L", referred: "younger-sister", at: at("2024-04-05", "10:30"), relation: "family" },
    { id: "r5", referrer: "L", referred: "friend", at: at("2024-06-01"), relation: "friend" },
    { id: "r6", referrer: "L", referred: "fathers-friend", at: at("2024-08-20"), relation: "other" },
    { id: "r7", referrer: "L", referred: "cousin", at: at("2024-03-01"), relation: "family" },
  ],
  deals: [
    { id: "L-1-2101", buyer: "L", price: "1800000", contractSignedAt: at("2023-05-20"), paidInFullAt: at("2023-05-20") },
    { id: "L-shop", buyer: "L", price: "4200000", contractSignedAt: at("2023-11-02"), paidInFullAt: at("2023-11-10") },
    { id: "brother-1-1904", buyer: "brother", price: "1730000", contractSignedAt: at("2024-03-10"), downPaymentAt: at("2024-03-10"), loanDisbursedAt: at("2024-04-15") },
    { id: "brother-shop", buyer: "sister-in-law", price: "3700000", contractSignedAt: at("2024-03-12"), paidInFullAt: at("2024-03-20") },
    { id: "elder-5-2101", buyer: "elder-sister", price: "1550000", contractSignedAt: at("2024-04-12"), paidInFullAt: at("2024-04-12") },
    { id: "younger-5-1501", buyer: "younger-sister", price: "1490000", contractSignedAt: at("2024-04-13"), paidInFullAt: at("2024-04-20"), cancelledAt: at("2024-06-30") },
    { id: "friend-2-shops", buyer: "friend", price: "10000000", contractSignedAt: at("2024-06-18"), paidInFullAt: at("2024-07-01") },
    { id: "fathers-friend-6-1701", buyer: "fathers-friend", price: "1600000", contractSignedAt: at("2024-09-15"), downPaymentAt: at("2024-09-15"), loanDisbursedAt: at("2024-10-20") },
  ],
  payouts: [
    { deal: "brother-shop", referrer: "L", amount: "5000", paidAt: at("2024-04-10") },
    { deal: "younger-5-1501", referrer: "L", amount: "5000", paidAt: at("2024-05-10") },
  ],
  asOf: at("2024-12-31", "18:00"),
};

heading("推荐关系 老带新", "The referral graph: L先生 and the people he brought (REF-G-*, REF-5)");
const graph = referralGraph({ customers: office.customers, referrals: office.referrals }, referralPresets.laodaixin);
table(["推荐 Referral", "推荐人 Referrer", "被推荐人 Referred", "关系 Relation"], graph.referrals.map((r) => [r.id, r.referrer, r.referred, r.relation]));
for (const v of graph.rejected) console.log(`refused ${v.referral} (${v.rule}): ${explainStep(v)} / ${explainStep(v, { locale: "en" })}`);

heading("老带新奖励 2024", "Rewards under the 老带新 preset, as of 2024-12-31 (REF-RW-1, REF-CAP-4, REF-TRG-2, REF-CLW-1)");
const rewards = referralRewards(office, referralPresets.laodaixin);
table(
  ["成交 Deal", "推荐人 Referrer", "类别 Kind", "规则 Rule", "状态 Status", "时间 At", "金额 Amount"],
  rewards.lines.map((l) => [l.deal, l.referrer, l.kind, l.rule, l.status, l.at.slice(0, 10), formatYuan(l.amount)]),
  [6],
);
const t = rewards.total;
console.log(`rewards ${formatYuan(t.rewards)} − clawbacks ${formatYuan(t.clawbacks)} = total ${formatYuan(t.total)}; already paid ${formatYuan(t.paid)}; next payout ${formatYuan(t.payable)}`);
for (const line of explainTrace(rewards.trace.filter((s) => ["REF-CAP-4", "REF-CLW-1", "REF-G-4"].includes(s.rule)))) console.log(line);

heading("业绩归属 群带性原则", "The agent credited for each deal along the chain (REF-8 via attribution's ATT-2)");
const credit = referralAgentCredit(
  {
    customers: office.customers,
    referrals: office.referrals,
    deals: office.deals.map((d) => ({ ...d, agent: d.buyer === "L" ? "A7" : "A3" })),
    events: [
      { id: "v-L", kind: "visit", at: at("2023-05-01"), customer: "L", agent: "A7" },
      ...office.customers.filter((c) => c.firstVisitAt).map((c) => ({ id: `v-${c.id}`, kind: "visit", at: c.firstVisitAt!, customer: c.id, agent: "A3" })),
    ],
    asOf: office.asOf,
  },
  referralPresets.laodaixin,
  attributionPresets.kangchengBaihewan,
);
table(["成交 Deal", "链 Chain", "业务员 Agent", "依据 Basis"], credit.deals.map((d) => [d.deal, d.chain.join(" ← "), d.agent ?? "—", d.basis ?? "—"]));

heading("关系网价值", "What L's network bought: 《房地产客户跟踪及维护技巧》's 2,607万 (REF-7)");
const asSigned = office.deals.map((d) => ({ id: d.id, buyer: d.buyer, price: d.price }));
const value = networkValue(graph, asSigned, "L");
table(["客户 Customer", "深度 Depth", "关系 Relation", "成交 Deals", "金额 Value"], value.members.map((m) => [m.customer, String(m.depth), m.relation ?? "—", String(m.deals), formatYuan(m.value)]), [4]);
console.log(`total as signed: ${formatYuan(value.total)} — the document's 2,607万 (600 + 543 + 155 + 149 + 1,000 + 160)`);
console.log(`total after the younger sister's cancellation: ${formatYuan(networkValue(graph, office.deals, "L").total)}`);

heading("转介绍增长", "Each new customer brings 2 a round (REF-4), 40% of referrals close (REF-3)");
const growth = projectReferralGrowth({ rounds: 14, closeRate: referralCloseRates.referral });
table(["轮 Round", "本轮新增 New", "累计新增 New so far", "合计 In all", "预计成交 Deals"], growth.rounds.filter((r) => r.round >= 10).map((r) => [String(r.round), String(r.newThisRound), String(r.newTotal), String(r.total), r.expectedDeals ?? ""]), [1, 2, 3, 4]);

heading("团队奖金池", "A ¥10,000 team pool split 5:3:2:1 to the fen (REF-POOL-1)");
const pool = splitPool({ amount: "10000", weights: [{ id: "A7", weight: 5 }, { id: "A3", weight: 3 }, { id: "A5", weight: 2 }, { id: "A9", weight: 1 }] });
table(["业务员 Agent", "权重 Weight", "金额 Amount"], pool.parts.map((p) => [p.id, p.weight, formatYuan(p.amount)]), [2]);

heading("乔·吉拉德猎犬计划", "Girard's bird-dog plan (REF-2): 25 per referred sale");
const hounds = Array.from({ length: 56 }, (_, i) => `buyer-${i + 1}`);
const girard = referralRewards(
  {
    customers: [{ id: "hound", owner: true }, ...hounds.map((id) => ({ id }))],
    referrals: hounds.map((id, i) => ({ id: `r-${id}`, referrer: "hound", referred: id, at: `1976-01-${String((i % 28) + 1).padStart(2, "0")}T10:00:00-05:00` })),
    deals: hounds.map((id, i) => ({ id: `sale-${id}`, buyer: id, price: "5000", contractSignedAt: `1976-02-${String((i % 28) + 1).padStart(2, "0")}T10:00:00-05:00` })),
    asOf: "1976-12-31T18:00:00-05:00",
  },
  referralPresets.girard,
);
console.log(`56 paid referred sales × 25 = ${girard.total.total} — the document's 1,400 in bird-dog fees.`);
console.log("The document also says the plan brought 150 deals that year: at 25 each that would be 3,750, so its two figures do not agree.");
