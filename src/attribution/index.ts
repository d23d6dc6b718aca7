/**
 * shoulou/attribution — 客户归属 / 判客: who owns a customer and who gets the credit, under
 * seed 004's house rules (versions A and B) and the channel (报备) rules offices use. See
 * docs/attribution.md.
 *
 * @packageDocumentation
 */
export * from "./schema";
export * from "./policy";
export { attributeCustomer } from "./attribute-customer";
export { maskRegistrationPhone } from "./identity";
export { attributeAll, type OfficeAttribution } from "./attribute-all";
export { nextInRotation, type RotationTurn } from "./rotation";
