import { describe, expect, it } from "vitest";
import { DATA_DIR, readDataDir } from "./read";
import { validateDataset } from "./validate";

/** The real data folder, read once; each test changes one topic or preset in memory. */
const { raw } = readDataDir(DATA_DIR);
const none = () => undefined;

function withFile(kind: "topics" | "comparisons", stem: string, edit: (json: Record<string, unknown>) => void) {
  const files = (raw[kind] ?? []).map((f) => {
    if (!f.path.endsWith(`/${stem}.json`)) return f;
    const json = structuredClone(f.json) as Record<string, unknown>;
    edit(json);
    return { ...f, json };
  });
  return validateDataset({ ...raw, [kind]: files }, none);
}

describe("topics and presets", () => {
  it("resolve every preset into a series comparison with its topic's lines", () => {
    const report = validateDataset(raw, none);
    expect(report.errors).toEqual([]);
    const armour = report.dataset?.comparisons.find((c) => c.slug === "armour-claims");
    expect(armour).toMatchObject({ kind: "series", topic: "armour" });
    expect(armour?.kind === "series" && armour.lines.map((l) => l.id)).toEqual(["ru-mod-ukrainian-armour", "gs-russian-armour", "oryx-russian-armour", "oryx-ukrainian-armour"]);
    expect(report.dataset?.topics.length).toBe(14);
  });

  it("name a preset's unknown topic and unknown line", () => {
    const topic = withFile("comparisons", "armour-claims", (j) => (j.topic = "armor"));
    expect(topic.errors).toContainEqual(expect.objectContaining({ record: "armour-claims", field: "topic", found: '"armor"' }));
    const line = withFile("comparisons", "armour-claims", (j) => ((j.lines as string[])[1] = "gs-tanks"));
    expect(line.errors).toContainEqual(expect.objectContaining({ record: "armour-claims", field: "lines.1", found: '"gs-tanks"' }));
  });

  it("check each topic line: one of metric, sum or renamed, and claims to draw", () => {
    const both = withFile("topics", "ships", (j) => ((j.lines as Record<string, unknown>[])[0] = { ...(j.lines as Record<string, unknown>[])[0], sum: ["tanks", "submarines"] }));
    expect(both.errors).toContainEqual(expect.objectContaining({ record: "ships", field: "lines.0", expected: "exactly one of metric, sum or renamed" }));
    const empty = withFile("topics", "tanks", (j) => ((j.lines as Record<string, unknown>[])[0] = { ...(j.lines as Record<string, unknown>[])[0], subject: "Ukrainian losses" }));
    expect(empty.errors).toContainEqual(expect.objectContaining({ record: "tanks", field: "lines.0", found: "none" }));
  });
});
