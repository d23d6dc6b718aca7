import { guarded } from "../core/errors";
import { parseWith } from "../core/schema";
import { duplicate } from "./duplicate";
import { attributionPhoneSchema } from "./event-schema";
import type { AttributionCustomer, AttributionEvent } from "./schema";
import type { AttributionPolicy } from "./policy";

/**
 * Who is the same person or the same batch (ATT-CH-7): customers sharing a phone or an ID
 * number are one person; immediate family in `policy.familyRelations` is one batch. Each group
 * is named by its smallest customer id.
 * @remarks ATT-CH-7 (practice).
 * @category Attribution
 */
export interface Identity {
  /** The group of a customer id (customers not in the register are their own group). */
  readonly groupOf: (customer: string) => string;
  /** Customers of each group of two or more, sorted (a customer alone is its own group). */
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** The full phones of each group that some channel registration uses (in full or masked). */
  readonly phonesOf: ReadonlyMap<string, readonly string[]>;
  /** The groups whose phones fit each masked key that a registration uses (first 3 + last 4). */
  readonly byMask: ReadonlyMap<string, readonly string[]>;
  /** Every customer id known from the register or the events. */
  readonly known: ReadonlySet<string>;
  /** Whether a registration's phone (full, or masked key) fits some customer of the register. */
  readonly fitsSomeone: (phone: string) => boolean;
}

/** The masked key of an 11-digit phone: first 3 digits, `****`, last 4 digits (ATT-CH-2). */
export function maskKey(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/**
 * The masked key of a phone, as a channel registers it: first 3 digits, `****`, last 4 digits.
 * @remarks ATT-CH-2 (common practice: 隐号报备 前三后四).
 * @param phone - 11 digits, or an already masked phone.
 * @returns the masked form.
 * @throws ShoulouError `INVALID_INPUT` when `phone` is neither 11 digits nor masked as 3 + `****` + 4.
 * @example
 * ```ts
 * maskRegistrationPhone("13812345678"); //=> "138****5678"
 * ```
 * @category Attribution
 */
export function maskRegistrationPhone(phone: string): string {
  return guarded(() => maskKey(parseWith(attributionPhoneSchema, phone, "INVALID_INPUT", ["phone"])));
}

const NO_FAMILY: AttributionCustomer["family"] = [];

/**
 * Builds the identity groups of the register and the events.
 * @remarks ATT-CH-7.
 * @param customers - the register.
 * @param events - every event (their customers become known).
 * @param policy - which family relations make a batch.
 * @returns the {@link Identity}.
 * @throws ShoulouError `DUPLICATE` when the register lists a customer id twice.
 * @category Attribution
 */
export function buildIdentity(customers: readonly AttributionCustomer[], events: readonly AttributionEvent[], policy: AttributionPolicy): Identity {
  // Only customers joined to another have an entry; a root (or a customer alone) has none.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    for (let cur = x; cur !== root; ) {
      const next = parent.get(cur) ?? root;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const known = new Set<string>();
  const seenPhone = new Map<string, string>();
  const seenIdNumber = new Map<string, string>();
  const relations = new Set(policy.familyRelations);
  const firstIndex = new Map<string, number>();
  customers.forEach((c, i) => {
    const first = firstIndex.get(c.id);
    if (first !== undefined) throw duplicate("customers", first, i, `customer ${c.id}`);
    firstIndex.set(c.id, i);
    known.add(c.id);
  });
  for (const c of customers) {
    if (c.phone !== undefined) {
      const other = seenPhone.get(c.phone);
      if (other === undefined) seenPhone.set(c.phone, c.id);
      else union(other, c.id);
    }
    if (c.idNumber !== undefined) {
      const other = seenIdNumber.get(c.idNumber);
      if (other === undefined) seenIdNumber.set(c.idNumber, c.id);
      else union(other, c.id);
    }
    // Absent when the caller left it out: the input is kept as given (see parseOfficeInput).
    for (const f of c.family ?? NO_FAMILY) {
      known.add(f.customer);
      if (relations.has(f.relation)) union(c.id, f.customer);
    }
  }
  // Masked keys are indexed only for the masked phones some registration actually uses; likewise
  // only phones some registration uses, in full or masked, are listed per group: no other phone
  // can ever match a registration.
  const wanted = new Set<string>();
  const wantedFull = new Set<string>();
  for (const e of events) {
    if (e.kind !== "channel-registration") known.add(e.customer);
    else (e.phone.includes("*") ? wanted : wantedFull).add(e.phone);
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const g = find(id);
    if (g === id) continue;
    const list = members.get(g);
    if (list) list.push(id);
    else members.set(g, [g, id]);
  }
  for (const list of members.values()) list.sort();
  const listed = new Set<string>();
  const masks = new Map<string, Set<string>>();
  const phonesOf = new Map<string, string[]>();
  for (const c of customers) {
    if (c.phone === undefined) continue;
    const key = wanted.size === 0 ? null : maskKey(c.phone);
    const maskWanted = key !== null && wanted.has(key);
    if (!maskWanted && !wantedFull.has(c.phone)) continue;
    const g = find(c.id);
    if (!listed.has(c.phone)) {
      const list = phonesOf.get(g);
      if (list) list.push(c.phone);
      else phonesOf.set(g, [c.phone]);
    }
    listed.add(c.phone);
    if (!maskWanted) continue;
    const set = masks.get(key) ?? new Set<string>();
    set.add(g);
    masks.set(key, set);
  }
  const byMask = new Map<string, string[]>();
  for (const [k, set] of masks) byMask.set(k, [...set].sort());
  const fitsSomeone = (phone: string): boolean => (phone.includes("*") ? byMask.has(phone) : seenPhone.has(phone));
  return { groupOf: (c) => (parent.has(c) ? find(c) : c), members, phonesOf, byMask, known, fitsSomeone };
}
