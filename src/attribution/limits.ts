/**
 * The size limits of attribution's inputs. A list past its limit is refused up front with
 * `OUT_OF_RANGE` and its path, before any work proportional to its size; the zod schemas carry
 * the same figures (`.max`), so their JSON Schema shows them. Ids are at most 200 characters and
 * ID numbers 40 (see the schemas).
 *
 * @example
 * ```ts
 * attributionLimits.events; //=> 1000000
 * ```
 * @category Attribution
 */
export const attributionLimits = Object.freeze({
  /** Events in one call of attributeCustomer or attributeAll. */
  events: 1_000_000,
  /** Customers in the register of one call. */
  customers: 1_000_000,
  /** Family links of one customer of the register. */
  family: 100,
  /** Agents in a rotation's queue, and in its on-leave and busy lists. */
  rotationAgents: 10_000,
} as const);
