/**
 * shoulou's own error messages, in Chinese and English, keyed like the trace facts: a key names
 * the statement, `data` holds the figures, and the words are made from a `{ zh, en }` template.
 * This file imports nothing, so every other core file (errors.ts first) may use it.
 */

/** The languages shoulou's messages come in (the same as the trace explanations'). @category Errors */
export type MessageLocale = "zh" | "en";

/** The figures a message names: plain strings and numbers only (values are previewed first). @category Errors */
export type MessageData = { readonly [field: string]: string | number };

/** A message by key and figures; the words come from {@link messageCatalogue}. @category Errors */
export interface MessageRef {
  readonly key: MessageKey;
  readonly data?: MessageData;
}

/**
 * Every message shoulou writes itself, as `{ zh, en }` templates whose `{field}` placeholders name
 * fields of the message's data. zod's own words are never used, so an app's `z.config(locale)`
 * changes nothing here.
 *
 * @category Errors
 */
export const messageCatalogue = {
  // Decimals and money (the rule is in docs/money-and-rounding.md).
  "decimal-type": { zh: "必须是十进制数字符串或数字", en: "must be a decimal string or a number" },
  "decimal-finite": { zh: "必须是有限的数字", en: "must be a finite number" },
  "decimal-empty": { zh: "不能为空", en: "must not be empty" },
  "decimal-too-long": { zh: "长{length}个字符，数字最多{max}个字符", en: "is {length} characters long; a decimal has at most {max}" },
  "decimal-format": {
    zh: "{value} 不是普通十进制数（只允许数字、开头的负号和一个小数点；不允许空格、加号或指数）",
    en: "{value} is not a plain decimal number (digits, an optional leading minus and one decimal point; no spaces, '+' or exponent)",
  },
  "decimal-places": { zh: "小数位超过{max}位", en: "has more than {max} decimal places" },
  "decimal-integer-digits": { zh: "整数部分超过{max}位", en: "has more than {max} digits before the point" },
  "decimal-positive": { zh: "必须大于0", en: "must be greater than 0" },
  "decimal-nonnegative": { zh: "不能为负数", en: "must not be negative" },
  "decimal-at-most": { zh: "不能大于{max}", en: "must be at most {max}" },
  "fen-integer": { zh: "必须是整数分（安全整数）", en: "must be a whole number of fen (a safe integer)" },
  "integer": { zh: "必须是整数（安全整数）", en: "must be a whole number (a safe integer)" },
  "positive-integer": { zh: "必须是正整数", en: "must be a positive whole number" },
  "money-too-large": { zh: "金额过大，无法精确到分（超过90万亿元）", en: "the amount is too large to keep exact to the fen (over ¥90 trillion)" },
  "weights-list": { zh: "必须是数字列表", en: "must be a list of decimals" },
  "weights-empty": { zh: "至少需要一个权重", en: "needs at least one weight" },
  "weights-zero": { zh: "至少一个权重必须大于0", en: "at least one weight must be greater than 0" },
  "string-list": { zh: "必须是字符串列表", en: "must be a list of strings" },
  // Dates, instants, zones.
  "date": { zh: "必须是真实存在的日期 YYYY-MM-DD", en: "must be a real calendar date YYYY-MM-DD" },
  "date-range": { zh: "超出支持的日期范围（0001-01-01 至 9999-12-31）", en: "falls outside the dates shoulou supports (0001-01-01 to 9999-12-31)" },
  "instant": {
    zh: "必须是带时区偏移的 ISO 时刻，例如 2024-09-26T10:15:00+08:00（秒的小数最多9位）",
    en: "must be an ISO instant with an offset, e.g. 2024-09-26T10:15:00+08:00 (at most 9 fractional digits)",
  },
  "time-of-day": { zh: "必须是时间 HH:mm", en: "must be a time HH:mm" },
  "minutes-of-day": { zh: "必须是时间 HH:mm 或当日分钟数 0–1439", en: "must be a time of day (HH:mm or minutes 0–1439)" },
  "time-zone": { zh: "必须是 IANA 时区名", en: "must be an IANA time zone" },
  "id-empty": { zh: "不能为空", en: "must not be empty" },
  "id-too-long": { zh: "最多{max}个字符", en: "must be at most {max} characters" },
  "label": { zh: "必须是 { zh, en } 双语文字", en: "must be a { zh, en } bilingual label" },
  // zod's issue codes, in shoulou's words.
  "expected-type": { zh: "应为{expectedZh}，实际为{receivedZh}", en: "expected {expected}, received {received}" },
  "too-big-string": { zh: "最多{maximum}个字符", en: "must be at most {maximum} characters" },
  "too-big-list": { zh: "最多{maximum}项", en: "must have at most {maximum} items" },
  "too-big-number": { zh: "不能大于{maximum}", en: "must be at most {maximum}" },
  "too-big-number-exclusive": { zh: "必须小于{maximum}", en: "must be less than {maximum}" },
  "too-small-string": { zh: "至少{minimum}个字符", en: "must be at least {minimum} characters" },
  "too-small-list": { zh: "至少{minimum}项", en: "must have at least {minimum} items" },
  "too-small-number": { zh: "不能小于{minimum}", en: "must be at least {minimum}" },
  "too-small-number-exclusive": { zh: "必须大于{minimum}", en: "must be greater than {minimum}" },
  "not-empty": { zh: "不能为空", en: "must not be empty" },
  "invalid-format": { zh: "格式不符（{format}）", en: "does not have the expected format ({format})" },
  "not-multiple-of": { zh: "必须是{divisor}的整数倍", en: "must be a multiple of {divisor}" },
  "unknown-keys": { zh: "含有未知字段：{keys}", en: "has unknown fields: {keys}" },
  "no-union-match": { zh: "不符合任何允许的形式", en: "does not match any of the allowed shapes" },
  "one-of": { zh: "必须是以下之一：{values}", en: "must be one of: {values}" },
  "invalid-key": { zh: "字段名无效", en: "has an invalid key" },
  "invalid-entry": { zh: "含有无效的项", en: "has an invalid entry" },
  "invalid": { zh: "无效", en: "is invalid" },
  "unreadable": {
    zh: "含有无法读取的值（读取或转换时出错，例如 toString 不是函数）",
    en: "holds a value that cannot be read (reading or converting it fails, e.g. a toString that is not a function)",
  },
  // Defects.
  "function": { zh: "必须是函数", en: "must be a function" },
  "internal": { zh: "shoulou 内部意外错误（请报告）：{detail}", en: "unexpected failure: {detail}" },
} as const satisfies { readonly [key: string]: { readonly zh: string; readonly en: string } };

/** A key of {@link messageCatalogue}. @category Errors */
export type MessageKey = keyof typeof messageCatalogue;

const PLACEHOLDER = /\{([A-Za-z_]\w*)\}/g;

/**
 * The words of a message in one language. A field the data lacks stays as `{field}`.
 * Internal: callers read `ShoulouError#localizedMessage`.
 *
 * @internal
 */
export function renderMessage(ref: MessageRef, locale: MessageLocale): string {
  const entry = Object.prototype.hasOwnProperty.call(messageCatalogue, ref.key) ? messageCatalogue[ref.key] : undefined;
  if (!entry) return String(ref.key);
  const data = ref.data ?? {};
  return entry[locale === "zh" ? "zh" : "en"].replace(PLACEHOLDER, (m, field: string) =>
    Object.prototype.hasOwnProperty.call(data, field) ? String(data[field]) : m,
  );
}

/** How many characters of a caller's value a message may echo. */
export const PREVIEW_CHARACTERS = 80;

/**
 * A caller's value as a message may echo it: JSON-like, at most {@link PREVIEW_CHARACTERS}
 * characters, then `… (N characters)`. Never throws, whatever the value (a getter or
 * `toString` that throws, a cycle, a 2 MB string), and reads at most a few hundred characters
 * of it, so a message costs the same for any size of input.
 *
 * @internal
 */
export function preview(value: unknown): string {
  let text: string;
  let length: number | undefined;
  try {
    if (typeof value === "string") {
      length = value.length;
      text = JSON.stringify(value.length > PREVIEW_CHARACTERS * 2 ? value.slice(0, PREVIEW_CHARACTERS * 2) : value);
    } else if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
      text = String(value);
    } else if (typeof value === "bigint") {
      text = `${String(value)}n`;
    } else if (Array.isArray(value)) {
      text = `a list of ${value.length} items`;
    } else if (typeof value === "object") {
      text = "an object";
    } else {
      text = `a ${typeof value}`;
    }
  } catch {
    text = "a value that cannot be printed";
  }
  if (text.length <= PREVIEW_CHARACTERS) return text;
  return `${text.slice(0, PREVIEW_CHARACTERS - 1)}… (${length ?? text.length} characters)`;
}

/**
 * A text (a key of the caller's data, a thrown message) as a message may show it: at most {@link PREVIEW_CHARACTERS}
 * characters, then `… (N characters)`.
 *
 * @internal
 */
export function clip(key: string): string {
  return key.length <= PREVIEW_CHARACTERS ? key : `${key.slice(0, PREVIEW_CHARACTERS - 1)}… (${key.length} characters)`;
}
