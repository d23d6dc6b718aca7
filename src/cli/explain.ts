import { explainTrace, type Locale, type TraceStep } from "../core/index";

function isStep(v: unknown): v is TraceStep {
  return typeof v === "object" && v !== null && typeof (v as TraceStep).rule === "string" && typeof (v as TraceStep).fact === "string";
}

/**
 * Every trace in a result, in words: each `trace` array (at any depth: a batch answer has one
 * per decision) and each `refusal`, keyed by its JSON Pointer in the result (`/trace`,
 * `/decisions/0/trace`, `/refusal`).
 */
export function explainResult(result: unknown, locale: Locale): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  // An explicit stack in document order (a deep result cannot overflow the call stack).
  const stack: [unknown, string, "trace" | "refusal" | undefined][] = [[result, "", undefined]];
  while (stack.length > 0) {
    const [value, pointer, kind] = stack.pop() as [unknown, string, "trace" | "refusal" | undefined];
    if (kind === "trace") out[pointer] = explainTrace(value as TraceStep[], { locale });
    if (kind === "refusal") out[pointer] = explainTrace([value as TraceStep], { locale }); // with its rule ID, as in a trace
    if (kind !== undefined || typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`, undefined]);
      continue;
    }
    for (const [key, v] of Object.entries(value).reverse()) {
      const at = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      stack.push([v, at, key === "trace" && Array.isArray(v) && v.every(isStep) ? "trace" : key === "refusal" && isStep(v) ? "refusal" : undefined]);
    }
  }
  return out; // in document order
}
