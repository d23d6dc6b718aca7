#!/usr/bin/env bash
# The consumer matrix: the packed tarball installed into throwaway projects, as a new user would.
#   - TypeScript ESM with moduleResolution bundler, node16 and nodenext (strict, skipLibCheck
#     false), and a CommonJS .cts file under node16/nodenext; the node16/nodenext builds also run;
#   - plain CommonJS require of every subpath;
#   - an esbuild browser bundle run in headless Chromium (Debian's chromium, driven by
#     playwright-core; no browser download).
# Installs come from the tarball and npm's local cache (--prefer-offline). Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/shoulou-consumers.XXXXXX")
trap 'rm -rf "$work"' EXIT

step() { printf '\n-- consumers: %s\n' "$*"; }
ver() { node -p "require('./package.json').devDependencies['$1']"; }

step "npm pack"
tarball="$work/$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -1)"
echo "$tarball"

step "install the tarball into a fresh project (zod $(ver zod) as the app's own, typescript $(ver typescript))"
app="$work/app"
mkdir -p "$app"
cat > "$app/package.json" <<'JSON'
{ "name": "shoulou-consumer", "version": "0.0.0", "private": true, "type": "module" }
JSON
(cd "$app" && npm install --prefer-offline --no-audit --no-fund --loglevel=error \
  "$tarball" "zod@$(cd "$root" && ver zod)" "fast-check@$(cd "$root" && ver fast-check)" "typescript@$(cd "$root" && ver typescript)" "@types/node@$(cd "$root" && ver @types/node)")
# One copy of zod: the app's (shoulou's is a peer).
zods=$(find "$app/node_modules" -name package.json -path '*/zod/package.json' -not -path '*/zod/*/*' | wc -l)
[[ "$zods" == 1 ]] || { echo "expected one zod in the app, found $zods"; exit 1; }

# The code every TypeScript consumer compiles: every subpath, its types used in earnest.
read -r -d '' ESM_TS <<'TS' || true
import { purchaseFees, feeSchedules, type PurchaseFees } from "shoulou/fees";
import { explainTrace, isShoulouError, type TraceStep } from "shoulou/core";
import { attributeCustomer, attributionPresets } from "shoulou/attribution";
import { gradeIntent } from "shoulou/scoring";
import { projectReferralGrowth } from "shoulou/referral";
import { resolveUnitPicks, subscriptionPresets } from "shoulou/subscription";
import * as everything from "shoulou";
import { arbitraries, laws, LawError } from "shoulou/testing";
import * as fc from "fast-check";

const fees: PurchaseFees = purchaseFees({ price: 1_000_000, area: 100 }, feeSchedules.changzhouOlympicGarden);
const total: string = fees.total;
const steps: readonly TraceStep[] = fees.trace;
const words: string[] = explainTrace(steps, { locale: "zh" });
const owner = attributeCustomer({ customer: "C1", asOf: "2024-10-01T12:00:00+08:00", events: [{ id: "e1", kind: "visit", at: "2024-10-01T10:00:00+08:00", customer: "C1", agent: "A7" }] }, attributionPresets.versionB).owner;
const grade = gradeIntent({ id: "C1", cardHolder: true, purchaseProbability: "0.8" }).grade;
const growth: number = projectReferralGrowth({ rounds: 12 }).final.newTotal;
const day = resolveUnitPicks({ dates: ["2024-09-26"], units: ["A-101"], cards: [{ number: 1, preferences: ["A-101"] }] }, subscriptionPresets.changzhouOlympicGarden);
let refused = false;
try {
  everything.purchaseFees({ price: -1, area: 100 }, everything.feeSchedules.changzhouOlympicGarden);
} catch (e) {
  refused = isShoulouError(e) && e.code === "INVALID_INPUT";
}
export function typesRefuse(): void {
  // @ts-expect-error a price must be a number or a decimal string (checked by tsc, never run)
  purchaseFees({ price: true, area: 100 }, feeSchedules.changzhouOlympicGarden);
}
// The QA kit from the tarball: the laws hold for a shipped preset, and a broken one fails with a LawError.
laws.feeSchedule(feeSchedules.changzhouOlympicGarden, { numRuns: 20 });
const inputs = fc.sample(arbitraries.purchaseFeesInput({ schedule: feeSchedules.changzhouOlympicGarden }), { numRuns: 5, seed: 1 });
laws.scorecard({ factors: [{ id: "v", measure: "visits", weight: 1, scale: { kind: "linear", min: 0, max: 10 } }] }, { numRuns: 20 });
laws.attributionPolicy(attributionPresets.versionB, { numRuns: 10 });
let broken: unknown;
try {
  // A deed tax that falls for the second home: the kit must catch it.
  laws.feeSchedule({ id: "broken", label: { zh: "错误", en: "Broken" }, jurisdiction: "CN", versions: [{ id: "v1", source: "test", lines: [{ code: "deed-tax", rule: "FEE-1", label: { zh: "契税", en: "Deed tax" }, source: "test", kind: "tiered", tiers: [{ homeOrdinals: [1], rate: "0.03", note: { zh: "首套", en: "1st" } }, { homeOrdinals: [2, 3], rate: "0.01", note: { zh: "二套", en: "2nd" } }] }] }] }, { numRuns: 200 });
} catch (e) {
  broken = e;
}
const lawCaught = broken instanceof LawError;
const answer = { total, lines: words.length, owner, grade, growth, picks: day.allocations.length, refused, qa: inputs.length, lawCaught };
console.log(JSON.stringify(answer));
if (total !== "29458.00" || owner !== "A7" || growth !== 8190 || !refused || inputs.length !== 5 || !lawCaught) process.exit(1);
TS
read -r -d '' CTS <<'TS' || true
import fees = require("shoulou/fees");
import core = require("shoulou/core");
const t: string = fees.purchaseFees({ price: 1_000_000, area: 100 }, fees.feeSchedules.changzhouOlympicGarden).total;
console.log(JSON.stringify({ cjs: t, zh: core.explainTrace([], { locale: "zh" }).length }));
if (t !== "29458.00") process.exit(1);
TS

for resolution in bundler node16 nodenext; do
  step "TypeScript, moduleResolution $resolution, strict, skipLibCheck false"
  dir="$app/ts-$resolution"
  mkdir -p "$dir"
  module=$([[ $resolution == bundler ]] && echo esnext || echo "$resolution")
  printf '%s\n' "$ESM_TS" > "$dir/index.ts"
  cat > "$dir/tsconfig.json" <<JSON
{ "compilerOptions": { "target": "es2022", "module": "$module", "moduleResolution": "$resolution", "strict": true,
  "skipLibCheck": false, "types": ["node"], "outDir": "out", "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true },
  "include": ["*.ts", "*.cts"] }
JSON
  if [[ $resolution != bundler ]]; then printf '%s\n' "$CTS" > "$dir/require.cts"; fi
  (cd "$dir" && "$app/node_modules/.bin/tsc" -p tsconfig.json)
  if [[ $resolution != bundler ]]; then
    (cd "$dir" && node out/index.js && node out/require.cjs)
  fi
done

step "CommonJS require of every subpath"
cat > "$app/require.cjs" <<'JS'
const subpaths = ["shoulou", "shoulou/core", "shoulou/fees", "shoulou/subscription", "shoulou/attribution", "shoulou/scoring", "shoulou/referral", "shoulou/testing"];
for (const s of subpaths) if (Object.keys(require(s)).length === 0) throw new Error(`${s}: no exports`);
const { purchaseFees, feeSchedules } = require("shoulou/fees");
const t = purchaseFees({ price: 1000000, area: 100 }, feeSchedules.changzhouOlympicGarden).total;
console.log(JSON.stringify({ cjs: t }));
if (t !== "29458.00") process.exit(1);
JS
(cd "$app" && node require.cjs)

step "the shoulou command from the installed package"
(cd "$app" && npx --no-install shoulou --version && printf '{"price":1000000,"area":100}\n' | npx --no-install shoulou batch purchaseFees preset:feeSchedules.changzhouOlympicGarden | grep -q '"total":"29458.00"' && npx --no-install shoulou schema purchaseFees | node -e 'const s=JSON.parse(require("fs").readFileSync(0,"utf8")); if (!s.input || !s.output) process.exit(1)')

step "a browser bundle (esbuild) in headless Chromium"
chromium=${CHROMIUM:-/usr/bin/chromium}
[[ -x "$chromium" ]] || { echo "no $chromium: .ci/run installs Debian's chromium (apt-get install -y chromium)"; exit 1; }
cat > "$app/browser.ts" <<'TS'
import { purchaseFees, feeSchedules } from "shoulou/fees";
import { explainTrace } from "shoulou/core";
const fees = purchaseFees({ price: 1_000_000, area: 100 }, feeSchedules.changzhouOlympicGarden);
(globalThis as unknown as { shoulou: unknown }).shoulou = { total: fees.total, zh: explainTrace(fees.trace, { locale: "zh" })[0], tz: Intl.DateTimeFormat().resolvedOptions().timeZone };
TS
"$root/node_modules/.bin/esbuild" "$app/browser.ts" --bundle --minify --format=iife --platform=browser --target=es2022 \
  --outfile="$app/page/bundle.js" --log-level=warning
printf '<!doctype html><meta charset="utf-8"><script src="bundle.js"></script>\n' > "$app/page/index.html"
ls -l "$app/page/bundle.js" | awk '{ print "bundle.js", $5, "bytes" }'
PAGE="$app/page/index.html" CHROMIUM="$chromium" node --input-type=module -e '
import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("file://" + process.env.PAGE);
  const got = await page.evaluate(() => globalThis.shoulou);
  console.log(JSON.stringify({ browser: browser.version(), ...got }));
  if (errors.length > 0 || !got || got.total !== "29458.00" || !/\p{Script=Han}/u.test(got.zh)) { console.error(errors); process.exit(1); }
} finally {
  await browser.close();
}'

echo; echo "consumers: all passed"
