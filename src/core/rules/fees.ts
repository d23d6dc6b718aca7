import type { RuleEntry, TermTable } from "./types";

const seed = "seed 001 篇2 §四";

/** Fees, taxes and mortgage plans: seed 001 篇2 §四 and the national rules in force. */
export const feeRules = {
  "FEE-1": { module: "fees", zh: "契税：总房价的2%", en: "Deed tax: 2% of the total price", source: seed },
  "FEE-2": { module: "fees", zh: "公共维修基金：按建筑面积每平方米35元", en: "Maintenance fund: ¥35 per m² of building area", source: seed },
  "FEE-3": { module: "fees", zh: "产权登记及抵押登记代办费：每户200元", en: "Title and mortgage registration agency fee: ¥200 per unit", source: seed },
  "FEE-4": { module: "fees", zh: "印花税：总房价×0.3‰", en: "Stamp duty: total price × 0.3‰", source: seed },
  "FEE-5": { module: "fees", zh: "房屋产权登记费：总房价×0.15%", en: "Title registration fee: total price × 0.15%", source: seed },
  "FEE-6": { module: "fees", zh: "有线电视建设费：每户350元", en: "Cable TV construction fee: ¥350 per household", source: seed },
  "FEE-7": { module: "fees", zh: "管道煤气建设费：每户900元", en: "Gas pipeline construction fee: ¥900 per household", source: seed },
  "FEE-8": { module: "fees", zh: "管道煤气开通费：每户2400元", en: "Gas connection fee: ¥2,400 per household", source: seed },
  "FEE-9": { module: "fees", zh: "电话开通费：每户308元", en: "Telephone connection fee: ¥308 per household", source: seed },
  "FEE-AREA": { module: "fees", zh: "建筑面积以测绘面积为准", en: "Building area is the surveyed area", source: seed },
  "FEE-SCHEDULE": {
    module: "fees",
    zh: "按计税日期选用有效的收费标准版本",
    en: "The schedule version in force on the tax date applies; a date no version covers is an error",
    source: `${seed} ("仅供参考，以最新官方通知为准")`,
  },
  "FEE-NAT-DEED": {
    module: "fees",
    zh: "契税（2024-12-01起）：首套/二套≤140㎡ 1%；首套>140㎡ 1.5%；二套>140㎡ 2%；三套及以上按地方法定税率",
    en: "Deed tax from 2024-12-01: 1st/2nd home ≤ 140 m² 1%; 1st > 140 m² 1.5%; 2nd > 140 m² 2%; 3rd+ the local statutory rate",
    source: "财政部 税务总局 住房城乡建设部公告2024年第16号",
  },
  "FEE-NAT-DEED-2016": {
    module: "fees",
    zh: "契税（2016-02-22至2024-11-30）：首套≤90㎡ 1%、>90㎡ 1.5%；二套≤90㎡ 1%、>90㎡ 2%（北上广深不适用二套优惠）",
    en: "Deed tax 2016-02-22 to 2024-11-30: 1st home ≤ 90 m² 1%, > 90 m² 1.5%; 2nd ≤ 90 m² 1%, > 90 m² 2% (no 2nd-home relief in Beijing, Shanghai, Guangzhou, Shenzhen)",
    source: "财税〔2016〕23号",
  },
  "FEE-NAT-STAMP": {
    module: "fees",
    zh: "个人销售或购买住房暂免征收印花税",
    en: "Stamp duty on an individual's purchase of a home is exempt",
    source: "财税〔2008〕137号 (from 2008-11-01)",
  },
  "FEE-NAT-REG": {
    module: "fees",
    zh: "住宅类不动产登记费每件80元",
    en: "Residential real-estate registration fee: ¥80 per unit (件)",
    source: "发改价格规〔2016〕2559号",
  },
  "FEE-NAT-FUND": {
    module: "fees",
    zh: "住宅专项维修资金：按当地建安工程造价的5%–8%每平方米交存，由当地规定",
    en: "Maintenance fund: 5–8% of the local construction cost per m², set locally",
    source: "《住宅专项维修资金管理办法》(建设部 财政部令第165号, 2007)",
  },
  "MORT-1": {
    module: "fees",
    zh: "等额本息：按年金公式计算月供，逐期四舍五入到分，末期吸收误差",
    en: "Equal installments: the annuity payment, each row rounded to the fen, the last row absorbs the rounding",
    source: "practice (中国人民银行 个人住房贷款管理办法; annuity formula)",
  },
  "MORT-2": {
    module: "fees",
    zh: "等额本金：每期偿还相同本金，利息按剩余本金计算",
    en: "Equal principal: the same principal each month, interest on the remaining balance",
    source: "practice (中国人民银行 个人住房贷款管理办法)",
  },
  "MORT-3": {
    module: "fees",
    zh: "组合贷：公积金贷款与商业贷款分别计息，月供相加",
    en: "Combination loan: provident-fund and commercial loans each at their own rate; monthly payments add up",
    source: "practice (住房公积金管理条例; 组合贷款)",
  },
  "MORT-DOWN": {
    module: "fees",
    zh: "首付款 = 房价 × 首付比例，贷款额 = 房价 − 首付款",
    en: "Down payment = price × ratio; the loan is the rest of the price",
    source: "practice (seed 001 篇2 §二.3: 首期楼款)",
  },
} as const satisfies Record<string, RuleEntry>;

/** Words for the enum values this module's traces carry. */
export const feeTerms = {} as const satisfies TermTable;
