import type { RuleEntry, TermTable } from "./types";

// The seed project's fee sheet: 《房地产销售现场管理关系客户购买须知》篇2 认购须知 §四 (the sheet says its figures
// are for reference and the latest official notice prevails).
const sheet = "《房地产销售现场管理关系客户购买须知》篇2 认购须知 §四";

/**
 * How a schedule line speaks, by line kind: every rule that can stand on a schedule line
 * (see feeSchedules) carries these, so any line of any schedule explains itself.
 */
const lineFacts = {
  "percent-of-price": { zh: "{label:label}：{base:money} × {rate:percent} = {amount:money}", en: "{label:label}: {base:money} × {rate:percent} = {amount:money}" },
  tiered: { zh: "{label:label}（{note:label}）：{base:money} × {rate:percent} = {amount:money}", en: "{label:label} ({note:label}): {base:money} × {rate:percent} = {amount:money}" },
  "per-area": { zh: "{label:label}：{area:area} × 每平方米{perM2:money} = {amount:money}", en: "{label:label}: {area:area} × {perM2:money} per m² = {amount:money}" },
  "per-unit": { zh: "{label:label}：每件{each:money} × {count:count}件 = {amount:money}", en: "{label:label}: {each:money} per unit × {count:count} = {amount:money}" },
  "per-household": { zh: "{label:label}：每户{each:money} × {count:count}户 = {amount:money}", en: "{label:label}: {each:money} per household × {count:count} = {amount:money}" },
  exempt: { zh: "{label:label}：免征（{reason:label}），{amount:money}", en: "{label:label}: exempt ({reason:label}), {amount:money}" },
} as const;

/** Fees, taxes and mortgage plans: the seed project's sheet and the national rules in force. */
export const feeRules = {
  "FEE-1": { module: "fees", zh: "契税：总房价的2%", en: "Deed tax: 2% of the total price", source: `${sheet} 1 契税`, facts: lineFacts },
  "FEE-2": { module: "fees", zh: "公共维修基金：按建筑面积每平方米35元", en: "Maintenance fund: ¥35 per m² of building area", source: `${sheet} 2 公共维修基金`, facts: lineFacts },
  "FEE-3": { module: "fees", zh: "产权登记及抵押登记代办费：每户200元", en: "Title and mortgage registration agency fee: ¥200 per unit", source: `${sheet} 3 产权登记及抵押登记代办费`, facts: lineFacts },
  "FEE-4": { module: "fees", zh: "印花税：总房价×0.3‰", en: "Stamp duty: total price × 0.3‰", source: `${sheet} 4 印花税`, facts: lineFacts },
  "FEE-5": { module: "fees", zh: "房屋产权登记费：总房价×0.15%", en: "Title registration fee: total price × 0.15%", source: `${sheet} 5 房屋产权登记费`, facts: lineFacts },
  "FEE-6": { module: "fees", zh: "有线电视建设费：每户350元", en: "Cable TV construction fee: ¥350 per household", source: `${sheet} 6 有线电视建设费`, facts: lineFacts },
  "FEE-7": { module: "fees", zh: "管道煤气建设费：每户900元", en: "Gas pipeline construction fee: ¥900 per household", source: `${sheet} 7 管道煤气建设费`, facts: lineFacts },
  "FEE-8": { module: "fees", zh: "管道煤气开通费：每户2400元", en: "Gas connection fee: ¥2,400 per household", source: `${sheet} 8 管道煤气开通费`, facts: lineFacts },
  "FEE-9": { module: "fees", zh: "电话开通费：每户308元", en: "Telephone connection fee: ¥308 per household", source: `${sheet} 9 电话开通费`, facts: lineFacts },
  "FEE-AREA": {
    module: "fees",
    zh: "建筑面积以测绘面积为准",
    en: "Building area is the surveyed area",
    source: `${sheet} (“以测绘面积为准”)`,
    facts: {
      surveyed: { zh: "建筑面积{area:area}，以测绘面积为准", en: "building area {area:area}, the surveyed area" },
    },
  },
  "FEE-SCHEDULE": {
    module: "fees",
    zh: "按申报契税之日选用有效的收费标准版本",
    en: "The schedule version in force on the day the deed tax is declared applies; a date no version covers is an error",
    source: `${sheet} (“仅供参考，以最新官方通知为准”)`,
    facts: {
      undated: { zh: "收费标准 {schedule} 的版本 {version} 不分日期适用", en: "schedule {schedule} version {version} is undated: it applies on any date" },
      "only-version": { zh: "未给出日期：收费标准 {schedule} 只有一个版本 {version}，即用此版本", en: "no date given: schedule {schedule} has one version, {version}, which applies" },
      "in-force": { zh: "{date:date}适用收费标准 {schedule} 的版本 {version}（{from:date}至{to:date}）", en: "on {date:date} schedule {schedule} version {version} is in force ({from:date} to {to:date})" },
      "in-force-from": { zh: "{date:date}适用收费标准 {schedule} 的版本 {version}（{from:date}起）", en: "on {date:date} schedule {schedule} version {version} is in force (from {from:date})" },
      "unused-parameters": { zh: "版本 {version} 不使用参数 {unused:list}（请检查拼写）；它的参数：{known:list}", en: "version {version} does not use the parameters {unused:list} (check the spelling); its parameters: {known:list}" },
      "default-parameter": { zh: "未给出参数 {name}：采用收费标准的默认值 {value}", en: "parameter {name} not given: the schedule's default {value} applies" },
    },
  },
  "FEE-CITY": {
    module: "fees",
    zh: "城市按已知城市表识别（代码、中文名或英文名），未知名称拒绝，不猜测",
    en: "A city is recognised from the known list (code, Chinese or English name); an unknown name is refused, never guessed",
    source: "common practice: city names as in 《中华人民共和国行政区划代码》(GB/T 2260); the first-tier exception of 财税〔2016〕23号 第三条 names 北京、上海、广州、深圳",
    facts: {
      recognised: { zh: "城市“{given}”识别为{city:label}", en: "city “{given}” recognised as {city:label}" },
      other: { zh: "城市为其他城市（不在已知城市表中，且非北京、上海、广州、深圳）", en: "the city is another city (not on the known list, and not Beijing, Shanghai, Guangzhou or Shenzhen)" },
    },
  },
  "FEE-NAT-DEED": {
    module: "fees",
    zh: "契税（2024-12-01起）：家庭唯一住房或第二套住房≤140㎡ 1%；唯一住房>140㎡ 1.5%；第二套>140㎡ 2%；三套及以上按地方法定税率",
    en: "Deed tax from 2024-12-01: a household's only or second home ≤ 140 m² 1%; only home > 140 m² 1.5%; second home > 140 m² 2%; third and later the local statutory rate",
    source: "财政部 税务总局 住房城乡建设部公告2024年第16号 (from 2024-12-01)",
    facts: lineFacts,
  },
  "FEE-NAT-DEED-2016": {
    module: "fees",
    zh: "契税（2016-02-22至2024-11-30）：首套≤90㎡ 1%、>90㎡ 1.5%；二套≤90㎡ 1%、>90㎡ 2%（北上广深不适用二套优惠）",
    en: "Deed tax 2016-02-22 to 2024-11-30: 1st home ≤ 90 m² 1%, > 90 m² 1.5%; 2nd ≤ 90 m² 1%, > 90 m² 2% (no 2nd-home relief in Beijing, Shanghai, Guangzhou, Shenzhen)",
    source: "财税〔2016〕23号 (from 2016-02-22; 第三条: 北京、上海、广州、深圳暂不实施第二套住房优惠)",
    facts: lineFacts,
  },
  "FEE-NAT-VAT-BASE": {
    module: "fees",
    zh: "契税计税价格不含增值税（2016-05-01起）；未给出发票增值税额时按当日增值税税率估算",
    en: "From 2016-05-01 the deed-tax base is the price without VAT; without the invoice's VAT it is estimated at the rate in force on the date",
    source: "财税〔2016〕43号 §一 (from 2016-05-01), restated for the Deed Tax Law by 财政部 税务总局公告2021年第23号; VAT rates 11% (财税〔2016〕36号), 10% from 2018-05-01 (财税〔2018〕32号), 9% from 2019-04-01 (财政部 税务总局 海关总署公告2019年第39号); 5% simplified method (财税〔2016〕36号 附件2)",
    facts: {
      invoice: { zh: "计税价格：房价{price:money}减发票增值税{vat:money}，为{base:money}", en: "deed-tax base: price {price:money} less the invoice's VAT {vat:money} = {base:money}" },
      estimate: {
        zh: "未给出发票增值税额：按{date:date}有效的{method:enum}{vatRate:percent}估算增值税{vat:money}，计税价格{base:money}（估算值：土地价款扣除使实际增值税更少）",
        en: "the invoice's VAT not given: estimated at the {method:enum} of {vatRate:percent} in force on {date:date} as {vat:money}, base {base:money} (an estimate: the land-price deduction makes the real VAT smaller)",
      },
      "before-vat": { zh: "{date:date}早于{from:date}（营改增之前）：计税价格为全部房价{price:money}", en: "{date:date} is before {from:date} (before VAT replaced business tax): the base is the full price {price:money}" },
    },
  },
  "FEE-NAT-STAMP": {
    module: "fees",
    zh: "个人销售或购买住房暂免征收印花税",
    en: "Stamp duty on an individual's purchase of a home is exempt",
    source: "财税〔2008〕137号 第二条 (from 2008-11-01)",
    facts: lineFacts,
  },
  "FEE-NAT-REG": {
    module: "fees",
    zh: "住宅类不动产登记费每件80元",
    en: "Residential real-estate registration fee: ¥80 per unit (件)",
    source: "发改价格规〔2016〕2559号",
    facts: lineFacts,
  },
  "FEE-NAT-FUND": {
    module: "fees",
    zh: "住宅专项维修资金：按当地建安工程造价的5%–8%每平方米交存，由当地规定",
    en: "Maintenance fund: 5–8% of the local construction cost per m², set locally",
    source: "《住宅专项维修资金管理办法》(建设部 财政部令第165号, 2007) 第七条",
    facts: lineFacts,
  },
  "MORT-1": {
    module: "fees",
    zh: "等额本息：按年金公式计算月供，四舍五入到分，末期还清剩余本金",
    en: "Equal installments: the annuity payment rounded to the fen; the last month repays what is left",
    source: "common practice: 等额本息还款法 of bank and 住房公积金 loan contracts, payment = P·r·(1+r)^n ÷ ((1+r)^n − 1) with r = annual rate ÷ 12",
    facts: {
      "level-payment": {
        zh: "等额本息：贷款{principal:money}，年利率{annualRatePercent}%，{months:months}，月供按年金公式四舍五入为{payment:money}，末期还清剩余本金",
        en: "equal installments: {principal:money} at {annualRatePercent}% a year over {months:months}; the annuity payment rounds to {payment:money}; the last month repays what is left",
      },
    },
  },
  "MORT-2": {
    module: "fees",
    zh: "等额本金：每月本金 = 贷款本金 ÷ 月数，四舍五入到分，末月偿还余下本金；利息按剩余本金计算",
    en: "Equal principal: the monthly principal is the loan ÷ months rounded to the fen, the last month repays the remainder; interest on the remaining balance",
    source: "common practice: 等额本金还款法 as banks and 住房公积金 centres print it (每月本金 = 本金 ÷ 月数, rounded to the fen, the last month taking the remainder)",
    facts: {
      "principal-per-month": {
        zh: "等额本金：贷款{principal:money}分{months:months}偿还，每月本金{perMonth:money}（四舍五入到分），末月偿还余下本金，利息按剩余本金计算",
        en: "equal principal: {principal:money} over {months:months}, {perMonth:money} of principal a month (rounded to the fen), the last month repays the remainder; interest on the remaining balance",
      },
    },
  },
  "MORT-INTEREST": {
    module: "fees",
    zh: "每月利息 = 月初剩余本金 × 年利率 ÷ 12，逐月四舍五入到分；每期还款 = 本金 + 利息",
    en: "Each month's interest is the remaining balance × annual rate ÷ 12, rounded half-up to the fen; each payment is principal + interest",
    source: "common practice: banks and 住房公积金 centres charge interest monthly on the remaining principal at the annual rate ÷ 12 (按月计息)",
    facts: {
      totals: {
        zh: "每月利息按剩余本金 × 年利率 ÷ 12 四舍五入到分；共{payments:count}期，末期还款{lastPayment:money}，还款合计{totalPayment:money}，其中利息{totalInterest:money}",
        en: "each month's interest is the balance × annual rate ÷ 12 rounded half-up to the fen; {payments:count} payments, the last {lastPayment:money}, {totalPayment:money} in all, of which {totalInterest:money} interest",
      },
    },
  },
  "MORT-LPR": {
    module: "fees",
    zh: "利率调整（LPR重定价）：自调整月起按新利率计息；等额本息按剩余本金和剩余期数重算月供，等额本金每月本金不变",
    en: "Rate change (LPR repricing): interest at the new rate from its month on; equal installments recompute the payment on the remaining balance over the remaining months, equal principal keeps its monthly principal",
    source: "中国人民银行公告〔2019〕第16号 (new commercial home loans priced at the LPR plus a fixed 加点, from 2019-10-08); 中国人民银行公告〔2019〕第30号 (existing loans converted to LPR + 加点, repriced on the repricing date)",
    facts: {
      "repriced-installment": {
        zh: "第{month}期起年利率调整为{annualRatePercent}%：按剩余本金{balance:money}、剩余{months:months}重算月供为{payment:money}",
        en: "from month {month} the rate is {annualRatePercent}% a year: the payment on the remaining {balance:money} over the remaining {months:months} is {payment:money}",
      },
      "repriced-principal": {
        zh: "第{month}期起年利率调整为{annualRatePercent}%：每月本金不变，利息按剩余本金{balance:money}以新利率计算",
        en: "from month {month} the rate is {annualRatePercent}% a year: the monthly principal stays, interest on the remaining {balance:money} at the new rate",
      },
      "not-reached": {
        zh: "第{month}期起的利率调整未适用：贷款在第{lastMonth}期已还清",
        en: "the rate change from month {month} does not apply: the loan is repaid in month {lastMonth}",
      },
    },
  },
  "MORT-PREPAY": {
    module: "fees",
    zh: "提前部分还款：在当月还款后偿还，不得超过剩余本金；可选减少月供（期限不变）或缩短期限（月供不变）",
    en: "Partial prepayment: paid after that month's instalment, never more than the balance; either a lower payment over the same term or the same payment over a shorter term",
    source: "common practice: 提前部分还款 under bank and 住房公积金 loan contracts, with the choice of 减少月供、期限不变 or 月供不变、缩短期限",
    facts: {
      "reduce-payment": {
        zh: "第{month}期还款后提前还款{amount:money}，剩余本金{balance:money}；期限不变（还剩{months:months}），月供减为{payment:money}",
        en: "after month {month} a prepayment of {amount:money} leaves {balance:money}; same term ({months:months} left), the payment falls to {payment:money}",
      },
      "reduce-principal": {
        zh: "第{month}期还款后提前还款{amount:money}，剩余本金{balance:money}；期限不变（还剩{months:months}），每月本金减为{perMonth:money}",
        en: "after month {month} a prepayment of {amount:money} leaves {balance:money}; same term ({months:months} left), the monthly principal falls to {perMonth:money}",
      },
      "shorten-term": {
        zh: "第{month}期还款后提前还款{amount:money}，剩余本金{balance:money}；月供{payment:money}不变，期限缩短至第{lastMonth}期",
        en: "after month {month} a prepayment of {amount:money} leaves {balance:money}; the payment stays {payment:money} and the loan ends in month {lastMonth}",
      },
      "shorten-term-principal": {
        zh: "第{month}期还款后提前还款{amount:money}，剩余本金{balance:money}；每月本金{perMonth:money}不变，期限缩短至第{lastMonth}期",
        en: "after month {month} a prepayment of {amount:money} leaves {balance:money}; the monthly principal stays {perMonth:money} and the loan ends in month {lastMonth}",
      },
      "paid-off": {
        zh: "第{month}期还款后提前还款{amount:money}，贷款全部还清",
        en: "after month {month} a prepayment of {amount:money} repays the loan in full",
      },
    },
  },
  "MORT-3": {
    module: "fees",
    zh: "组合贷：公积金贷款与商业贷款分别计息，月供相加",
    en: "Combination loan: provident-fund and commercial loans each at their own rate; monthly payments add up",
    source: "common practice: 组合贷款 of a 住房公积金 loan (《住房公积金管理条例》) and a commercial loan, each with its own rate and schedule",
    facts: {
      combination: {
        zh: "组合贷：公积金贷款{fund:money} + 商业贷款{commercial:money} = {total:money}，两笔分别计息，月供相加",
        en: "combination loan: provident fund {fund:money} + commercial {commercial:money} = {total:money}, each at its own rate; the monthly payments add up",
      },
    },
  },
  "MORT-DOWN": {
    module: "fees",
    zh: "首付款 = 房价 × 首付比例，贷款额 = 房价 − 首付款",
    en: "Down payment = price × ratio; the loan is the rest of the price",
    source: "common practice: the down-payment ratio agreed with the lender; 首期楼款 as in 《房地产销售现场管理关系客户购买须知》篇2 认购须知 §二.3",
    facts: {
      "down-payment": {
        zh: "首付款 = {price:money} × {ratio:percent} = {downPayment:money}（四舍五入到分），贷款合计{loanTotal:money}",
        en: "down payment {price:money} × {ratio:percent} = {downPayment:money} (rounded half-up to the fen); loans {loanTotal:money}",
      },
      loan: {
        zh: "{kind:enum}{principal:money}：{method:enum}，{months:months}，年利率{annualRatePercent}%",
        en: "{kind:enum} {principal:money}: {method:enum} over {months:months} at {annualRatePercent}% a year",
      },
    },
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const feeTerms = {
  "provident-fund": { zh: "公积金贷款", en: "provident-fund loan" },
  commercial: { zh: "商业贷款", en: "commercial loan" },
  "equal-installment": { zh: "等额本息", en: "equal installments" },
  "equal-principal": { zh: "等额本金", en: "equal principal" },
  "vat-general": { zh: "一般计税方法税率", en: "general VAT rate" },
  "vat-simplified": { zh: "简易计税方法征收率", en: "simplified-method VAT rate" },
} as const satisfies TermTable;
