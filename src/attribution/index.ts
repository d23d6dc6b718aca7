/**
 * shoulou/attribution — 客户归属 / 判客: who owns a customer and who gets the credit, under
 * the house rules — version A, 《康城百合湾项目案场管理制度》第一章, and version B, 《销售客户资源的归属原则》 — and the channel (报备) rules offices use. See
 * docs/attribution.md.
 *
 * @packageDocumentation
 */
export * from "./schema";
export * from "./policy";
export { attributeCustomer } from "./attribute-customer";
export { maskRegistrationPhone } from "./identity";
export { attributeAll, type OfficeAttribution } from "./attribute-all";
export { attributionLimits } from "./limits";
export { nextInRotation, type RotationTurn } from "./rotation";
