import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { ruleCatalogue } from "../../src/core/rules";
import type { AppliedRules } from "./applied";

const RULE_ID = /\b[A-Z]{2,5}(?:-[A-Za-z0-9]+)+\b/g;

/** Rule IDs in the text between tags become links to their rule pages. */
function linkRuleText(html: string, base: string): string {
  return html.replace(/>([^<]+)</g, (all, text: string) => (RULE_ID.test(text) ? `>${text.replace(RULE_ID, (m) => (Object.prototype.hasOwnProperty.call(ruleCatalogue, m) ? `<a href="${base}rules/${m}.html">${m}</a>` : m))}<` : all));
}

/**
 * Finishes typedoc's function pages for auditors: the import line and the rules the function
 * applies come first, under the title, and every rule ID in the page links to its rule page.
 */
export function finishApiPages(out: string, applied: AppliedRules): number {
  let done = 0;
  for (const file of readdirSync(`${out}/functions`)) {
    const m = /^([a-z]+)\.(\w+)\.html$/.exec(file);
    if (!m) continue;
    const [, module, name] = m;
    const f = applied.functions.find((x) => x.name === name && x.module === module);
    const path = `${out}/functions/${file}`;
    let html = linkRuleText(readFileSync(path, "utf8"), "../");
    const rules = f?.rules.length ? `<p>Rules: ${f.rules.map((r) => `<a href="../rules/${r}.html">${r}</a>`).join(" ")}</p>` : "";
    html = html.replace("</h1></div>", `</h1><p><code>import { ${name} } from "shoulou/${module}";</code></p>${rules}</div>`);
    writeFileSync(path, html);
    done++;
  }
  return done;
}
