/** Small helpers the examples share to print readable tables. */
export function heading(zh: string, en: string): void {
  const title = `${zh} — ${en}`;
  console.log(`\n${title}\n${"=".repeat(Math.min(80, visualWidth(title)))}`);
}

/** Width on a terminal: CJK characters take two columns. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - visualWidth(text)));
  return right ? fill + text : text + fill;
}

/** Prints rows as an aligned table; columns listed in `numeric` are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): void {
  const widths = header.map((h, i) => Math.max(visualWidth(h), ...rows.map((r) => visualWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, numeric.includes(i))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
