/**
 * `npm run demo`: a day at the sales office, module by module. Each example prints its own
 * section when imported; this runs them in the order a buyer meets them.
 */
export {};

const sections = ["./fees.ts", "./selection-day.ts", "./attribution.ts", "./scoring.ts", "./referral.ts"];

for (const section of sections) {
  await import(section);
}
