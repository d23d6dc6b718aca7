/**
 * `npm run bench`: every module's benchmark, each comparing against a baseline measured in the
 * same run (ratios, not absolute limits — the machines are shared and noisy).
 * `npm run bench -- fees referral` runs only those.
 */
import { existsSync } from "node:fs";

const all = ["fees", "subscription", "attribution", "scoring", "referral"];
const wanted = process.argv.slice(2).filter((a) => all.includes(a));
for (const name of wanted.length ? wanted : all) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  console.log(`\n### bench: ${name}`);
  const mod = (await import(file.href)) as { bench: () => Promise<void> };
  await mod.bench();
}
