/**
 * A city a fee schedule can name: its code (lower-case pinyin), its administrative division
 * code (GB/T 2260), and its Chinese and English names. @category Fees
 */
export interface FeeCity {
  readonly code: string;
  readonly adcode: string;
  readonly zh: string;
  readonly en: string;
}

type Row = readonly [code: string, adcode: string, zh: string, en: string];

// The four first-tier cities (the exception of 财税〔2016〕23号 第三条), the other municipalities,
// every provincial capital, the cities under separate state planning, and other large housing
// markets (the seed project's Changzhou among them). Names as in GB/T 2260.
const ROWS: readonly Row[] = [
  ["beijing", "110000", "北京市", "Beijing"],
  ["shanghai", "310000", "上海市", "Shanghai"],
  ["guangzhou", "440100", "广州市", "Guangzhou"],
  ["shenzhen", "440300", "深圳市", "Shenzhen"],
  ["tianjin", "120000", "天津市", "Tianjin"],
  ["chongqing", "500000", "重庆市", "Chongqing"],
  ["shijiazhuang", "130100", "石家庄市", "Shijiazhuang"],
  ["taiyuan", "140100", "太原市", "Taiyuan"],
  ["hohhot", "150100", "呼和浩特市", "Hohhot"],
  ["shenyang", "210100", "沈阳市", "Shenyang"],
  ["dalian", "210200", "大连市", "Dalian"],
  ["changchun", "220100", "长春市", "Changchun"],
  ["harbin", "230100", "哈尔滨市", "Harbin"],
  ["nanjing", "320100", "南京市", "Nanjing"],
  ["wuxi", "320200", "无锡市", "Wuxi"],
  ["xuzhou", "320300", "徐州市", "Xuzhou"],
  ["changzhou", "320400", "常州市", "Changzhou"],
  ["suzhou", "320500", "苏州市", "Suzhou"],
  ["nantong", "320600", "南通市", "Nantong"],
  ["yangzhou", "321000", "扬州市", "Yangzhou"],
  ["hangzhou", "330100", "杭州市", "Hangzhou"],
  ["ningbo", "330200", "宁波市", "Ningbo"],
  ["wenzhou", "330300", "温州市", "Wenzhou"],
  ["jiaxing", "330400", "嘉兴市", "Jiaxing"],
  ["shaoxing", "330600", "绍兴市", "Shaoxing"],
  ["hefei", "340100", "合肥市", "Hefei"],
  ["fuzhou", "350100", "福州市", "Fuzhou"],
  ["xiamen", "350200", "厦门市", "Xiamen"],
  ["quanzhou", "350500", "泉州市", "Quanzhou"],
  ["nanchang", "360100", "南昌市", "Nanchang"],
  ["jinan", "370100", "济南市", "Jinan"],
  ["qingdao", "370200", "青岛市", "Qingdao"],
  ["yantai", "370600", "烟台市", "Yantai"],
  ["zhengzhou", "410100", "郑州市", "Zhengzhou"],
  ["wuhan", "420100", "武汉市", "Wuhan"],
  ["changsha", "430100", "长沙市", "Changsha"],
  ["zhuhai", "440400", "珠海市", "Zhuhai"],
  ["foshan", "440600", "佛山市", "Foshan"],
  ["huizhou", "441300", "惠州市", "Huizhou"],
  ["dongguan", "441900", "东莞市", "Dongguan"],
  ["nanning", "450100", "南宁市", "Nanning"],
  ["haikou", "460100", "海口市", "Haikou"],
  ["chengdu", "510100", "成都市", "Chengdu"],
  ["guiyang", "520100", "贵阳市", "Guiyang"],
  ["kunming", "530100", "昆明市", "Kunming"],
  ["lhasa", "540100", "拉萨市", "Lhasa"],
  ["xian", "610100", "西安市", "Xi'an"],
  ["lanzhou", "620100", "兰州市", "Lanzhou"],
  ["xining", "630100", "西宁市", "Xining"],
  ["yinchuan", "640100", "银川市", "Yinchuan"],
  ["urumqi", "650100", "乌鲁木齐市", "Urumqi"],
];

/**
 * The cities fee schedules know, in a fixed order (first-tier cities first). A caller names a
 * city by any of `code`, `adcode`, `zh` (with or without 市) or `en` (any case); a name not
 * on the list is refused, never guessed. A city not listed is given as `"other"`.
 *
 * @remarks FEE-CITY. The list keys the first-tier exception of 财税〔2016〕23号 第三条.
 * @example
 * ```ts
 * feeCities.slice(0, 4).map((c) => c.zh); //=> ["北京市", "上海市", "广州市", "深圳市"]
 * ```
 * @category Fees
 */
export const feeCities: readonly FeeCity[] = /* @__PURE__ */ Object.freeze(ROWS.map(([code, adcode, zh, en]) => Object.freeze({ code, adcode, zh, en })));

/** The value a caller gives for a city that is not on the list (and is not first-tier). @category Fees */
export const OTHER_CITY = "other";

/** The four first-tier cities, by code. @category Fees */
export const firstTierCities: readonly string[] = Object.freeze(["beijing", "shanghai", "guangzhou", "shenzhen"]);

const byName: ReadonlyMap<string, FeeCity> = /* @__PURE__ */ (() => {
  const m = new Map<string, FeeCity>();
  for (const c of feeCities) {
    for (const name of [c.code, c.adcode, c.zh, c.zh.replace(/市$/, ""), c.en.toLowerCase(), c.en.toLowerCase().replace(/'/g, "")]) m.set(name, c);
  }
  return m;
})();

/**
 * The listed city a caller's name stands for, or `undefined`: by code, administrative code,
 * Chinese name (with or without 市) or English name, ignoring case and surrounding spaces.
 *
 * @example
 * ```ts
 * findFeeCity("北京")?.code; //=> "beijing"
 * findFeeCity(" Shanghai ")?.zh; //=> "上海市"
 * findFeeCity("440300")?.en; //=> "Shenzhen"
 * findFeeCity("gotham"); //=> undefined
 * ```
 * @category Fees
 */
export function findFeeCity(name: string): FeeCity | undefined {
  if (typeof name !== "string" || name.length > 40) return undefined;
  const key = name.trim().toLowerCase();
  return byName.get(key);
}
