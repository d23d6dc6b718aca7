// The named inputs of shoulou/attribution: each type names and documents, field by field, what
// its zod schema accepts (lists are plain arrays, as zod's input types have them, so existing
// callers keep compiling). The schema stays the one description: input-checks.ts stops
// compiling when an interface and its schema drift apart.

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
