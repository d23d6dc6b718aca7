/** Small HTML helpers for the auditor's site: escaping and one page frame. */

export function esc(text: unknown): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Compact JSON for a table cell or a code block, cut at `max` characters. */
export function json(value: unknown, max = 4000, indent = 2): string {
  const text = JSON.stringify(value, null, indent) ?? "undefined";
  return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
}

export const REPO = "https://github.com/shoulou/shoulou/blob/main";

export const CSS = `
body{font:15px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:72rem;margin:0 auto;padding:1rem 2rem;color:#1d2330}
a{color:#0b5cad}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #dde;padding-bottom:.2rem}
nav{font-size:.9rem;color:#667;border-bottom:1px solid #eee;padding-bottom:.5rem}nav a{margin-right:1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #dde;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f6fa}
pre,code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}pre{background:#f6f8fa;padding:.7rem;overflow:auto;max-height:28rem}
.zh{font-size:1.05rem}.muted{color:#667}.hit{background:#fff6d6}.tag{display:inline-block;border:1px solid #ccd;border-radius:3px;padding:0 .3rem;font-size:.8rem;margin-right:.3rem}
ol.explain li{margin:.15rem 0}textarea{width:100%;min-height:16rem;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.error{color:#a00;font-weight:600}select,button{font-size:1rem;margin:.2rem .5rem .2rem 0}
`;

/** A whole page; `base` is the path back to the site root ("../" from rules/). */
export function page(title: string, body: string, base: string, lang = "zh-CN"): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · shoulou</title><link rel="stylesheet" href="${base}site.css"></head>
<body><nav><a href="${base}index.html">API</a><a href="${base}rules/index.html">规则目录 Rules</a><a href="${base}presets/index.html">预设对照 Presets</a><a href="${base}explain.html">解释器 Explainer</a></nav>
${body}
</body></html>
`;
}
