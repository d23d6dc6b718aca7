import { describe, expect, it } from "vitest";
import { thrown } from "../helpers";
import { funnelMetrics } from "../../src/scoring/index";

// Survivors of funnel-metrics.ts: the issue code of the funnel's own refusals (funnel.mutation.test.ts checks paths and messages).
const issues = (input: unknown) => thrown(() => funnelMetrics(input as Parameters<typeof funnelMetrics>[0])).issues.map((i) => [i.code, i.path, i.message]);

describe("SCO-FUN-1 funnel refusals", () => {
  it("SCO-FUN-1: a growing stage and a repeated stage id are custom issues (code, path and message)", () => {
    expect(issues({ spend: 1, stages: [{ id: "leads", count: 3 }, { id: "visits", count: 4 }] })).toEqual([["custom", ["stages", 1, "count"], "more than the leads stage before it"]]);
    expect(issues({ spend: 1, stages: [{ id: "leads", count: 3 }, { id: "leads", count: 1 }] })).toEqual([["custom", ["stages", 1, "id"], "duplicate stage id"]]);
  });
});
