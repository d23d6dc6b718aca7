import type { RuleEntry, TermTable } from "./types";

// Cited by title and clause: readers of the catalogue do not have the seed files.
const notice = "《房地产销售现场管理关系客户购买须知》";
const ev = `${notice}篇1《常州奥林匹克花园关系客户认购须知》`;
const p2 = `${notice}篇2《认购须知》`;
const civil = "《中华人民共和国民法典》";
const spc = "《最高人民法院关于审理商品房买卖合同纠纷案件适用法律若干问题的解释》（法释〔2003〕7号，法释〔2020〕17号修正）";

// The checklist fact of requiredDocuments: one step per rule whose items the list holds.
const checklist = {
  zh: "{buyer:enum}{stage:enum}时，本条规定{items:count}项",
  en: "{items:count} item(s) under this rule for a buyer who is {buyer:enum}, at {stage:enum}",
} as const;

// A subscription that has ended answers no further event, whichever rule ended it.
const ended = {
  zh: "该认购已结束（{status:enum}）：不再办理任何事项",
  en: "the subscription has ended ({status:enum}): no further events",
} as const;

/** 认购须知: the VIP-card selection day (篇1) and the subscription lifecycle (篇2); SUB-LAW-* are the deposit law beyond the notice. */
export const subscriptionRules = {
  "SUB-EV-1": {
    module: "subscription",
    zh: "按贵宾卡号顺序认购，每天限100位",
    en: "Cards are served in card-number order, at most 100 cards a day",
    source: `${ev} 一.1–2`,
    facts: {
      order: {
        zh: "{cards:count}张卡按{order:enum}在{days:days}内认购，每天至多{dailyCap:count}张",
        en: "{cards:count} cards served in {order:enum} over {days:days}, at most {dailyCap:count} a day",
      },
      served: {
        zh: "第{position:count}位认购：{date:date}第{group}组，{start}开始",
        en: "served {position:count}: {date:date}, group {group} at {start}",
      },
      "served-carried": {
        zh: "第{position:count}位认购（延续的优先认购权）：{date:date}第{group}组，{start}开始",
        en: "served {position:count} (carried priority): {date:date}, group {group} at {start}",
      },
    },
  },
  "SUB-EV-2": {
    module: "subscription",
    zh: "一张贵宾卡只能认购一套物业",
    en: "One card subscribes at most one unit",
    source: `${ev} 二.1`,
    facts: {
      subscribes: {
        zh: "认购{units:list}（意向顺位{ranks:list}）；每张卡至多{unitsPerCard:count}套",
        en: "subscribes {units:list} (preference ranks {ranks:list}); at most {unitsPerCard:count} unit(s) a card",
      },
      "one-unit": {
        zh: "该卡已有认购（{status:enum}）：一张贵宾卡只能认购一套物业",
        en: "this card already has a subscription ({status:enum}): one card, one unit",
      },
    },
  },
  "SUB-EV-3": {
    module: "subscription",
    zh: "当日未到或未能成功认购视为放弃，卡作废；接通知3日内交回贵宾卡领回意向金",
    en: "Absent or no pick: priority lost, card void; return the card within 3 days of notice for the intention money",
    source: `${ev} 二.2`,
    facts: {
      absent: { zh: "叫号时未到认购现场", en: "absent when the group was called" },
      "no-pick": { zh: "到场，但意向房号均已被认购：未能成功认购", en: "present, but no preferred unit was free: no pick" },
      refund: {
        zh: "放弃优先认购权，贵宾卡作废；须于{dueBy:date}前（接到通知{windowDays:days}内）交回贵宾卡，领回意向金{amount:money}",
        en: "priority lost, card void; return it by {dueBy:date} ({windowDays:days} after notice) for the intention money of {amount:money}",
      },
      "refund-unknown-amount": {
        zh: "放弃优先认购权，贵宾卡作废；须于{dueBy:date}前（接到通知{windowDays:days}内）交回贵宾卡，领回意向金",
        en: "priority lost, card void; return it by {dueBy:date} ({windowDays:days} after notice) for the intention money",
      },
      "card-returned": { zh: "贵宾卡交回作废，退还意向金{refund:money}", en: "the card is given up and returned: void, intention money {refund:money} refunded" },
      "card-returned-no-money": { zh: "贵宾卡交回作废（未记载意向金）", en: "the card is given up and returned: void (no intention money on record)" },
      ended,
    },
  },
  "SUB-EV-4": {
    module: "subscription",
    zh: "购买别墅者可另签《别墅预定协议》或放弃并退卡",
    en: "Villa buyers may sign a villa reservation agreement or give up and return the card",
    source: `${ev} 二.3`,
    facts: {
      reserved: { zh: "已另签《别墅预定协议》，待别墅推出后再行认购", en: "villa reservation agreement signed: subscribes when the villas launch" },
      "given-up": { zh: "购买别墅的客户放弃认购，退还贵宾卡", en: "the villa buyer gives up and returns the card" },
      options: {
        zh: "{villaCards:count}张别墅意向卡：可当天选房、另签《别墅预定协议》或放弃并退卡",
        en: "{villaCards:count} villa card(s): pick today, sign a villa reservation agreement, or give up and return the card",
      },
    },
  },
  "SUB-EV-5": {
    module: "subscription",
    zh: "卡号靠后未能参加者可延续至下次或放弃；延续后仍未选定视为自动放弃",
    en: "Cards not reached carry priority to the next event or give it up; a carried card that picks nothing is forfeited",
    source: `${ev} 二.4`,
    facts: {
      "carried-not-reached": { zh: "已延续优先认购权的卡再次未能参加认购：视为自动放弃", en: "a carried card not reached again: forfeited automatically" },
      "gave-up": { zh: "未能参加认购，持卡人放弃优先认购权", en: "not reached; the holder gives up priority" },
      carried: { zh: "未能参加认购：优先认购权延续至下一次认购活动", en: "not reached: priority carried to the next event" },
      "not-reached": { zh: "未能参加认购：可将优先认购权延续至下一次认购活动，或放弃", en: "not reached: the holder may carry priority to the next event or give it up" },
      "carried-no-pick": { zh: "已延续优先认购权的卡仍未能选定物业：视为自动放弃", en: "a carried card that picks nothing is forfeited automatically" },
      "not-reached-count": {
        zh: "{notReached:count}张卡未能参加认购：可延续至下次或放弃；其中已延续过的{automatic:count}张自动放弃",
        en: "{notReached:count} card(s) not reached: carry priority to the next event or give it up; {automatic:count} already carried are forfeited",
      },
    },
  },
  "SUB-EV-6": {
    module: "subscription",
    zh: "金卡客户按卡号顺序分组选房，每10位一组，每组15分钟",
    en: "Gold cards choose in card order, in groups of 10, 15 minutes a group",
    source: `${ev} 三.1–3`,
    facts: {
      groups: { zh: "每{groupSize:count}位客户一组，每组选房{slotMinutes:minutes}", en: "groups of {groupSize:count}, {slotMinutes:minutes} each" },
    },
  },
  "SUB-EV-7": {
    module: "subscription",
    zh: "同一房号多人认购，以卡号在先者先定",
    en: "When several pick the same unit, the lowest card number wins",
    source: `${ev} 三.4`,
    facts: {
      taken: {
        zh: "{taken:count}套意向房号已由卡号在先者认购，如{units:list}（卡号{byCards:list}）",
        en: "{taken:count} preferred unit(s) already taken by cards served earlier, e.g. {units:list} (cards {byCards:list})",
      },
      outcome: {
        zh: "{allocated:count}张卡认购成功，{forfeited:count}张作废；{units:count}套中剩余{unitsLeft:count}套",
        en: "{allocated:count} card(s) got a unit, {forfeited:count} void; {unitsLeft:count} of {units:count} unit(s) left",
      },
    },
  },
  "SUB-EV-8": {
    module: "subscription",
    zh: "活动流程：8:30–10:00参观，10:10介绍，10:15开始第一组，10:30第一组结束，14:00基本结束",
    en: "Day schedule: viewing 8:30–10:00, briefing 10:10, group 1 at 10:15–10:30, selection basically ends 14:00",
    source: `${ev} 四`,
    facts: {
      day: {
        zh: "第一组{startTime}开始；每天可排{groupsPerDay:count}组（{cardsPerDay:count}张卡），最后一组{lastEnd}结束",
        en: "group 1 at {startTime}; {groupsPerDay:count} group(s) fit a day ({cardsPerDay:count} cards), the last ending {lastEnd}",
      },
    },
  },
  "SUB-DOC-1": {
    module: "subscription",
    zh: "认购前详细阅读售楼单张、户型单页、付款方式、平面图和认购须知",
    en: "Read the sales sheet, floor plans, payment options and this notice before subscribing",
    source: `${p2} 一`,
    facts: { checklist },
  },
  "SUB-DOC-2": {
    module: "subscription",
    zh: "认购证件：个人身份证或护照；未成年人由监护人办理（带户口簿）；公司带营业执照、法定代表人身份证明、授权委托书、受托人工作证及身份证原件",
    en: "Documents to subscribe: ID or passport; a minor's guardian with the household register; a company's licence, legal representative proof, power of attorney, authorised person's work ID and ID",
    source: `${p2} 二.1`,
    facts: { checklist },
  },
  "SUB-DEP-1": {
    module: "subscription",
    zh: "每套现金支付定金20000元并签署《认购书》",
    en: "Deposit ¥20,000 per unit in cash, paid when the subscription agreement is signed",
    source: `${p2} 二.2`,
    facts: {
      paid: { zh: "以{paidIn:enum}支付定金{deposit:money}，签署{unit}的《认购书》", en: "deposit {deposit:money} paid by {paidIn:enum}, subscription agreement for {unit} signed" },
      amount: { zh: "定金为每套{required:money}，而非{given:money}", en: "the deposit is {required:money} per unit, not {given:money}" },
      "cash-only": { zh: "定金须现金支付，不收{paidIn:enum}", en: "the deposit is paid in cash, not by {paidIn:enum}" },
      "no-agreement": { zh: "没有可变更的《认购书》（当前{status:enum}）", en: "no subscription agreement to change (now {status:enum})" },
      checklist,
    },
  },
  "SUB-DEP-2": {
    module: "subscription",
    zh: "按时交首期并签合同；逾期视为放弃，单位另作处理，定金不退",
    en: "Pay the first installment and sign by the deadline; overdue forfeits the subscription and the deposit",
    source: `${p2} 二.3`,
    facts: {
      deadline: { zh: "须于{deadline:date}前交付首期楼款并签署《商品房买卖合同》", en: "first installment and sales contract due by {deadline:date}" },
      "not-subscribed": { zh: "首期楼款在签署《认购书》后交付一次（当前{status:enum}）", en: "the first installment follows the subscription agreement, once (now {status:enum})" },
      overdue: { zh: "期限{deadline:date}已过（{on:date}）：视为自动放弃认购权", en: "the deadline {deadline:date} has passed on {on:date}: the subscription is forfeited" },
      "paid-in-time": { zh: "首期楼款{amount:money}在期限{deadline:date}前交付", en: "first installment {amount:money} paid by the deadline {deadline:date}" },
      "installment-first": { zh: "签署《商品房买卖合同》前须先交付首期楼款", en: "the first installment is paid before the sales contract is signed" },
      "nothing-to-sign": { zh: "没有等待签约的认购（当前{status:enum}）", en: "no subscription awaiting its contract (now {status:enum})" },
      "no-deadline": { zh: "{on:date}：没有进行中的期限", en: "{on:date}: no deadline running" },
      "not-passed": { zh: "{on:date}未过期限{deadline:date}", en: "deadline {deadline:date} not passed on {on:date}" },
      forfeited: {
        zh: "{on:date}已逾期（期限{deadline:date}）：视为自动放弃认购权，{unit}另作处理，定金不予退还",
        en: "overdue on {on:date} (deadline {deadline:date}): subscription forfeited, {unit} released, deposit not refunded",
      },
      replayed: {
        zh: "{accepted:count}个事项办理，{refused:count}个被拒；最终状态{status:enum}",
        en: "{accepted:count} event(s) accepted, {refused:count} refused; status {status:enum}",
      },
      ended,
    },
  },
  "SUB-CHG-1": {
    module: "subscription",
    zh: "签认购书后、签合同前更换认购单位每次500元",
    en: "Each unit change between agreement and contract costs ¥500",
    source: `${p2} 二.4`,
    facts: {
      changed: { zh: "认购单位由{from}更换为{to}：手续费{fee:money}", en: "unit {from} changed to {to}: fee {fee:money}" },
      "not-between": {
        zh: "只有签署《认购书》后、签署《商品房买卖合同》前可更换认购单位（当前{status:enum}）",
        en: "a unit change is only possible between the agreement and the contract (now {status:enum})",
      },
      "same-unit": { zh: "{unit}已是认购单位", en: "{unit} is already the subscribed unit" },
    },
  },
  "SUB-CHG-2": {
    module: "subscription",
    zh: "签合同后变更业权人须出售方同意并缴1000元",
    en: "After the contract an owner change needs the seller's consent and costs ¥1,000",
    source: `${p2} 二.4`,
    facts: {
      changed: { zh: "经出售方同意，业权人由{from:list}变更为{to:list}：手续费{fee:money}", en: "owners {from:list} → {to:list} with the seller's consent: fee {fee:money}" },
      "before-contract": { zh: "须知只规定签署合同后的业权人变更（当前{status:enum}）", en: "the notice provides owner changes after the sales contract (now {status:enum})" },
      "no-consent": { zh: "变更业权人须征得出售方同意", en: "an owner change needs the seller's consent" },
    },
  },
  "SUB-SIGN-1": {
    module: "subscription",
    zh: "所有业权人须亲自签约，或凭公证委托书代签（外籍须领事馆公证并附中文译本）",
    en: "All named owners sign in person or by notarised power of attorney (foreigners: consular notarisation plus Chinese translation)",
    source: `${p2} 三.1`,
    facts: {
      signed: { zh: "全部{count:count}位署名业主（{owners:list}）亲自或凭经公证的委托书签约", en: "all {count:count} named owner(s) ({owners:list}) signed in person or by notarised proxy" },
      "owner-missing": { zh: "{owner}既未亲自签约，也无经公证的委托书", en: "{owner} neither signs in person nor by notarised power of attorney" },
      "not-notarised": { zh: "{owner}的委托书未经公证", en: "{owner}'s power of attorney is not notarised" },
      "foreign-proxy": {
        zh: "{owner}为外籍人士：委托书须在领事馆公证，并有外文原件和中文翻译件",
        en: "{owner} is foreign: the power of attorney needs consular notarisation, the original and a Chinese translation",
      },
      checklist,
    },
  },
  "SUB-SIGN-2": {
    module: "subscription",
    zh: "签约携带认购书、定金收据、身份证原件及复印件；按揭另带夫妻身份证、户口簿或单身证明、银行卡、收入证明",
    en: "Bring the agreement, deposit receipt, ID and copies; mortgage buyers also spouses' IDs, household register or single-status certificates, bank card and income certificate",
    source: `${p2} 三.2`,
    facts: { checklist },
  },
  "SUB-SIGN-3": {
    module: "subscription",
    zh: "交付首期楼款后不得更换单位及付款方式",
    en: "Once the first installment is paid, no unit change and no change of payment method",
    source: `${p2} 三.3`,
    facts: {
      locked: { zh: "首期楼款已交：不再办理{change:enum}", en: "the first installment is paid: no {change:enum}" },
      "from-now": { zh: "此后不再办理换房和转换付款方式手续", en: "from now on no unit change and no change of payment method" },
      "method-changed": { zh: "首期楼款交付前，付款方式由{from:enum}改为{to:enum}", en: "payment method {from:enum} → {to:enum}, before the first installment" },
    },
  },
  "SUB-SIGN-4": {
    module: "subscription",
    zh: "按合同约定日期付款，不另行通知",
    en: "Installments are due on the contract dates with no further notice",
    source: `${p2} 三.4`,
    facts: {
      scheduled: { zh: "{installments:count}期楼款按合同日期交纳，第一期{first:date}，不另行通知", en: "{installments:count} installment(s) due on the contract dates from {first:date}; no further notice" },
      due: { zh: "截至{on:date}按合同应交{due:count}期楼款，出售方不另行通知", en: "{due:count} installment(s) due by {on:date} on the contract dates; the seller sends no notice" },
    },
  },
  "SUB-LAW-1": {
    module: "subscription",
    zh: "定金不得超过主合同标的额的20%，超过部分不产生定金效力",
    en: "A deposit above 20% of the contract price is no deposit for the excess: the excess is returned like a prepayment",
    source: `${civil}第586条`,
    facts: {
      excess: {
        zh: "定金{deposit:money}超过价款{price:money}的{rate:percent}（上限{cap:money}，向下取整到分）：仅{effect:money}产生定金效力，超出的{excess:money}返还",
        en: "deposit {deposit:money} is above {rate:percent} of the price {price:money} (cap {cap:money}, rounded down to the fen): only {effect:money} acts as a deposit, {excess:money} is returned",
      },
      flag: {
        zh: "注意：定金{deposit:money}超过价款{price:money}的{rate:percent}，仅{cap:money}产生定金效力（向下取整到分）",
        en: "flag: the deposit {deposit:money} is above {rate:percent} of the price {price:money}; only {cap:money} acts as a deposit (rounded down to the fen)",
      },
    },
  },
  "SUB-LAW-2": {
    module: "subscription",
    zh: "给付定金一方违约无权请求返还定金；收受定金一方违约应双倍返还定金",
    en: "The buyer who defaults loses the deposit; the seller who defaults returns it double",
    source: `${civil}第587条`,
    facts: {
      "buyer-default": { zh: "买受人（给付定金一方）违约：定金{kept:money}不予返还", en: "the buyer defaulted: the seller keeps the deposit {kept:money}" },
      "seller-default": { zh: "出卖人（收受定金一方）违约：双倍返还定金，共{paid:money}", en: "the seller defaulted: the deposit is returned double, {paid:money}" },
      "after-contract": {
        zh: "签署《商品房买卖合同》后的解除按合同约定处理，不按认购定金处理",
        en: "after the sales contract a cancellation is settled under the contract, not the subscription deposit",
      },
      ended,
    },
  },
  "SUB-LAW-3": {
    module: "subscription",
    zh: "因不可归责于双方的事由未能订立商品房买卖合同的，出卖人应将定金返还买受人",
    en: "If the sales contract is not concluded for a reason neither party is to blame for, the seller returns the deposit",
    source: `${spc}第4条`,
    facts: {
      "no-fault": { zh: "不可归责于双方：定金{returned:money}返还买受人", en: "neither party is at fault: the deposit {returned:money} is returned" },
    },
  },
  "SUB-LAW-4": {
    module: "subscription",
    zh: "债务履行后定金应当抵作价款或者收回",
    en: "When the buyer performs, the deposit counts toward the price",
    source: `${civil}第587条第一句`,
    facts: {
      "toward-price": { zh: "定金{deposit:money}抵作价款", en: "the deposit {deposit:money} counts toward the price" },
      "installment-returned": { zh: "已付首期楼款{amount:money}属价款而非定金：予以返还", en: "the first installment {amount:money} is part of the price, not a deposit: returned" },
    },
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const subscriptionTerms = {
  // subscription statuses
  "card-holder": { zh: "持卡未认购", en: "card holder" },
  subscribed: { zh: "已签认购书", en: "subscribed" },
  "first-installment-paid": { zh: "已交首期楼款", en: "first installment paid" },
  contracted: { zh: "已签买卖合同", en: "contracted" },
  forfeited: { zh: "逾期放弃", en: "forfeited" },
  cancelled: { zh: "已解除", en: "cancelled" },
  void: { zh: "已作废", en: "void" },
  // how the deposit is paid
  cash: { zh: "现金", en: "cash" },
  transfer: { zh: "转账", en: "transfer" },
  card: { zh: "刷卡", en: "card" },
  // payment methods
  full: { zh: "一次性付款", en: "full payment" },
  mortgage: { zh: "按揭付款", en: "mortgage" },
  // service order
  "card-number": { zh: "卡号顺序", en: "card-number order" },
  "gold-first": { zh: "金卡优先、再按卡号顺序", en: "gold cards first, then card-number order" },
  // buyers and stages of the checklist
  individual: { zh: "个人购房", en: "an individual" },
  minor: { zh: "未成年人购房", en: "a minor" },
  company: { zh: "公司购房", en: "a company" },
  foreigner: { zh: "外籍人士购房", en: "a foreign national" },
  subscribe: { zh: "认购", en: "subscription" },
  sign: { zh: "签约", en: "signing" },
  // what SUB-SIGN-3 locks
  "unit-change": { zh: "换房手续", en: "unit change" },
  "payment-method-change": { zh: "转换付款方式手续", en: "change of payment method" },
} as const satisfies TermTable;
