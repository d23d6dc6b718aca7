import type { RuleEntry, TermTable } from "./types";

const ev = "seed 001 篇1";
const p2 = "seed 001 篇2";

/** 认购须知: the VIP-card selection day and the subscription lifecycle (seed 001 篇1–2); SUB-LAW-* are the deposit law beyond the seed. */
export const subscriptionRules = {
  "SUB-EV-1": { module: "subscription", zh: "按贵宾卡号顺序认购，每天限100位", en: "Cards are served in card-number order, at most 100 cards a day", source: `${ev} §一.1–2` },
  "SUB-EV-2": { module: "subscription", zh: "一张贵宾卡只能认购一套物业", en: "One card subscribes at most one unit", source: `${ev} §二.1` },
  "SUB-EV-3": { module: "subscription", zh: "当日未到或未能成功认购视为放弃，卡作废；接通知3日内交回贵宾卡领回意向金", en: "Absent or no pick: priority lost, card void; return the card within 3 days of notice for the intention money", source: `${ev} §二.2` },
  "SUB-EV-4": { module: "subscription", zh: "购买别墅者可另签《别墅预定协议》或放弃并退卡", en: "Villa buyers may sign a villa reservation agreement or give up and return the card", source: `${ev} §二.3` },
  "SUB-EV-5": { module: "subscription", zh: "卡号靠后未能参加者可延续至下次或放弃；延续后仍未选定视为自动放弃", en: "Cards not reached carry priority to the next event or give it up; a carried card that picks nothing is forfeited", source: `${ev} §二.4` },
  "SUB-EV-6": { module: "subscription", zh: "金卡客户按卡号顺序分组选房，每10位一组，每组15分钟", en: "Gold cards choose in card order, in groups of 10, 15 minutes a group", source: `${ev} §三.1–3` },
  "SUB-EV-7": { module: "subscription", zh: "同一房号多人认购，以卡号在先者先定", en: "When several pick the same unit, the lowest card number wins", source: `${ev} §三.4` },
  "SUB-EV-8": { module: "subscription", zh: "活动流程：8:30–10:00参观，10:10介绍，10:15开始第一组，10:30第一组结束，14:00基本结束", en: "Day schedule: viewing 8:30–10:00, briefing 10:10, group 1 at 10:15–10:30, selection basically ends 14:00", source: `${ev} §四` },
  "SUB-DOC-1": { module: "subscription", zh: "认购前详细阅读售楼单张、户型单页、付款方式、平面图和认购须知", en: "Read the sales sheet, floor plans, payment options and this notice before subscribing", source: `${p2} §一` },
  "SUB-DOC-2": { module: "subscription", zh: "认购证件：个人身份证或护照；未成年人由监护人办理（带户口簿）；公司带营业执照、法定代表人身份证明、授权委托书、受托人工作证及身份证原件", en: "Documents to subscribe: ID or passport; a minor's guardian with the household register; a company's licence, legal representative proof, power of attorney, authorised person's work ID and ID", source: `${p2} §二.1` },
  "SUB-DEP-1": { module: "subscription", zh: "每套现金支付定金20000元并签署《认购书》", en: "Deposit ¥20,000 per unit in cash, paid when the subscription agreement is signed", source: `${p2} §二.2` },
  "SUB-DEP-2": { module: "subscription", zh: "按时交首期并签合同；逾期视为放弃，单位另作处理，定金不退", en: "Pay the first installment and sign by the deadline; overdue forfeits the subscription and the deposit", source: `${p2} §二.3` },
  "SUB-CHG-1": { module: "subscription", zh: "签认购书后、签合同前更换认购单位每次500元", en: "Each unit change between agreement and contract costs ¥500", source: `${p2} §二.4` },
  "SUB-CHG-2": { module: "subscription", zh: "签合同后变更业权人须出售方同意并缴1000元", en: "After the contract an owner change needs the seller's consent and costs ¥1,000", source: `${p2} §二.4` },
  "SUB-SIGN-1": { module: "subscription", zh: "所有业权人须亲自签约，或凭公证委托书代签（外籍须领事馆公证并附中文译本）", en: "All named owners sign in person or by notarised power of attorney (foreigners: consular notarisation plus Chinese translation)", source: `${p2} §三.1` },
  "SUB-SIGN-2": { module: "subscription", zh: "签约携带认购书、定金收据、身份证原件及复印件；按揭另带夫妻身份证、户口簿或单身证明、银行卡、收入证明", en: "Bring the agreement, deposit receipt, ID and copies; mortgage buyers also spouses' IDs, household register or single-status certificates, bank card and income certificate", source: `${p2} §三.2` },
  "SUB-SIGN-3": { module: "subscription", zh: "交付首期楼款后不得更换单位及付款方式", en: "Once the first installment is paid, no unit change and no change of payment method", source: `${p2} §三.3` },
  "SUB-SIGN-4": { module: "subscription", zh: "按合同约定日期付款，不另行通知", en: "Installments are due on the contract dates with no further notice", source: `${p2} §三.4` },
  "SUB-LAW-1": {
    module: "subscription",
    zh: "定金不得超过主合同标的额的20%，超过部分不产生定金效力",
    en: "A deposit above 20% of the contract price is no deposit for the excess: the excess is returned like a prepayment",
    source: "民法典 第586条 (Civil Code art. 586)",
  },
  "SUB-LAW-2": {
    module: "subscription",
    zh: "给付定金一方违约无权请求返还定金；收受定金一方违约应双倍返还定金",
    en: "The buyer who defaults loses the deposit; the seller who defaults returns it double",
    source: "民法典 第587条 (Civil Code art. 587)",
  },
  "SUB-LAW-3": {
    module: "subscription",
    zh: "因不可归责于双方的事由未能订立商品房买卖合同的，出卖人应将定金返还买受人",
    en: "If the sales contract is not concluded for a reason neither party is to blame for, the seller returns the deposit",
    source: "最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释 第4条 (SPC interpretation on commercial-housing sale disputes, art. 4)",
  },
  "SUB-LAW-4": {
    module: "subscription",
    zh: "债务履行后定金应当抵作价款或者收回",
    en: "When the buyer performs, the deposit counts toward the price",
    source: "民法典 第587条 (Civil Code art. 587, first sentence)",
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const subscriptionTerms = {} as const satisfies TermTable;
