import { describe, expect, it } from "vitest";
import { parseWith } from "../../src/core/schema";
import { intentPolicySchema, maintenancePolicySchema, scorecardSchema, scoringPresets, scoringPresetSources, screeningPolicySchema } from "../../src/scoring/index";

/** Field paths of a preset: nested objects flatten with dots; an array of {id} items by id; other arrays are one field. */
function fieldPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === "object" && v !== null && "id" in v)) return value.map((v) => `${prefix}.${(v as { id: string }).id}`);
    return [prefix];
  }
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => fieldPaths(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("scoringPresets", () => {
  it("every field of every preset is cited", () => {
    expect(Object.keys(scoringPresetSources).sort()).toEqual(Object.keys(scoringPresets).sort());
    for (const [name, preset] of Object.entries(scoringPresets)) {
      const sources = scoringPresetSources[name as keyof typeof scoringPresetSources] as Record<string, string>;
      for (const path of fieldPaths(preset)) expect(sources[path], `${name}: ${path}`).toMatch(/\S/);
      expect(Object.keys(sources).sort(), name).toEqual(fieldPaths(preset).sort());
    }
  });
  it("every preset is a valid policy", () => {
    expect(() => parseWith(scorecardSchema, scoringPresets.defaultScorecard)).not.toThrow();
    expect(parseWith(intentPolicySchema, scoringPresets.intentCommonPractice)).toEqual(parseWith(intentPolicySchema, {}));
    expect(parseWith(maintenancePolicySchema, scoringPresets.maintenanceSeed002)).toEqual(parseWith(maintenancePolicySchema, {}));
    expect(() => parseWith(screeningPolicySchema, scoringPresets.screeningSeed001)).not.toThrow();
    expect(() => parseWith(screeningPolicySchema, scoringPresets.screeningSeed004)).not.toThrow();
  });
});
