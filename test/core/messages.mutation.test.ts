import { describe, expect, it } from "vitest";
import { PREVIEW_CHARACTERS, clip, messageCatalogue, preview, renderMessage, type MessageKey } from "../../src/core/messages";

// Written against the survivors of `npm run test:mutation` on src/core/messages.ts: the words of
// the catalogue in both languages, how placeholders are filled, and how a caller's value is
// previewed and clipped.

const HAN = /\p{Script=Han}/u;

describe("messageCatalogue: the words", () => {
  it("every entry has a Chinese line with Chinese in it and an English line without", () => {
    for (const [key, entry] of Object.entries(messageCatalogue)) {
      expect(HAN.test(entry.zh), `${key}.zh`).toBe(true);
      expect(HAN.test(entry.en), `${key}.en`).toBe(false);
      expect(entry.en.length, `${key}.en`).toBeGreaterThan(4);
    }
  });

  it("the zh and en lines of every entry name the same placeholders (zh may take a figure's Chinese form, `xZh`)", () => {
    const names = (t: string) => [...t.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]!.replace(/Zh$/, "")).sort();
    for (const [key, entry] of Object.entries(messageCatalogue)) expect(names(entry.zh), key).toEqual(names(entry.en));
  });

  it.each<[MessageKey, Record<string, string | number>, string, string]>([
    ["decimal-type", {}, "必须是十进制数字符串或数字", "must be a decimal string or a number"],
    ["decimal-too-long", { length: 120, max: 100 }, "长120个字符，数字最多100个字符", "is 120 characters long; a decimal has at most 100"],
    ["decimal-format", { value: '"1e5"' }, '"1e5" 不是普通十进制数（只允许数字、开头的负号和一个小数点；不允许空格、加号或指数）', `"1e5" is not a plain decimal number (digits, an optional leading minus and one decimal point; no spaces, '+' or exponent)`],
    ["decimal-places", { max: 2 }, "小数位超过2位", "has more than 2 decimal places"],
    ["decimal-at-most", { max: 1 }, "不能大于1", "must be at most 1"],
    ["id-too-long", { max: 200 }, "最多200个字符", "must be at most 200 characters"],
    ["expected-type", { expected: "string", received: "number", expectedZh: "字符串", receivedZh: "数字" }, "应为字符串，实际为数字", "expected string, received number"],
    ["too-big-list", { maximum: 3 }, "最多3项", "must have at most 3 items"],
    ["too-small-number-exclusive", { minimum: 0 }, "必须大于0", "must be greater than 0"],
    ["invalid-format", { format: "regex" }, "格式不符（regex）", "does not have the expected format (regex)"],
    ["not-multiple-of", { divisor: 5 }, "必须是5的整数倍", "must be a multiple of 5"],
    ["unknown-keys", { keys: "a, b" }, "含有未知字段：a, b", "has unknown fields: a, b"],
    ["one-of", { values: "x, y" }, "必须是以下之一：x, y", "must be one of: x, y"],
    ["internal", { detail: "TypeError: boom" }, "shoulou 内部意外错误（请报告）：TypeError: boom", "unexpected failure: TypeError: boom"],
    ["unreadable", {}, "含有无法读取的值（读取或转换时出错，例如 toString 不是函数）", "holds a value that cannot be read (reading or converting it fails, e.g. a toString that is not a function)"],
  ])("%s in zh and en, placeholders filled", (key, data, zh, en) => {
    expect(renderMessage({ key, data }, "zh")).toBe(zh);
    expect(renderMessage({ key, data }, "en")).toBe(en);
  });
});

describe("renderMessage: placeholders and fallbacks", () => {
  it("a field the data lacks stays as {field}; without data every placeholder stays", () => {
    expect(renderMessage({ key: "decimal-too-long", data: { length: 7 } }, "en")).toBe("is 7 characters long; a decimal has at most {max}");
    expect(renderMessage({ key: "decimal-too-long" }, "zh")).toBe("长{length}个字符，数字最多{max}个字符");
  });

  it("a field inherited by the data (not its own) is not used", () => {
    const data = Object.create({ max: 9 }) as Record<string, number>;
    expect(renderMessage({ key: "decimal-at-most", data }, "en")).toBe("must be at most {max}");
  });

  it("a field whose name has several characters, digits or an underscore is filled", () => {
    expect(renderMessage({ key: "internal", data: { detail: "x" } }, "en")).toBe("unexpected failure: x");
    expect(renderMessage({ key: "decimal-too-long", data: { length: 0, max: "_" } }, "en")).toBe("is 0 characters long; a decimal has at most _");
  });

  it("values are printed as text: 0 and an empty string are filled, not left", () => {
    expect(renderMessage({ key: "decimal-at-most", data: { max: 0 } }, "zh")).toBe("不能大于0");
    expect(renderMessage({ key: "decimal-at-most", data: { max: "" } }, "en")).toBe("must be at most ");
  });

  it("a key the catalogue does not have, or an inherited one, is printed as it is", () => {
    expect(renderMessage({ key: "no-such-key" as MessageKey }, "en")).toBe("no-such-key");
    expect(renderMessage({ key: "toString" as MessageKey }, "zh")).toBe("toString");
    expect(renderMessage({ key: "__proto__" as MessageKey }, "zh")).toBe("__proto__");
  });

  it("any locale other than zh gets English", () => {
    expect(renderMessage({ key: "decimal-positive" }, "fr" as "en")).toBe("must be greater than 0");
    expect(renderMessage({ key: "decimal-positive" }, "zh")).toBe("必须大于0");
  });
});

describe("preview: a caller's value in a message", () => {
  it("PREVIEW_CHARACTERS is 80", () => {
    expect(PREVIEW_CHARACTERS).toBe(80);
  });

  it.each<[string, unknown, string]>([
    ["a short string, quoted", "abc", '"abc"'],
    ["an empty string", "", '""'],
    ["a number", 12.5, "12.5"],
    ["zero", 0, "0"],
    ["true", true, "true"],
    ["false", false, "false"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["NaN", Number.NaN, "NaN"],
    ["a bigint", 10n, "10n"],
    ["a list", [1, 2, 3], "a list of 3 items"],
    ["an empty list", [], "a list of 0 items"],
    ["an object", { a: 1 }, "an object"],
    ["a function", () => 1, "a function"],
    ["a symbol", Symbol("s"), "a symbol"],
  ])("%s", (_what, value, text) => {
    expect(preview(value)).toBe(text);
  });

  it("a value that cannot even be inspected (a revoked proxy) is named, never thrown", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(preview(proxy)).toBe("a value that cannot be printed");
  });

  it("a string whose quoted text is 80 characters is shown whole; 81 is clipped with the string's length", () => {
    const s78 = "a".repeat(78);
    expect(preview(s78)).toBe(`"${s78}"`);
    const s79 = "b".repeat(79);
    expect(preview(s79)).toBe(`"${"b".repeat(78)}… (79 characters)`);
  });

  it("a long string: 79 characters of its quoted text, then its own length", () => {
    expect(preview("c".repeat(100))).toBe(`"${"c".repeat(78)}… (100 characters)`);
    expect(preview("d".repeat(2_000_000))).toBe(`"${"d".repeat(78)}… (2000000 characters)`);
  });

  it("a string of 161 characters whose quoted text grows by escaping is still clipped to its own length", () => {
    const s = '"'.repeat(161);
    expect(preview(s)).toBe(`"${'\\"'.repeat(39)}… (161 characters)`);
  });

  it("a long value that is not a string gives the length of its text", () => {
    const big = 10n ** 99n;
    expect(preview(big)).toBe(`1${"0".repeat(78)}… (101 characters)`);
  });
});

describe("clip: a key or thrown message in a message", () => {
  it("80 characters are kept whole", () => {
    const k = "k".repeat(80);
    expect(clip(k)).toBe(k);
    expect(clip("")).toBe("");
  });

  it("81 characters: the first 79, then the length", () => {
    expect(clip("x".repeat(81))).toBe(`${"x".repeat(79)}… (81 characters)`);
    expect(clip("y".repeat(1000))).toBe(`${"y".repeat(79)}… (1000 characters)`);
  });
});
