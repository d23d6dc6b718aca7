import * as z from "zod";
import { guarded } from "../core/errors";
import { fenToYuan, toFen } from "../core/money";
import type { RuleId } from "../core/rules";
import { parseWith } from "../core/schema";
import { step, type TraceStep } from "../core/trace";
import { subscriptionPolicySchema, type SubscriptionPolicy, type SubscriptionPolicyInput } from "./policy";
import type { SameInput } from "../core/same-input";

/**
 * Who is buying and at which stage: the facts {@link requiredDocuments} needs.
 *
 * @remarks SUB-DOC-1/2, SUB-DEP-1, SUB-SIGN-1/2 (《房地产销售现场管理关系客户购买须知》篇2 一–三).
 * @category Subscription
 */
export const documentsInputSchema = z.strictObject({
  buyer: z.enum(["individual", "minor", "company", "foreigner"]),
  stage: z.enum(["subscribe", "sign"]),
  payment: z.enum(["full", "mortgage"]).default("full"),
  maritalStatus: z.enum(["married", "single"]).default("single"),
  /** Someone signs for an owner by power of attorney. */
  proxy: z.boolean().default(false),
});

/**
 * Input of {@link requiredDocuments} as callers write it: see {@link documentsInputSchema}.
 *
 * @category Subscription
 */
export interface DocumentsInput {
  /** Who buys: an individual, a minor (the guardian acts), a company, or a foreign national. */
  readonly buyer: "individual" | "minor" | "company" | "foreigner";
  /** The checklist for subscribing or for signing the sales contract. */
  readonly stage: "subscribe" | "sign";
  /** `"full"` (default) or `"mortgage"` (adds the lender's papers at signing). */
  readonly payment?: "full" | "mortgage" | undefined;
  /** For a mortgage: `"married"` (both spouses' papers) or `"single"` (default). */
  readonly maritalStatus?: "married" | "single" | undefined;
  /** Someone signs for an owner by power of attorney. Default false. */
  readonly proxy?: boolean | undefined;
}

true satisfies SameInput<DocumentsInput, typeof documentsInputSchema>;

/** One item of the checklist. @category Subscription */
export interface DocumentItem {
  readonly code: string;
  /** `read` before subscribing, `bring` a document, `pay` money, `attend` in person. */
  readonly action: "read" | "bring" | "pay" | "attend";
  readonly zh: string;
  readonly en: string;
  /** Originals to show (0 when a copy or a reading is all that is asked). */
  readonly originals: number;
  readonly copies: number;
  /** Yuan with 2 decimals, for `pay` items. */
  readonly amount?: string;
  readonly rule: RuleId;
}

/** The rules a checklist item can come from. */
type ChecklistRule = "SUB-DOC-1" | "SUB-DOC-2" | "SUB-DEP-1" | "SUB-SIGN-1" | "SUB-SIGN-2";

type Row = readonly [string, DocumentItem["action"], string, string, number, number, ChecklistRule];

function subscribeRows(buyer: string, p: SubscriptionPolicy): Row[] {
  const rows: Row[] = [
    ["sales-sheet", "read", "售楼单张", "sales sheet", 0, 0, "SUB-DOC-1"],
    ["unit-type-sheet", "read", "户型单页", "unit-type sheet", 0, 0, "SUB-DOC-1"],
    ["payment-options", "read", "付款方式", "payment options", 0, 0, "SUB-DOC-1"],
    ["unit-floor-plan", "read", "所认购物业的平面图", "floor plan of the unit", 0, 0, "SUB-DOC-1"],
    ["subscription-notice", "read", "认购须知", "this subscription notice", 0, 0, "SUB-DOC-1"],
  ];
  if (buyer === "individual") rows.push(["id-card-or-passport", "bring", "本人身份证或护照", "own ID card or passport", 1, 0, "SUB-DOC-2"]);
  if (buyer === "foreigner") rows.push(["passport", "bring", "护照", "passport", 1, 0, "SUB-DOC-2"]);
  if (buyer === "minor")
    rows.push(
      ["guardian-id", "bring", "监护人身份证", "the guardian's ID card (the guardian acts)", 1, 0, "SUB-DOC-2"],
      ["household-register", "bring", "户口簿", "household register", 1, 0, "SUB-DOC-2"],
    );
  if (buyer === "company")
    rows.push(
      ["business-licence", "bring", "营业执照", "business licence", 1, 0, "SUB-DOC-2"],
      ["legal-representative-proof", "bring", "法定代表人身份证明", "legal representative's identity proof", 1, 0, "SUB-DOC-2"],
      ["power-of-attorney", "bring", "授权委托书", "power of attorney", 1, 0, "SUB-DOC-2"],
      ["authorised-person-work-id", "bring", "受委托人工作证", "authorised person's work ID", 1, 0, "SUB-DOC-2"],
      ["authorised-person-id", "bring", "受委托人身份证原件", "authorised person's ID card, original", 1, 0, "SUB-DOC-2"],
    );
  rows.push(["deposit", "pay", `定金（${p.depositPaidIn === "cash" ? "现金" : "不限方式"}）`, `deposit per unit${p.depositPaidIn === "cash" ? ", in cash" : ""}`, 0, 0, "SUB-DEP-1"]);
  return rows;
}

function signRows(d: z.output<typeof documentsInputSchema>, p: SubscriptionPolicy): Row[] {
  const rows: Row[] = [
    ["owners-in-person", "attend", "所有署名业主亲自到场", "every named owner in person", 0, 0, "SUB-SIGN-1"],
    ["subscription-agreement", "bring", "《认购书》", "subscription agreement", 1, 0, "SUB-SIGN-2"],
    ["deposit-receipt", "bring", "定金收据", "deposit receipt", 1, d.payment === "mortgage" ? p.depositReceiptCopies : 0, "SUB-SIGN-2"],
    ["id-card", "bring", "身份证", "ID card", 1, p.idCopies, "SUB-SIGN-2"],
  ];
  if (d.buyer === "minor") rows.push(["guardian-household-register", "bring", "监护人办理（带户口簿）", "the guardian acts, with the household register", 1, 0, "SUB-DOC-2"]);
  if (d.proxy) {
    rows[0] = ["notarised-power-of-attorney", "bring", "业主亲笔签署的经公证之委托书", "power of attorney signed by the owner and notarised", 1, 0, "SUB-SIGN-1"];
    if (d.buyer === "foreigner")
      rows.push(
        ["consular-notarisation", "bring", "领事馆公证书", "notarisation at a consulate", 1, 0, "SUB-SIGN-1"],
        ["foreign-original", "bring", "外文原件", "the foreign-language original", 1, 0, "SUB-SIGN-1"],
        ["chinese-translation", "bring", "中文翻译件", "a Chinese translation", 1, 0, "SUB-SIGN-1"],
      );
  }
  if (d.payment === "mortgage") {
    const married = d.maritalStatus === "married";
    rows.push([married ? "spouses-id-cards" : "applicant-id-card", "bring", married ? "夫妻双方身份证" : "申请人身份证", married ? "both spouses' ID cards" : "the applicant's ID card", married ? 2 : 1, p.mortgageIdCopies * (married ? 2 : 1), "SUB-SIGN-2"]);
    if (married) rows.push(["household-registers", "bring", "夫妻双方户口簿", "both spouses' household registers", 2, p.householdRegisterCopies * 2, "SUB-SIGN-2"]);
    else rows.push(["single-status-certificates", "bring", "单身未婚证明", "single-status certificates", p.singleStatusCertificates, 0, "SUB-SIGN-2"]);
    rows.push(
      ["bank-card", "bring", "申请人或配偶银行卡", p.mortgageBankCard, 1, p.bankCardCopies, "SUB-SIGN-2"],
      ["income-certificate", "bring", "收入证明正本", "income certificate, original", p.incomeCertificates, 0, "SUB-SIGN-2"],
    );
  }
  return rows;
}

/**
 * The checklist a buyer needs: what to read before subscribing, what to bring and pay at the
 * subscription, what to bring to the contract signing, with counts of originals and copies.
 *
 * @remarks SUB-DOC-1 (《房地产销售现场管理关系客户购买须知》篇2 一), SUB-DOC-2 (二.1), SUB-DEP-1 (二.2),
 * SUB-SIGN-1 (三.1), SUB-SIGN-2 (三.2). Counts per spouse are multiplied out.
 * @param input - buyer kind, stage, payment, marital status, proxy
 * @param policy - a subscription policy (copy counts and the deposit)
 * @returns the items, each with its rule, and the trace
 * @throws {@link core!ShoulouError} `INVALID_INPUT`, `INVALID_POLICY`
 * @example
 * ```ts
 * requiredDocuments({ buyer: "company", stage: "subscribe" }).items.filter((i) => i.action === "bring").length; //=> 5
 * requiredDocuments({ buyer: "individual", stage: "sign" }).items.find((i) => i.code === "id-card")?.copies; //=> 4
 * ```
 * @category Subscription
 */
export function requiredDocuments(input: DocumentsInput, policy: SubscriptionPolicyInput = {}): { readonly items: readonly DocumentItem[]; readonly trace: readonly TraceStep[] } {
  return guarded(() => {
    const p = parseWith(subscriptionPolicySchema, policy, "INVALID_POLICY");
    const d = parseWith(documentsInputSchema, input, "INVALID_INPUT");
    const rows = d.stage === "subscribe" ? subscribeRows(d.buyer, p) : signRows(d, p);
    const items: DocumentItem[] = rows.map(([code, action, zh, en, originals, copies, rule]) =>
      action === "pay" ? { code, action, zh, en, originals, copies, amount: fenToYuan(toFen(p.deposit)), rule } : { code, action, zh, en, originals, copies, rule },
    );
    const counts = new Map<ChecklistRule, number>();
    for (const i of items) counts.set(i.rule as ChecklistRule, (counts.get(i.rule as ChecklistRule) ?? 0) + 1);
    const trace = [...counts].map(([rule, n]) => step(rule, "checklist", { items: n, buyer: d.buyer, stage: d.stage }));
    return { items, trace };
  });
}
