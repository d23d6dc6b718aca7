import { describe, expect, it } from "vitest";
import { expectShoulou } from "../helpers";
import { requiredDocuments, subscriptionPresets, type DocumentItem } from "../../src/subscription";

// Written against the survivors of `npm run test:mutation` on src/subscription/documents.ts: every
// item of every checklist, in zh and en, with its counts and rule (the names are the notice's own
// words, 《房地产销售现场管理关系客户购买须知》篇2 一–三), for each kind of buyer, both stages, a proxy, a
// mortgage, and how the deposit is paid.

const seed = subscriptionPresets.changzhouOlympicGarden;

type Rule = DocumentItem["rule"];
const read = (code: string, zh: string, en: string): DocumentItem => ({ code, action: "read", zh, en, originals: 0, copies: 0, rule: "SUB-DOC-1" });
const bring = (code: string, zh: string, en: string, rule: Rule, originals = 1, copies = 0): DocumentItem => ({ code, action: "bring", zh, en, originals, copies, rule });
const checklist = (n: number, buyer: string, stage: string) => ({ items: n, buyer, stage });

const READ: DocumentItem[] = [
  read("sales-sheet", "售楼单张", "sales sheet"),
  read("unit-type-sheet", "户型单页", "unit-type sheet"),
  read("payment-options", "付款方式", "payment options"),
  read("unit-floor-plan", "所认购物业的平面图", "floor plan of the unit"),
  read("subscription-notice", "认购须知", "this subscription notice"),
];
const CASH_DEPOSIT: DocumentItem = { code: "deposit", action: "pay", zh: "定金（现金）", en: "deposit per unit, in cash", originals: 0, copies: 0, amount: "20000.00", rule: "SUB-DEP-1" };

const SIGN_BASE = (receiptCopies: number, idCopies: number): DocumentItem[] => [
  { code: "owners-in-person", action: "attend", zh: "所有署名业主亲自到场", en: "every named owner in person", originals: 0, copies: 0, rule: "SUB-SIGN-1" },
  bring("subscription-agreement", "《认购书》", "subscription agreement", "SUB-SIGN-2"),
  bring("deposit-receipt", "定金收据", "deposit receipt", "SUB-SIGN-2", 1, receiptCopies),
  bring("id-card", "身份证", "ID card", "SUB-SIGN-2", 1, idCopies),
];
const NOTARISED_POA = bring("notarised-power-of-attorney", "业主亲笔签署的经公证之委托书", "power of attorney signed by the owner and notarised", "SUB-SIGN-1");

describe("requiredDocuments: the subscription checklist", () => {
  it("SUB-DOC-2: an individual reads the five papers, brings an ID card or passport and pays the ¥20,000 deposit in cash", () => {
    const r = requiredDocuments({ buyer: "individual", stage: "subscribe" }, seed);
    expect(r.items).toEqual([...READ, bring("id-card-or-passport", "本人身份证或护照", "own ID card or passport", "SUB-DOC-2"), CASH_DEPOSIT]);
    expect(r.trace).toEqual([
      { rule: "SUB-DOC-1", fact: "checklist", data: checklist(5, "individual", "subscribe") },
      { rule: "SUB-DOC-2", fact: "checklist", data: checklist(1, "individual", "subscribe") },
      { rule: "SUB-DEP-1", fact: "checklist", data: checklist(1, "individual", "subscribe") },
    ]);
  });

  it("SUB-DOC-2: a foreigner brings a passport (and nothing an individual, a minor or a company brings)", () => {
    const r = requiredDocuments({ buyer: "foreigner", stage: "subscribe" }, seed);
    expect(r.items).toEqual([...READ, bring("passport", "护照", "passport", "SUB-DOC-2"), CASH_DEPOSIT]);
    expect(r.trace).toEqual([
      { rule: "SUB-DOC-1", fact: "checklist", data: checklist(5, "foreigner", "subscribe") },
      { rule: "SUB-DOC-2", fact: "checklist", data: checklist(1, "foreigner", "subscribe") },
      { rule: "SUB-DEP-1", fact: "checklist", data: checklist(1, "foreigner", "subscribe") },
    ]);
  });

  it("SUB-DOC-2: for a minor the guardian acts: the guardian's ID card and the household register", () => {
    const r = requiredDocuments({ buyer: "minor", stage: "subscribe" }, seed);
    expect(r.items).toEqual([
      ...READ,
      bring("guardian-id", "监护人身份证", "the guardian's ID card (the guardian acts)", "SUB-DOC-2"),
      bring("household-register", "户口簿", "household register", "SUB-DOC-2"),
      CASH_DEPOSIT,
    ]);
    expect(r.trace[1]).toEqual({ rule: "SUB-DOC-2", fact: "checklist", data: checklist(2, "minor", "subscribe") });
  });

  it("SUB-DOC-2: a company brings its licence, the legal representative's proof, the power of attorney and the authorised person's work ID and ID", () => {
    const r = requiredDocuments({ buyer: "company", stage: "subscribe" }, seed);
    expect(r.items).toEqual([
      ...READ,
      bring("business-licence", "营业执照", "business licence", "SUB-DOC-2"),
      bring("legal-representative-proof", "法定代表人身份证明", "legal representative's identity proof", "SUB-DOC-2"),
      bring("power-of-attorney", "授权委托书", "power of attorney", "SUB-DOC-2"),
      bring("authorised-person-work-id", "受委托人工作证", "authorised person's work ID", "SUB-DOC-2"),
      bring("authorised-person-id", "受委托人身份证原件", "authorised person's ID card, original", "SUB-DOC-2"),
      CASH_DEPOSIT,
    ]);
    expect(r.trace[1]).toEqual({ rule: "SUB-DOC-2", fact: "checklist", data: checklist(5, "company", "subscribe") });
  });

  it("SUB-DEP-1: a policy that takes the deposit in any form says so in zh and en, and its own amount is what is paid", () => {
    const r = requiredDocuments({ buyer: "individual", stage: "subscribe" }, { ...seed, depositPaidIn: "any", deposit: "15000.5" });
    expect(r.items.at(-1)).toEqual({ code: "deposit", action: "pay", zh: "定金（不限方式）", en: "deposit per unit", originals: 0, copies: 0, amount: "15000.50", rule: "SUB-DEP-1" });
    // only the deposit carries an amount
    expect(r.items.filter((i) => "amount" in i).map((i) => i.code)).toEqual(["deposit"]);
  });

  it("SUB-DEP-1: the default policy takes the ¥20,000 deposit in cash", () => {
    expect(requiredDocuments({ buyer: "company", stage: "subscribe" }).items.at(-1)).toEqual(CASH_DEPOSIT);
  });
});

describe("requiredDocuments: the signing checklist", () => {
  it("SUB-SIGN-2: paying in full, the owners attend with the agreement, the receipt (no copy) and the ID card with its copies", () => {
    const r = requiredDocuments({ buyer: "individual", stage: "sign" }, { ...seed, idCopies: 7, depositReceiptCopies: 3 });
    expect(r.items).toEqual(SIGN_BASE(0, 7));
    expect(r.trace).toEqual([
      { rule: "SUB-SIGN-1", fact: "checklist", data: checklist(1, "individual", "sign") },
      { rule: "SUB-SIGN-2", fact: "checklist", data: checklist(3, "individual", "sign") },
    ]);
  });

  it("SUB-DOC-2: a minor's signing adds the guardian acting with the household register", () => {
    const r = requiredDocuments({ buyer: "minor", stage: "sign" }, seed);
    expect(r.items).toEqual([...SIGN_BASE(0, 4), bring("guardian-household-register", "监护人办理（带户口簿）", "the guardian acts, with the household register", "SUB-DOC-2")]);
    expect(r.trace.map((t) => [t.rule, t.data.items])).toEqual([
      ["SUB-SIGN-1", 1],
      ["SUB-SIGN-2", 3],
      ["SUB-DOC-2", 1],
    ]);
  });

  it("SUB-SIGN-1: a foreigner signing in person brings what anyone brings: no consular papers", () => {
    expect(requiredDocuments({ buyer: "foreigner", stage: "sign" }, seed).items).toEqual(SIGN_BASE(0, 4));
  });

  it("SUB-SIGN-1: an individual's proxy replaces attendance by a notarised power of attorney, with no consular papers", () => {
    const r = requiredDocuments({ buyer: "individual", stage: "sign", proxy: true }, seed);
    expect(r.items).toEqual([NOTARISED_POA, ...SIGN_BASE(0, 4).slice(1)]);
  });

  it("SUB-SIGN-1: a foreigner's proxy adds the consular notarisation, the foreign original and a Chinese translation", () => {
    const r = requiredDocuments({ buyer: "foreigner", stage: "sign", proxy: true }, seed);
    expect(r.items).toEqual([
      NOTARISED_POA,
      ...SIGN_BASE(0, 4).slice(1),
      bring("consular-notarisation", "领事馆公证书", "notarisation at a consulate", "SUB-SIGN-1"),
      bring("foreign-original", "外文原件", "the foreign-language original", "SUB-SIGN-1"),
      bring("chinese-translation", "中文翻译件", "a Chinese translation", "SUB-SIGN-1"),
    ]);
    expect(r.trace[0]).toEqual({ rule: "SUB-SIGN-1", fact: "checklist", data: checklist(4, "foreigner", "sign") });
  });

  it("SUB-SIGN-2: a married couple's mortgage: both IDs and registers, copies per spouse multiplied out, receipt copy, bank card, income certificate", () => {
    const policy = { ...seed, idCopies: 7, mortgageIdCopies: 3, householdRegisterCopies: 5, depositReceiptCopies: 2, bankCardCopies: 6, incomeCertificates: 2, mortgageBankCard: "工行卡" };
    const r = requiredDocuments({ buyer: "individual", stage: "sign", payment: "mortgage", maritalStatus: "married" }, policy);
    expect(r.items).toEqual([
      ...SIGN_BASE(2, 7),
      bring("spouses-id-cards", "夫妻双方身份证", "both spouses' ID cards", "SUB-SIGN-2", 2, 6),
      bring("household-registers", "夫妻双方户口簿", "both spouses' household registers", "SUB-SIGN-2", 2, 10),
      bring("bank-card", "申请人或配偶银行卡", "工行卡", "SUB-SIGN-2", 1, 6),
      bring("income-certificate", "收入证明正本", "income certificate, original", "SUB-SIGN-2", 2, 0),
    ]);
    expect(r.trace[1]).toEqual({ rule: "SUB-SIGN-2", fact: "checklist", data: checklist(7, "individual", "sign") });
  });

  it("SUB-SIGN-2: a single applicant's mortgage: one ID with its copies and the single-status certificates instead of registers", () => {
    const policy = { ...seed, mortgageIdCopies: 3, singleStatusCertificates: 3 };
    const r = requiredDocuments({ buyer: "individual", stage: "sign", payment: "mortgage", maritalStatus: "single" }, policy);
    expect(r.items).toEqual([
      ...SIGN_BASE(1, 4),
      bring("applicant-id-card", "申请人身份证", "the applicant's ID card", "SUB-SIGN-2", 1, 3),
      bring("single-status-certificates", "单身未婚证明", "single-status certificates", "SUB-SIGN-2", 3, 0),
      bring("bank-card", "申请人或配偶银行卡", "龙卡 (China Construction Bank Long card) of the applicant or spouse", "SUB-SIGN-2", 1, 1),
      bring("income-certificate", "收入证明正本", "income certificate, original", "SUB-SIGN-2", 1, 0),
    ]);
    // single is the default
    expect(requiredDocuments({ buyer: "individual", stage: "sign", payment: "mortgage" }, policy).items).toEqual(r.items);
  });
});

describe("requiredDocuments: input that does not fit", () => {
  it("SUB-DOC-2: an unknown kind of buyer is INVALID_INPUT at buyer; a bad policy is INVALID_POLICY", () => {
    expectShoulou(() => requiredDocuments({ buyer: "trust" as never, stage: "subscribe" }, seed), "INVALID_INPUT", ["buyer"]);
    expectShoulou(() => requiredDocuments({ buyer: "individual", stage: "subscribe" }, { ...seed, idCopies: -1 }), "INVALID_POLICY", ["idCopies"]);
  });
});
