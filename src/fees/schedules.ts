import { firstTierCities } from "./cities";
import { compileFeeSchedule, type CompiledFeeSchedule } from "./compile-schedule";
import type { FeeParameterInput, FeeScheduleInput, FeeTierInput } from "./input-types";

const sheet = "《房地产销售现场管理关系客户购买须知》篇2 认购须知 §四";
const seed = `${sheet} (常州奥林匹克花园; “仅供参考，以最新官方通知为准”)`;

/** The 常州奥林匹克花园 sheet (seed 001): nine lines, undated ("for reference"), on the full price. */
const changzhouOlympicGarden: FeeScheduleInput = {
  id: "changzhou-olympic-garden",
  label: { zh: "常州奥林匹克花园 购房税费", en: "Changzhou Olympic Garden purchase fees" },
  jurisdiction: "CN-JS-Changzhou",
  versions: [
    {
      id: "sheet",
      source: seed,
      lines: [
        { code: "deed-tax", rule: "FEE-1", kind: "percent-of-price", rate: "0.02", label: { zh: "契税", en: "Deed tax" }, source: `${sheet}.1` },
        { code: "maintenance-fund", rule: "FEE-2", kind: "per-area", perM2: "35", label: { zh: "公共维修基金", en: "Maintenance fund" }, source: `${sheet}.2` },
        { code: "registration-agency", rule: "FEE-3", kind: "per-unit", amount: "200", label: { zh: "产权登记及抵押登记代办费", en: "Registration agency fee" }, source: `${sheet}.3` },
        { code: "stamp-duty", rule: "FEE-4", kind: "percent-of-price", rate: "0.0003", label: { zh: "印花税", en: "Stamp duty" }, source: `${sheet}.4` },
        { code: "title-registration", rule: "FEE-5", kind: "percent-of-price", rate: "0.0015", label: { zh: "房屋产权登记费", en: "Title registration fee" }, source: `${sheet}.5` },
        { code: "cable-tv", rule: "FEE-6", kind: "per-household", amount: "350", label: { zh: "有线电视建设费", en: "Cable TV construction" }, source: `${sheet}.6` },
        { code: "gas-construction", rule: "FEE-7", kind: "per-household", amount: "900", label: { zh: "管道煤气建设费", en: "Gas pipeline construction" }, source: `${sheet}.7` },
        { code: "gas-connection", rule: "FEE-8", kind: "per-household", amount: "2400", label: { zh: "管道煤气开通费", en: "Gas connection" }, source: `${sheet}.8` },
        { code: "telephone", rule: "FEE-9", kind: "per-household", amount: "308", label: { zh: "电话开通费", en: "Telephone connection" }, source: `${sheet}.9` },
      ],
    },
  ],
};

const deed2024 = "财政部 税务总局 住房城乡建设部公告2024年第16号 (from 2024-12-01)";
const deed2016 = "财税〔2016〕23号 (from 2016-02-22)";
const stamp = "财税〔2008〕137号 第二条 (from 2008-11-01)";
const registration = "发改价格规〔2016〕2559号 (住宅类每件80元; earlier 发改价格〔2008〕924号, the same ¥80)";
const fund = "《住宅专项维修资金管理办法》建设部 财政部令第165号 第七条 (5%–8% of local construction cost per m², set locally)";
const firstTier = firstTierCities;
const vatBase = "财税〔2016〕43号 §一 (from 2016-05-01 the deed-tax price excludes VAT); restated by 财政部 税务总局公告2021年第23号";

/**
 * FEE-NAT-VAT-BASE: the deed tax is on the price without VAT from 2016-05-01. The general
 * rate of a sale of real estate: 11% (财税〔2016〕36号), 10% from 2018-05-01 (财税〔2018〕32号),
 * 9% from 2019-04-01 (财政部 税务总局 海关总署公告2019年第39号); the simplified method 5%.
 */
const vatExcluded = {
  vatParameter: "vatAmount",
  methodParameter: "vatMethod",
  generalRates: [
    { from: "2016-05-01", rate: "0.11" },
    { from: "2018-05-01", rate: "0.10" },
    { from: "2019-04-01", rate: "0.09" },
  ],
  simplifiedRate: "0.05",
};

const parameters: readonly FeeParameterInput[] = [
  {
    name: "maintenanceFundPerM2",
    kind: "money",
    label: { zh: "当地维修资金交存标准（元/㎡）", en: "Local maintenance-fund rate (yuan per m²)" },
    source: fund,
  },
  {
    name: "localDeedTaxRate",
    kind: "rate",
    default: "0.03",
    label: { zh: "当地契税法定税率（三套及以上）", en: "Local statutory deed-tax rate (3rd home and later)" },
    source: "《中华人民共和国契税法》第三条 (3%–5%, set by each province; 3% in most)",
  },
  {
    name: "city",
    kind: "city",
    default: "",
    label: { zh: "城市（已知城市表中的代码、中文名或英文名；表外城市填 other）", en: "City (a listed city's code, Chinese or English name; other for a city not listed)" },
    source: `${deed2016} 第三条: 北京、上海、广州、深圳暂不实施二套优惠`,
  },
  {
    name: "vatAmount",
    kind: "money",
    optional: true,
    label: { zh: "发票上的增值税额（不给出则按税率估算）", en: "The invoice's VAT (estimated at the rate in force when not given)" },
    source: vatBase,
  },
  {
    name: "vatMethod",
    kind: "text",
    default: "general",
    options: ["general", "simplified"],
    label: { zh: "增值税计税方法：general 一般计税，simplified 简易计税（老项目5%）", en: "VAT method: general, or simplified (5%, for old projects)" },
    source: "财税〔2016〕36号 附件2 (老项目可选择简易计税方法，征收率5%)",
  },
];

const stampLine = {
  code: "stamp-duty",
  rule: "FEE-NAT-STAMP",
  kind: "exempt",
  reason: { zh: "个人购买住房暂免征收印花税", en: "individual home purchase" },
  label: { zh: "印花税", en: "Stamp duty" },
  source: stamp,
} as const;
const registrationLine = {
  code: "registration",
  rule: "FEE-NAT-REG",
  kind: "per-unit",
  amount: "80",
  label: { zh: "不动产登记费", en: "Registration fee" },
  source: registration,
} as const;
const fundLine = {
  code: "maintenance-fund",
  rule: "FEE-NAT-FUND",
  kind: "per-area",
  perM2Parameter: "maintenanceFundPerM2",
  label: { zh: "住宅专项维修资金", en: "Maintenance fund" },
  source: fund,
} as const;
const third: FeeTierInput = { homeOrdinals: [3], rateParameter: "localDeedTaxRate", note: { zh: "三套及以上，地方法定税率", en: "3rd home or later, local statutory rate" } };

/** National taxes and fees on a new home, by the version in force on the tax date. */
const chinaNational: FeeScheduleInput = {
  id: "cn-national",
  label: { zh: "全国新房购房税费", en: "China national purchase taxes and fees" },
  jurisdiction: "CN",
  versions: [
    {
      id: "cn-2016-02-22",
      effectiveFrom: "2016-02-22",
      effectiveTo: "2024-11-30",
      source: deed2016,
      parameters,
      lines: [
        {
          code: "deed-tax",
          rule: "FEE-NAT-DEED-2016",
          kind: "tiered",
          label: { zh: "契税", en: "Deed tax" },
          source: `${deed2016}; base without VAT from 2016-05-01: ${vatBase}`,
          vatExcluded,
          tiers: [
            { homeOrdinals: [1, 2], areaUpTo: "90", exceptCities: [...firstTier], rate: "0.01", note: { zh: "首套或二套，≤90㎡", en: "1st or 2nd home, ≤ 90 m²" } },
            { homeOrdinals: [1], areaUpTo: "90", rate: "0.01", note: { zh: "首套，≤90㎡", en: "1st home, ≤ 90 m²" } },
            { homeOrdinals: [1], areaOver: "90", rate: "0.015", note: { zh: "首套，>90㎡", en: "1st home, > 90 m²" } },
            { homeOrdinals: [2], areaOver: "90", exceptCities: [...firstTier], rate: "0.02", note: { zh: "二套，>90㎡", en: "2nd home, > 90 m²" } },
            { homeOrdinals: [2], rateParameter: "localDeedTaxRate", note: { zh: "二套（北上广深不适用优惠），地方法定税率", en: "2nd home in Beijing/Shanghai/Guangzhou/Shenzhen (no relief), local statutory rate" } },
            third,
          ],
        },
        stampLine,
        registrationLine,
        fundLine,
      ],
    },
    {
      id: "cn-2024-12-01",
      effectiveFrom: "2024-12-01",
      source: deed2024,
      parameters,
      lines: [
        {
          code: "deed-tax",
          rule: "FEE-NAT-DEED",
          kind: "tiered",
          label: { zh: "契税", en: "Deed tax" },
          source: `${deed2024}; base without VAT: ${vatBase}`,
          vatExcluded,
          tiers: [
            { homeOrdinals: [1, 2], areaUpTo: "140", rate: "0.01", note: { zh: "首套或二套，≤140㎡", en: "1st or 2nd home, ≤ 140 m²" } },
            { homeOrdinals: [1], areaOver: "140", rate: "0.015", note: { zh: "首套，>140㎡", en: "1st home, > 140 m²" } },
            { homeOrdinals: [2], areaOver: "140", rate: "0.02", note: { zh: "二套，>140㎡", en: "2nd home, > 140 m²" } },
            third,
          ],
        },
        stampLine,
        registrationLine,
        fundLine,
      ],
    },
  ],
};

/**
 * Fee schedules shipped with shoulou, as plain data you can copy and adapt (compiled:
 * validated once and frozen, see {@link compileFeeSchedule}).
 *
 * - `changzhouOlympicGarden` — the nine lines of the 常州奥林匹克花园 sheet (FEE-1 … FEE-9),
 *   undated, on the full price as the sheet says.
 * - `chinaNational` — national taxes and fees by the day the deed tax is declared: deed tax
 *   under 财税〔2016〕23号 from 2016-02-22 and under 公告2024年第16号 from 2024-12-01, on the
 *   price without VAT from 2016-05-01 (`parameters.vatAmount`, else estimated); stamp duty
 *   exempt; the ¥80 registration fee; the maintenance fund at the local rate the caller gives
 *   (`parameters.maintenanceFundPerM2`); `parameters.city` from the known list ({@link feeCities}).
 *
 * @remarks Sources: 《房地产销售现场管理关系客户购买须知》篇2 认购须知 §四; the notices named on each line.
 * @example
 * ```ts
 * feeSchedules.changzhouOlympicGarden.versions[0]!.lines.length; //=> 9
 * feeSchedules.chinaNational.versions.map((v) => v.effectiveFrom); //=> ["2016-02-22", "2024-12-01"]
 * ```
 * @category Fees
 */
export const feeSchedules: { readonly changzhouOlympicGarden: CompiledFeeSchedule; readonly chinaNational: CompiledFeeSchedule } = {
  changzhouOlympicGarden: /* @__PURE__ */ compileFeeSchedule(changzhouOlympicGarden),
  chinaNational: /* @__PURE__ */ compileFeeSchedule(chinaNational),
};
