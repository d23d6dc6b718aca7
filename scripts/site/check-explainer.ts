/**
 * The explainer in a real browser (Debian's chromium, driven by playwright-core): the page
 * loads, the seed example shows its nine fee lines, 29,458.00 and a Chinese explanation, a
 * rule ID links to its page, and a bad input shows the error and its path. Run by .ci/run after
 * `npm run docs`; exits non-zero on any failure.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`no chromium at ${executablePath} (apt-get install -y chromium)`);
  process.exit(1);
}
const failures: string[] = [];
const expect = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(resolve("docs-site/explain.html")).href);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  expect(errors.length === 0, `the page loads without script errors ${errors.join("; ")}`);
  expect((await page.inputValue("#fn")) === "purchaseFees", "it opens on purchaseFees");
  expect((await page.locator("#lines tr td.amount").count()) === 9, "the seed example shows its nine lines");
  expect((await page.textContent("#total"))?.trim() === "29458.00", "and the total 29458.00");
  const zh = (await page.locator("#explanation li").allTextContents()).join("\n");
  expect(/契税/.test(zh) && /¥29,458\.00/.test(zh), "the explanation is in Chinese and names ¥29,458.00");
  expect((await page.locator('#explanation a[href="rules/FEE-1.html"]').count()) > 0, "rule IDs link to their pages");
  await page.selectOption("#locale", "en");
  const en = (await page.locator("#explanation li").allTextContents()).join("\n");
  expect(/Deed tax|deed tax/.test(en), "English on request");
  const input = JSON.parse(await page.inputValue("#input")) as unknown[];
  input[0] = { price: -1, area: 100 };
  await page.fill("#input", JSON.stringify(input));
  await page.click("#run");
  expect((await page.textContent("#error-code")) === "INVALID_INPUT", "a bad input shows the error code");
  expect((await page.textContent("#error-path")) === "price", "and its path");
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`explainer: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log("explainer: all checks passed in chromium");
