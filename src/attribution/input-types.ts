// The named inputs of shoulou/attribution: each type names and documents, field by field, what
// its zod schema accepts (the event, register and rotation lists are plain arrays, as zod's input
// types have them, so existing callers keep compiling; the policy's lists are readonly, which
// every caller can pass). The schema stays the one description: input-checks.ts, and policy.ts
// for the policy, stop compiling when an interface and its schema drift apart.

/** Fields every event has. @category Attribution */
export type AttributionEventBase = {
  /** The event's id, unique in the call (a repeated id is refused: `DUPLICATE`, both paths). 1–200 characters. */
  readonly id: string;
  /** When it happened: an ISO instant with its offset, e.g. `"2024-10-08T09:30:00+08:00"` (a bare local time is refused). */
  readonly at: string;
};

/** A visit in person (来访): the first contact makes the owner (ATT-1); later ones may be a helper's (ATT-1a). @category Attribution */
export type AttributionVisitInput = AttributionEventBase & {
  readonly kind: "visit";
  /** The customer's id. */
  readonly customer: string;
  /** The agent who received or served the customer. */
  readonly agent: string;
  /** Whether the owner was on duty; omitted means "absent" when another agent served (ATT-1a). */
  readonly ownerOnDuty?: boolean | undefined;
  /** The channel (broker) that brought the customer, if one did (ATT-CH-5). */
  readonly channel?: string | undefined;
};

/** A phone call from the customer (来电): a first contact by phone (ATT-1). @category Attribution */
export type AttributionCallInput = AttributionEventBase & {
  readonly kind: "call";
  /** The customer's id. */
  readonly customer: string;
  /** The agent who took the call. */
  readonly agent: string;
};

/** An existing customer introduces a new one (群带, ATT-2), possibly naming an agent (ATT-4). @category Attribution */
export type AttributionIntroductionInput = AttributionEventBase & {
  readonly kind: "introduction";
  /** The new customer. */
  readonly customer: string;
  /** The existing customer who introduces them. */
  readonly introducer: string;
  /** `"in-person"` (brought along) or `"phone"` (introduced by phone). */
  readonly via: "in-person" | "phone";
  /** The introduction was registered with the office before the new customer's first visit; default false. */
  readonly registeredBeforeVisit?: boolean | undefined;
  /** The agent the new customer asked for by name, if any. */
  readonly askedFor?: string | undefined;
  /** Whether that named agent was on duty; default true (ATT-4). */
  readonly askedForOnDuty?: boolean | undefined;
};

/** An agent records a relative or friend (ATT-3), before (or after) the customer comes. @category Attribution */
export type AttributionRelativeRecordInput = AttributionEventBase & {
  readonly kind: "relative-record";
  /** The relative or friend. */
  readonly customer: string;
  /** The agent who made the record. */
  readonly agent: string;
  /** `"relative"` (亲属) or `"friend"` (朋友). */
  readonly relation: "relative" | "friend";
};

/** The named agent arrives on site after being called in (ATT-4). @category Attribution */
export type AttributionNamedAgentArrivalInput = AttributionEventBase & {
  readonly kind: "named-agent-arrival";
  /** The new customer who named the agent. */
  readonly customer: string;
  /** The agent who arrived. */
  readonly agent: string;
};

/** A slow customer re-registered after the protection period (ATT-5). @category Attribution */
export type AttributionReRegistrationInput = AttributionEventBase & {
  readonly kind: "re-registration";
  /** The customer. */
  readonly customer: string;
  /** The agent re-registering them. */
  readonly agent: string;
  /** The manager signed the registration form (营销经理 / 售楼部主管签字确认). */
  readonly managerApproved: boolean;
};

/** A channel registers (报备) a customer by phone (ATT-CH-1 … ATT-CH-4). @category Attribution */
export type AttributionChannelRegistrationInput = AttributionEventBase & {
  readonly kind: "channel-registration";
  /** The channel (broker) registering. */
  readonly channel: string;
  /** 11 digits, or masked as first 3 + `****` + last 4 (`"138****5678"`). Matched to the register's phones. */
  readonly phone: string;
};

/** The deal (认购): locks ownership (ATT-5); the closing agent is a helper when not the owner (ATT-1a). @category Attribution */
export type AttributionDealInput = AttributionEventBase & {
  readonly kind: "deal";
  /** The buyer. */
  readonly customer: string;
  /** The agent who closed the deal. */
  readonly agent: string;
  /** Whether the owner was on duty; omitted means "absent" when another agent closed. */
  readonly ownerOnDuty?: boolean | undefined;
};

/** One customer of the office's register: phone and ID number identify the person (ATT-CH-7). @category Attribution */
export type AttributionCustomerInput = {
  /** The customer's id, unique in the register (`DUPLICATE` otherwise). */
  readonly id: string;
  /** 11 digits. Customers sharing a phone are one person; channel registrations are matched by it. */
  readonly phone?: string | undefined;
  /** ID number (证件号), 1–40 characters. Customers sharing one are one person. */
  readonly idNumber?: string | undefined;
  /** Immediate family, at most 100: those of `policy.familyRelations` make one batch. Default none. */
  readonly family?: { readonly customer: string; readonly relation: "parent" | "spouse" | "child" | "sibling" }[] | undefined;
};

/** What `attributeCustomer` takes. @category Attribution */
export type AttributeCustomerInput = {
  /** The customer to decide. */
  readonly customer: string;
  /** The instant of the decision: events after it are ignored. ISO with offset. */
  readonly asOf: string;
  /** The office's events (other customers' too: introducers and identity need them). At most 1,000,000. */
  readonly events: AttributionEventInput[];
  /** The register, at most 1,000,000 customers; default empty. */
  readonly customers?: AttributionCustomerInput[] | undefined;
};

/** What `attributeAll` takes. @category Attribution */
export type AttributeAllInput = {
  /** The instant of the decision: events after it are ignored. ISO with offset. */
  readonly asOf: string;
  /** The office's events, at most 1,000,000. */
  readonly events: AttributionEventInput[];
  /** The register, at most 1,000,000 customers; default empty. */
  readonly customers?: AttributionCustomerInput[] | undefined;
};

/** A walk-in rotation (ATT-6): the head of `queue` has the turn. @category Attribution */
export type RotationStateInput = {
  /** The agents in turn order, each once, 1–10,000. */
  readonly queue: string[];
  /** Agents on leave: skipped, keeping their place. Default none. */
  readonly onLeave?: string[] | undefined;
  /** Agents busy with a customer. Default none. */
  readonly busy?: string[] | undefined;
};

/** Who walked in (ATT-6). @category Attribution */
export type RotationVisitorInput = {
  /** A customer (or a peer from another firm), or the developer's staff and contractors, who use no turn. */
  readonly kind: "customer" | "peer" | "developer-staff" | "designer" | "builder" | "ad-agency" | "event-company" | "model-company";
  /** For a customer: who brought them (e.g. `"designer"` for a designer's friend). */
  readonly broughtBy?: string | undefined;
};

/** Any event of the contact history, by `kind`. @category Attribution */
export type AttributionEventInput =
  | AttributionVisitInput
  | AttributionCallInput
  | AttributionIntroductionInput
  | AttributionRelativeRecordInput
  | AttributionNamedAgentArrivalInput
  | AttributionReRegistrationInput
  | AttributionChannelRegistrationInput
  | AttributionDealInput;

/**
 * How long an owner's claim lasts (ATT-5): `amount` calendar days or months in the policy's time
 * zone, from the first contact (day 1 per `countFrom`). Version A: 3 months; version B: 15 days.
 *
 * @category Attribution
 */
export interface AttributionProtectionInput {
  /** `"days"` or `"months"`: calendar days or calendar months in the policy's time zone. */
  readonly unit: "days" | "months";
  /** How many days or months: a whole number, 1–1200. */
  readonly amount: number;
}

/**
 * The channel (报备) rules (ATT-CH-1 … ATT-CH-6): which window protects a registered customer and
 * its days, masked phones, and who wins when a channel and an agent both claim. Every field has a
 * default; the defaults are common practice (register, visit within 3 days, deal within 30).
 *
 * @category Attribution
 */
export interface AttributionChannelPolicyInput {
  /**
   * Which window protects the channel (ATT-CH-1): `"registration-to-deal"` — the deal within
   * `registrationToDealDays` of the registration; `"registration-to-visit-to-deal"` — the first
   * visit within `registrationToVisitDays` of the registration, then the deal within
   * `visitToDealDays` of that visit; `"visit-to-deal"` — the deal within `visitToDealDays` of the
   * first visit. Default `"registration-to-visit-to-deal"`.
   */
  readonly mode?: "registration-to-deal" | "registration-to-visit-to-deal" | "visit-to-deal" | undefined;
  /** `registration-to-deal`: calendar days from the registration within which the deal must come; whole number 1–3650, default 30. */
  readonly registrationToDealDays?: number | undefined;
  /** `registration-to-visit-to-deal`: calendar days from the registration within which the first visit must come; whole number 1–3650, default 3. */
  readonly registrationToVisitDays?: number | undefined;
  /** `visit-to-deal`, and the second leg of `registration-to-visit-to-deal`: calendar days from the first visit to the deal; whole number 1–3650, default 30. */
  readonly visitToDealDays?: number | undefined;
  /** Accept registrations by masked phone, first 3 + last 4 digits (ATT-CH-2); when false a masked registration is refused. Default true. */
  readonly acceptMaskedPhone?: boolean | undefined;
  /**
   * Who wins when an agent's claim and a channel's registration meet (ATT-CH-6):
   * `"first-claim-wins"` — the earlier of the two; `"channel-wins"` — the registration stays in
   * play even after an earlier agent claim; `"agent-wins"` — an earlier agent claim, or any
   * relative record or introduction claim, beats the channel. Default `"first-claim-wins"`.
   */
  readonly conflict?: "first-claim-wins" | "channel-wins" | "agent-wins" | undefined;
}

/**
 * An office's attribution policy as callers write it (`attributionPolicySchema`): every figure of
 * the house rules is a field, and every field has a default, so `{}` is a valid policy. Start from
 * one of `attributionPresets` (version A, 《康城百合湾项目案场管理制度》; version B,
 * 《销售客户资源的归属原则》; channel practice) and change what your office does differently.
 *
 * @category Attribution
 */
export interface AttributionPolicyInput {
  /** The project's IANA time zone, in which protection periods and channel windows count calendar days and months; default `"Asia/Shanghai"`. */
  readonly timeZone?: string | undefined;
  /**
   * The credit of a helper who serves the customer while the owner is away (ATT-1a): `"none"` —
   * the owner keeps it all (version A, 不计入业绩); `"equal"` — owner and helpers split it equally
   * (version B, 业绩平分); `"custom"` — the owner keeps `ownerShare` and the helpers split the
   * rest equally. Default `"none"`.
   */
  readonly helperCredit?: "none" | "equal" | "custom" | undefined;
  /** With `helperCredit: "custom"`: the owner's share, a fraction 0–1 (up to 12 decimals) as a string or number; default `"0.5"`. */
  readonly ownerShare?: string | number | undefined;
  /** Decimal places of the credit shares, whole number 0–12; shares are split by largest remainder so they sum to exactly 1. Default 4. */
  readonly shareDecimals?: number | undefined;
  /** ATT-2: an introduction chain is followed through several customers (A's customer's customer is A's); when false only one step. Default true. */
  readonly chainTransitive?: boolean | undefined;
  /** ATT-2 / ATT-3: which claim wins when both a relative record and an introduction exist; default `"relative-first"`. */
  readonly claimPrecedence?: "relative-first" | "introduction-first" | undefined;
  /**
   * ATT-4: minutes the off-duty named agent has to arrive after being called, whole number
   * 0–1440 (arriving at minute 30 of 30 is in time: 半小时内); `null` sets no limit (version A
   * names none). Default 30.
   */
  readonly namedAgentArrivalMinutes?: number | null | undefined;
  /** ATT-5: how long an owner's claim lasts; default 3 months. */
  readonly protection?: AttributionProtectionInput | undefined;
  /**
   * ATT-5, ATT-CH-1: which day is day 1 of a period — `"contact-day"` (the day of the contact or
   * registration counts) or `"next-day"` (《中华人民共和国民法典》第二百零一条: the period starts the
   * next day, so it ends one day later). Default `"contact-day"`; the house rules do not say.
   */
  readonly countFrom?: "contact-day" | "next-day" | undefined;
  /** ATT-5: the owner's own later contact restarts the protection period (not in the house rules); default false. */
  readonly renewOnOwnerContact?: boolean | undefined;
  /** ATT-5: after expiry only a re-registration signed by a manager restores ownership; default true. */
  readonly reRegistrationNeedsApproval?: boolean | undefined;
  /** ATT-CH-1 … ATT-CH-6: the channel registration rules; default `{ mode: "registration-to-visit-to-deal", registrationToDealDays: 30, registrationToVisitDays: 3, visitToDealDays: 30, acceptMaskedPhone: true, conflict: "first-claim-wins" }`. */
  readonly channel?: AttributionChannelPolicyInput | undefined;
  /** ATT-CH-7: family relations that make one batch of customers (at most 4 entries); default parents, spouse and children (some offices add siblings). */
  readonly familyRelations?: readonly ("parent" | "spouse" | "child" | "sibling")[] | undefined;
  /** ATT-6: in the walk-in rotation, an agent busy with a customer keeps the turn; when false the busy agent goes to the back. Default true. */
  readonly busyKeepsTurn?: boolean | undefined;
  /**
   * ATT-6: visitor kinds that use no turn of the rotation (at most 8 entries); default the
   * developer's staff and its contractors: `developer-staff`, `designer`, `builder`, `ad-agency`,
   * `event-company`, `model-company` (peers and customers use a turn).
   */
  readonly exemptVisitors?: readonly ("developer-staff" | "designer" | "builder" | "ad-agency" | "event-company" | "model-company" | "peer" | "customer")[] | undefined;
}
