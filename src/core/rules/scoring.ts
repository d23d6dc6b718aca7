import type { RuleEntry, TermTable } from "./types";

// Document titles as auditors know them (the seed files they come from: 000 … 004).
const qa = "a public Q&A thread on keeping real-estate customers (replies by 大爍的生活日記 and 江浙滬一手房I牛浩天), reply 2";
const buy = "《房地产销售现场管理关系客户购买须知》";
const keep = "《房地产客户跟踪及维护技巧》";
const chain = "《客户链的建立及销售渠道的探索》";
const touch = "《销售现场客户接触点标准化体系》";

/** 客户分级: grading, value and maintenance, plus the common practice beyond the documents. */
export const scoringRules = {
  "SCO-1": {
    module: "scoring",
    zh: "购买量×忠诚度：低量不忠诚放弃；高量不忠诚最危险；低量忠诚培养；高量忠诚最有价值",
    en: "Volume × loyalty: drop / most dangerous / cultivate / most valuable",
    source: `${qa} §1 A–D`,
    facts: {
      drop: { zh: "购买量{volume}低于{highVolumeFrom}，忠诚度{loyalty}低于{highLoyaltyFrom}：低量不忠诚，没有价值，该淘汰的就淘汰", en: "volume {volume} below {highVolumeFrom}, loyalty {loyalty} below {highLoyaltyFrom}: low volume and disloyal — no value, drop when it is time" },
      watch: { zh: "购买量{volume}达到{highVolumeFrom}，忠诚度{loyalty}低于{highLoyaltyFrom}：高量不忠诚，最危险的敌人，密切关注", en: "volume {volume} reaches {highVolumeFrom}, loyalty {loyalty} below {highLoyaltyFrom}: high volume and disloyal — the most dangerous, watch closely" },
      cultivate: { zh: "购买量{volume}低于{highVolumeFrom}，忠诚度{loyalty}达到{highLoyaltyFrom}：低量忠诚，明日之星，扶持培养", en: "volume {volume} below {highVolumeFrom}, loyalty {loyalty} reaches {highLoyaltyFrom}: low volume and loyal — tomorrow's star, cultivate" },
      keep: { zh: "购买量{volume}达到{highVolumeFrom}，忠诚度{loyalty}达到{highLoyaltyFrom}：高量忠诚，最宝贵的财富，全力保持", en: "volume {volume} reaches {highVolumeFrom}, loyalty {loyalty} reaches {highLoyaltyFrom}: high volume and loyal — the most valuable, keep" },
    },
  },
  "SCO-2": {
    module: "scoring",
    zh: "信用×销售能力：两者俱佳者最受欢迎",
    en: "Credit × selling ability: both good is the most wanted",
    source: `${qa} §2 1–3`,
    facts: {
      "most-wanted": { zh: "信用{credit}达到{goodCreditFrom}，销售能力{sellingAbility}达到{strongAbilityFrom}：两者俱佳，最受欢迎", en: "credit {credit} reaches {goodCreditFrom}, selling ability {sellingAbility} reaches {strongAbilityFrom}: both good — the most wanted" },
      steady: { zh: "信用{credit}达到{goodCreditFrom}，销售能力{sellingAbility}低于{strongAbilityFrom}：信用好、销售能力弱（坐商），稳定但难以增长", en: "credit {credit} reaches {goodCreditFrom}, selling ability {sellingAbility} below {strongAbilityFrom}: good credit, weak selling — stable, will not grow the business" },
      "fast-but-risky": { zh: "信用{credit}低于{goodCreditFrom}，销售能力{sellingAbility}达到{strongAbilityFrom}：销售能力强、信用条件差，增长快，须留足回款时间", en: "credit {credit} below {goodCreditFrom}, selling ability {sellingAbility} reaches {strongAbilityFrom}: strong selling, poor credit — fast growth, leave time to collect payment" },
      weak: { zh: "信用{credit}低于{goodCreditFrom}，销售能力{sellingAbility}低于{strongAbilityFrom}：两者皆弱（原文未列此格）", en: "credit {credit} below {goodCreditFrom}, selling ability {sellingAbility} below {strongAbilityFrom}: both weak (a cell the source does not name)" },
    },
  },
  "SCO-3": {
    module: "scoring",
    zh: "按规模、盈利、前景、价格、需求稳定、及时付款、信用分A/B/C",
    en: "A/B/C by scale, profitability, prospects, price, stable demand, timely payment, credit",
    source: `${buy}篇7 §4.3`,
    facts: {
      met: { zh: "满足{count:count}项（共{of:count}项）：{met:list}", en: "meets {count:count} of {of:count}: {met:list}" },
      "none-of": { zh: "{criteria:list}一项都不满足：C类", en: "meets none of {criteria:list}: C" },
      "grade-a": { zh: "满足{count:count}项，不少于{minimum:count}项：A类", en: "{count:count} criteria met, at least {minimum:count}: A" },
      "grade-a-required": { zh: "满足{count:count}项，不少于{minimum:count}项，且满足{required:list}：A类", en: "{count:count} criteria met, at least {minimum:count}, including {required:list}: A" },
      "grade-b": { zh: "满足{count:count}项，不少于{minimum:count}项：B类", en: "{count:count} criteria met, at least {minimum:count}: B" },
      "grade-b-required": { zh: "满足{count:count}项，不少于{minimum:count}项，且满足{required:list}：B类", en: "{count:count} criteria met, at least {minimum:count}, including {required:list}: B" },
      "grade-c": { zh: "满足{count:count}项，未达B类：C类", en: "{count:count} criteria met, below B: C" },
    },
  },
  "SCO-4": {
    module: "scoring",
    zh: "按购买量分钻石/金/银/普通；按动机分价格型、保障型、品牌服务型、关系型；付款类型；稳定性",
    en: "Volume tiers (diamond/gold/silver/general); motive types; payment type; stability",
    source: `${buy}篇9 §三.2–3`,
    facts: {
      tier: { zh: "年购买量{volume:money}，不低于{from:money}：{tier}", en: "annual volume {volume:money}, at least {from:money}: {tier}" },
      "price-sensitive": { zh: "最看重价格（价格型）：按市场成交价给予合理折让", en: "values price most (price-sensitive): give a fair discount at the market's dealing price" },
      "supply-security": { zh: "最看重供应保障（保障型）：签订保障供应（房源与交付）的协议", en: "values secure supply most (supply-security): sign an agreement that secures supply (the unit and its delivery)" },
      "brand-service": { zh: "最看重品牌与服务（品牌服务型）：价格可以高些，服务要更快更好（绿色通道）", en: "values brand and service most (brand-service): the price may be higher; serve faster and better (a green channel)" },
      relationship: { zh: "最看重关系（关系型）：定期联谊，多上门拜访", en: "values the relationship most (relationship): hold regular get-togethers and visit in person more" },
      "no-motive": { zh: "未给出动机评分", en: "no motive scores given" },
    },
  },
  "SCO-5": {
    module: "scoring",
    zh: "五项筛选标准：购买额、盈利、安全（回款）、未来前景、合作",
    en: "Five screening criteria: purchase amount, profitability, safety, prospects, cooperation",
    source: `${touch} ch.7 7.2.1 §3`,
    facts: {
      met: { zh: "满足{count:count}项（共{of:count}项）：{met:list}", en: "meets {count:count} of {of:count}: {met:list}" },
      "none-of": { zh: "{criteria:list}一项都不满足（无利润贡献、无发展潜力）：C类，淘汰", en: "meets none of {criteria:list} (no profit, no prospects): C, drop" },
      "grade-a": { zh: "满足{count:count}项，不少于{minimum:count}项：A类（重点客户）", en: "{count:count} criteria met, at least {minimum:count}: A (key customer)" },
      "grade-a-required": { zh: "满足{count:count}项，不少于{minimum:count}项，且满足{required:list}：A类（重点客户）", en: "{count:count} criteria met, at least {minimum:count}, including {required:list}: A (key customer)" },
      "grade-b": { zh: "满足{count:count}项，不少于{minimum:count}项：B类", en: "{count:count} criteria met, at least {minimum:count}: B" },
      "grade-b-required": { zh: "满足{count:count}项，不少于{minimum:count}项，且满足{required:list}：B类", en: "{count:count} criteria met, at least {minimum:count}, including {required:list}: B" },
      "grade-c": { zh: "满足{count:count}项，未达B类：C类", en: "{count:count} criteria met, below B: C" },
    },
  },
  "SCO-6": {
    module: "scoring",
    zh: "二八法则；532组合：20%深度开发、30%普通、50%休眠",
    en: "Pareto 80/20; the 532 mix: 20% deep, 30% ordinary, 50% dormant",
    source: `${keep} (80%的业绩出自20%的客户; 客户经营的532)`,
    facts: {
      "top-set": {
        zh: "{customers:count}位客户中前{top:count}位（{customerShare:percent}）贡献{topRevenue:money}，占总额{totalRevenue:money}的{revenueShare:percent}，达到目标{target:percent}",
        en: "the top {top:count} of {customers:count} customers ({customerShare:percent}) bring {topRevenue:money} of {totalRevenue:money} ({revenueShare:percent}), reaching the target {target:percent}",
      },
      warned: {
        zh: "深度{deep:count}、普通{ordinary:count}、沉睡{dormant:count}（共{customers:count}位）；沉睡占比达到警示线{warnAt:percent}：与“532”一样差，须唤醒沉睡客户",
        en: "deep {deep:count}, ordinary {ordinary:count}, dormant {dormant:count} (of {customers:count}); the dormant share reaches the warning line {warnAt:percent}: as bad as the 532 — wake the dormant",
      },
      fine: {
        zh: "深度{deep:count}、普通{ordinary:count}、沉睡{dormant:count}（共{customers:count}位）；沉睡占比低于警示线{warnAt:percent}：好于“532”",
        en: "deep {deep:count}, ordinary {ordinary:count}, dormant {dormant:count} (of {customers:count}); the dormant share is below the warning line {warnAt:percent}: better than the 532",
      },
    },
  },
  "SCO-7": {
    module: "scoring",
    zh: "维护记录超过30天未更新即为沉睡客户",
    en: "Dormant when maintenance has not been updated for more than 30 days",
    source: `${keep} (客户维护信息更新间隔超过30天)`,
    facts: {
      "dormant-count": { zh: "{customers:count}位客户中{dormant:count}位超过{limit:days}未维护（或从未维护），为沉睡客户", en: "{dormant:count} of {customers:count} customers not maintained for more than {limit:days} (or never) are dormant" },
      dormant: { zh: "客户{customer}最后维护于{since:date}，已{days:days}，超过{limit:days}：沉睡客户，请联系并记录", en: "customer {customer} last maintained on {since:date}, {days:days} ago, more than {limit:days}: dormant — contact them and record it" },
      "never-maintained": { zh: "客户{customer}从未维护：沉睡客户，请联系并记录", en: "customer {customer} was never maintained: dormant — contact them and record it" },
    },
  },
  "SCO-8": {
    module: "scoring",
    zh: "维护记录标准：短信原文；电话≥30字；拜访≥50字；活动≥30字；拜访≥30分钟；每月≥1次小活动；A类客户提前2–3周生日邀请",
    en: "Record standards: call ≥ 30, visit ≥ 50, event ≥ 30 characters; visits ≥ 30 minutes; ≥ 1 event a month; A-class birthday invitations 2–3 weeks ahead",
    source: `${keep} (维护记录录入要求; 客户拜访效果评估; 客户活动; 每月客户生日维护)`,
    facts: {
      "record-too-short": { zh: "{recordKind:label}记录{record}只有{count:count}字，少于{min:count}字：请补全记录", en: "{recordKind:label} record {record} has {count:count} characters, fewer than {min:count}: complete it" },
      "visit-too-short": { zh: "拜访{record}只有{minutes:minutes}，不足{min:minutes}：拜访须{min:minutes}以上并记录时长", en: "visit {record} lasted {minutes:minutes}, under {min:minutes}: plan visits of {min:minutes} or more and record their length" },
      "visit-length-missing": { zh: "拜访{record}未记录时长：拜访须{min:minutes}以上并记录时长", en: "visit {record} has no recorded length: plan visits of {min:minutes} or more and record their length" },
      "visit-without-key-person": { zh: "拜访{record}未见到关键人物：下次须与决策人面谈", en: "visit {record} did not reach the key person: meet the decision maker next time" },
      "no-event-this-month": { zh: "置业顾问{agent}在{month}只办了{events:count}次小活动，少于{min:count}次：请在月底前举办", en: "agent {agent} held {events:count} small events in {month}, fewer than {min:count}: hold one before the month ends" },
      "birthday-invitation-due": { zh: "客户{customer}生日{birthday:date}：生日邀请应在{from:date}至{to:date}之间发出，请于{to:date}前发出", en: "customer {customer}'s birthday is {birthday:date}: the invitation is due between {from:date} and {to:date}; send it by {to:date}" },
      "birthday-invitation-missed": { zh: "客户{customer}生日{birthday:date}：{from:date}至{to:date}之间未发生日邀请，请立即邀请并注明延误", en: "customer {customer}'s birthday is {birthday:date}: no invitation between {from:date} and {to:date}; invite now and note the delay" },
      "birthday-invitation-off-window": { zh: "客户{customer}生日{birthday:date}：邀请发于{sent:list}，不在{from:date}至{to:date}之间，请确认邀请", en: "customer {customer}'s birthday is {birthday:date}: invited on {sent:list}, not between {from:date} and {to:date}; confirm the invitation" },
      audit: { zh: "截至{asOf:date}，{records:count}条记录中发现{findings:count}项不符合记录标准", en: "as of {asOf:date}, {findings:count} record-standard findings over {records:count} records" },
    },
  },
  "SCO-9": {
    module: "scoring",
    zh: "客户终生价值 = 重复购买能力 + 转介绍购买能力；未来利润净现值减直接成本",
    en: "Lifetime value: repeat plus referral purchases; NPV of future profit less direct cost",
    source: `${keep} (重复购买能力 + 推荐购买能力); ${chain} (未来利润的期望净现值减直接成本; 历史价值、当前价值、潜在价值)`,
    facts: {
      "expected-profit": { zh: "每期预期利润 = 重复购买{repeat:money} + 转介绍{referral:money} − 直接成本{cost:money} = {expected:money}", en: "expected profit a period = repeat {repeat:money} + referral {referral:money} − direct cost {cost:money} = {expected:money}" },
      npv: { zh: "按每期折现率{rate:percent}折现{periods:count}期，每期四舍五入到分，潜在价值为{potential:money}", en: "discounted at {rate:percent} a period over {periods:count} periods, each rounded half-up to the fen: potential value {potential:money}" },
      lifetime: { zh: "终生价值 = 历史价值{historical:money} + 当前价值{current:money} + 潜在价值{potential:money} = {total:money}", en: "lifetime value = historical {historical:money} + current {current:money} + potential {potential:money} = {total:money}" },
      satisfaction: { zh: "满意度 = 体验{experience} − 期望{expectation} = {satisfaction}", en: "satisfaction = experience {experience} − expectation {expectation} = {satisfaction}" },
    },
  },
  "SCO-10": {
    module: "scoring",
    zh: "客户生命周期：可疑者→潜在客户→首次购买→重复购买→客户→会员→拥护者→合伙人；或流失",
    en: "Lifecycle: suspect → prospect → first-time → repeat → client → member → advocate → partner; or lapsed",
    source: `${chain} (猜想客户→预期客户→不合格者→首次购买→重复购买→客户→成员→拥护者→合伙人)`,
    facts: {
      suspect: { zh: "没有购买，也未经评估：可疑者", en: "no purchase, never assessed: suspect" },
      prospect: { zh: "没有购买，最近一次评估为合格：潜在客户", en: "no purchase, last assessed as qualified: prospect" },
      disqualified: { zh: "没有购买，最近一次评估为不合格：不合格者", en: "no purchase, last assessed as disqualified: disqualified" },
      lapsed: { zh: "最后一次往来在{last:date}，已{days:days}，超过{limit:days}：流失客户", en: "no event since {last:date}, {days:days} ago, more than {limit:days}: lapsed" },
      partner: { zh: "已建立合作关系：合伙人", en: "a partnership: partner" },
      advocate: { zh: "转介绍{referrals:count}次，不少于{min:count}次：拥护者", en: "{referrals:count} referrals, at least {min:count}: advocate" },
      member: { zh: "已加入会员：会员", en: "joined the membership: member" },
      "first-time-buyer": { zh: "购买{purchases:count}次：首次购买者", en: "{purchases:count} purchase: first-time buyer" },
      "repeat-buyer": { zh: "购买{purchases:count}次，不少于{min:count}次：重复购买者", en: "{purchases:count} purchases, at least {min:count}: repeat buyer" },
      client: { zh: "购买{purchases:count}次，不少于{min:count}次：客户", en: "{purchases:count} purchases, at least {min:count}: client" },
    },
  },
  "SCO-11": {
    module: "scoring",
    zh: "客户数据：年龄、婚姻、性别、收入、职业、住房、生活方式、风险态度、区域、行为、需求、关系",
    en: "Customer data used: demographics, housing, lifestyle, attitudes, region, behaviour, needs, relations",
    source: `${chain} (客户数据)`,
    facts: {
      "data-read": { zh: "读取客户{customer}的资料：{factors:count}项因子中已知{known:count}项", en: "read customer {customer}'s data: {known:count} of {factors:count} factors known" },
    },
  },
  "SCO-CARD-1": {
    module: "scoring",
    zh: "加权评分卡：各因子按分段或线性换算得分，按权重加权平均为0–100分，各因子贡献之和等于总分",
    en: "Weighted scorecard: each factor maps its value to points by bands or a linear scale; the weighted mean is the 0–100 score and the factors' contributions add up to it exactly",
    source: "common practice: weighted credit and lead scorecards that show every factor's contribution",
    facts: {
      band: { zh: "{factor}：{value}落在区间{range}，得{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: {value} is in band {range}: {points} points × weight {weight}, contributes {contribution}" },
      "band-noted": { zh: "{factor}：{value}落在区间{range}（{note}），得{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: {value} is in band {range} ({note}): {points} points × weight {weight}, contributes {contribution}" },
      "outside-bands": { zh: "{factor}：{value}不在任何区间，按缺失计{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: {value} is outside every band, missing points {points} × weight {weight}, contributes {contribution}" },
      linear: { zh: "{factor}：{value}在{range}之间按线性换算，得{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: {value} on the linear scale {range}: {points} points × weight {weight}, contributes {contribution}" },
      floor: { zh: "{factor}：{value}不高于线性下限（{range}），得{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: {value} at or below the linear floor ({range}): {points} points × weight {weight}, contributes {contribution}" },
      ceiling: { zh: "{factor}：{value}不低于线性上限（{range}），得{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: {value} at or above the linear ceiling ({range}): {points} points × weight {weight}, contributes {contribution}" },
      category: { zh: "{factor}：类别“{value}”得{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: category \"{value}\" gives {points} points × weight {weight}, contributes {contribution}" },
      otherwise: { zh: "{factor}：类别“{value}”未列出，按其他计{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: category \"{value}\" not listed, otherwise {points} points × weight {weight}, contributes {contribution}" },
      missing: { zh: "{factor}：资料未提供{measure}，按缺失计{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: the profile does not give {measure}, missing points {points} × weight {weight}, contributes {contribution}" },
      "not-a-number": { zh: "{factor}：“{value}”不是数值，按缺失计{points}分 × 权重{weight}，贡献{contribution}分", en: "{factor}: \"{value}\" is not a number, missing points {points} × weight {weight}, contributes {contribution}" },
      score: { zh: "客户{customer}得分 = Σ权重×得分 ÷ Σ权重 = {score}分（四舍五入；各因子贡献按最大余数法分配，合计等于总分）", en: "customer {customer}'s score = Σ weight × points ÷ Σ weight = {score} (half-up; contributions split by largest remainder, adding up to the score)" },
    },
  },
  "SCO-CARD-2": {
    module: "scoring",
    zh: "按分数段定等级",
    en: "The grade is the first grade whose minimum score the score reaches",
    source: "common practice: lead-scoring grade bands",
    facts: {
      grade: { zh: "{score}分，不低于{min}分：{grade}级", en: "score {score} reaches {min}: grade {grade}" },
    },
  },
  "SCO-INT-A": {
    module: "scoring",
    zh: "A级：已认购或已交大定",
    en: "Intent A: subscribed or paid a large deposit",
    source: "common practice: 案场客户意向分级",
    facts: {
      subscribed: { zh: "已认购：A级", en: "subscribed: A" },
      "large-deposit": { zh: "已交定金{deposit:money}，不低于大定{min:money}：A级", en: "deposit {deposit:money}, at least the large deposit {min:money}: A" },
    },
  },
  "SCO-INT-B": {
    module: "scoring",
    zh: "B级：已排卡/持贵宾卡，按成交概率分B+/B/B-",
    en: "Intent B: queued or holding a VIP card; B+/B/B- by probability of buying",
    source: `common practice: 案场客户意向分级; VIP cards as in ${buy}篇1`,
    facts: {
      "probability-unknown": { zh: "持卡，成交概率未知：B级", en: "card holder, probability unknown: B" },
      "b-plus": { zh: "持卡，成交概率{probability:percent}，不低于{min:percent}：B+级", en: "card holder, probability {probability:percent}, at least {min:percent}: B+" },
      b: { zh: "持卡，成交概率{probability:percent}，不低于{min:percent}：B级", en: "card holder, probability {probability:percent}, at least {min:percent}: B" },
      "b-minus": { zh: "持卡，成交概率{probability:percent}，低于{min:percent}：B-级", en: "card holder, probability {probability:percent}, below {min:percent}: B-" },
    },
  },
  "SCO-INT-C": {
    module: "scoring",
    zh: "C级：到访且有意向，按预计购买时间分C+/C/C-",
    en: "Intent C: visited with intent; C+/C/C- by expected time to buy",
    source: "common practice: 案场客户意向分级",
    facts: {
      "time-unknown": { zh: "到访且有意向，购买时间未知：C级", en: "visited with intent, time to buy unknown: C" },
      "c-plus": { zh: "到访且有意向，预计{days:days}内购买，不超过{limit:days}：C+级", en: "visited with intent, buys within {days:days}, no later than {limit:days}: C+" },
      c: { zh: "到访且有意向，预计{days:days}内购买，不超过{limit:days}：C级", en: "visited with intent, buys within {days:days}, no later than {limit:days}: C" },
      "c-minus": { zh: "到访且有意向，预计{days:days}后购买，晚于{limit:days}：C-级", en: "visited with intent, buys in {days:days}, later than {limit:days}: C-" },
    },
  },
  "SCO-INT-D": {
    module: "scoring",
    zh: "D级：无意向、同行踩盘或未留联系方式",
    en: "Intent D: no intent, a peer doing market research, or left no contact",
    source: "common practice: 案场客户意向分级",
    facts: {
      peer: { zh: "同行踩盘：D级", en: "a peer doing market research: D" },
      "no-contact": { zh: "未留联系方式：D级", en: "left no contact: D" },
      "no-stated-intent": { zh: "到访但未表达意向：D级", en: "visited without stated intent: D" },
      "no-visit": { zh: "未到访，也无意向：D级", en: "no visit and no intent: D" },
    },
  },
  "SCO-CHAR-1": {
    module: "scoring",
    zh: "字数按读者习惯计：一个字（字素）计一，空白不计，标点默认计入",
    en: "Characters are counted as a reader counts them: one per grapheme, whitespace never, punctuation by default",
    source: "common practice: 汉字字数统计, with Unicode UAX #29 grapheme clusters",
    facts: {
      policy: { zh: "按字素计字数，空白不计；标点计入：{countPunctuation:yesno}；拉丁字母与数字：{latinRuns:label}", en: "characters counted per grapheme, whitespace never; punctuation counted: {countPunctuation:yesno}; Latin letters and digits: {latinRuns:label}" },
    },
  },
  "SCO-FUN-1": {
    module: "scoring",
    zh: "渠道漏斗：每条线索成本、每成交成本、转化率",
    en: "Funnel: cost per lead, cost per deal, conversion",
    source: `${chain} (广告投放11万元，来电209个，成交27个)`,
    facts: {
      "cost-each": { zh: "投放{spend:money} ÷ {count:count}个{stage} = 每个{cost:money}", en: "{spend:money} ÷ {count:count} {stage} = {cost:money} each" },
      "no-cost": { zh: "{stage}为0个，无单位成本", en: "no {stage}: no cost each" },
      conversion: { zh: "{last:count} ÷ {first:count} = 转化率{conversion:percent}，流失{lost:count}个", en: "{last:count} ÷ {first:count} = conversion {conversion:percent}; {lost:count} lost" },
    },
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const scoringTerms = {} as const satisfies TermTable;
