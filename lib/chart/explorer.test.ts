import { describe, expect, it } from "vitest";
import { claimRows, inTimeOrder } from "../claims-table/rows";
import { PAGE_SIZE } from "../claims-table/paging";
import { loadDataset } from "../dataset/load";
import { seriesView } from "../site/series-views";
import { expandLine, readout } from "./readout";

/** The focus marker's data: every point, once, compact; and its words for people. */
const dataset = loadDataset();
const view = seriesView("armour-claims", dataset);
if (!view) throw new Error("armour-claims");
const lines = view.explorer.map(expandLine);
const line = (id: string) => {
  const found = lines.find((l) => l.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("the focus marker's points", () => {
  it("hold every point of every line with points, figures and days as drawn", () => {
    for (const chartLine of view.chart.lines.filter((l) => l.points.length > 0)) {
      const l = line(chartLine.id);
      expect(l.days).toEqual(chartLine.points.map((p) => p.day));
      expect(l.values).toEqual(chartLine.points.map((p) => p.value));
    }
  });

  it("are compact: the armour page's four lines (2,900 points) in under 45 KB of JSON", () => {
    expect(JSON.stringify(view.explorer).length).toBeLessThan(45_000);
  });

  it("say a table's point in words: 'Oryx, listing of 31 Dec 2024: 3,668 tanks + … armoured fighting vehicles + …'", () => {
    const oryx = line("oryx-russian-armour");
    const i = oryx.days.findIndex((d) => new Date(d * 86_400_000).toISOString().startsWith("2024-12-31"));
    const said = readout(oryx, i);
    expect(said?.source).toMatch(/^Oryx, listing of 31 Dec 2024: [\d,]+ tanks \+ [\d,]+ armoured fighting vehicles \+ [\d,]+ infantry fighting vehicles \+ [\d,]+ armoured personnel carriers$/);
    expect(said?.figure).toMatch(/^[\d,]+ on 31 Dec 2024$/);
    expect(said?.text).not.toMatch(/type_total|table 20|\d{4}-\d\d-\d\d/);
    const gs = readout(line("gs-russian-armour"), 0);
    expect(gs?.source).toMatch(/^Ukraine's General Staff, daily tally of \d+ [A-Z][a-z]{2} 2022: [\d,]+ tanks \+ [\d,]+ armoured combat vehicles$/);
    const ru = readout(line("ru-mod-ukrainian-armour"), 0);
    expect(ru?.source).toMatch(/^Reported by \S/);
  });

  it("link each point to its claim on the claims page that holds it", () => {
    const pages = new Map(inTimeOrder(claimRows(dataset)).map((r, i) => [r.id, Math.floor(i / PAGE_SIZE) + 1]));
    for (const l of lines) {
      for (const i of [0, Math.floor(l.days.length / 2), l.days.length - 1]) {
        const said = readout(l, i);
        const match = /^\/claims(?:\/page\/(\d+))?#(.+)$/.exec(said?.href ?? "");
        expect(match, said?.href).not.toBeNull();
        const [, page, id] = match ?? [];
        expect(pages.get(id ?? ""), id).toBe(Number(page ?? 1));
        expect(view.chart.lines.find((c) => c.id === l.id)?.points[i]?.claims[0]?.id).toBe(id);
      }
    }
  });
});

describe("the focus marker's figures are sent as the readout writes them", () => {
  const area = seriesView("ground-held", dataset);
  if (!area) throw new Error("ground-held");
  const compact = area.explorer.find((l) => l.cells);
  if (!compact) throw new Error("ground-held: a table's line");
  const expanded = expandLine(compact);
  const drawn = area.chart.lines.find((l) => l.id === compact.id);

  it("whole from 1,000 up (an area converted from m² carries no digits the reader never sees)", () => {
    expect(expanded.values).toEqual(drawn?.points.map((p) => (Math.abs(p.value) >= 1000 ? Math.round(p.value) : Math.round(p.value * 1000) / 1000)));
  });

  it("a line of one part sends its figures once, and its readout still names the part", () => {
    expect(compact.cells?.partsAreValues).toBe(true);
    expect(expanded.parts).toEqual([expanded.values]);
    const last = expanded.values.length - 1;
    expect(readout(expanded, last)?.source).toMatch(/^The Economist.* of \d{1,2} [A-Z][a-z]{2} 20\d\d: [\d,]+ km²$/);
  });
});

describe("a range's readout", () => {
  it("says the model's central figure and both ends of its interval, in the line and in its source", () => {
    const killed = seriesView("russian-soldiers-killed", dataset);
    const model = killed?.explorer.find((l) => l.id === "model-russian-killed");
    if (!killed || !model) throw new Error("russian-soldiers-killed: the model's line");
    const expanded = expandLine(model);
    const last = expanded.values.length - 1;
    const point = killed.chart.lines.find((l) => l.id === "model-russian-killed")?.points.at(-1);
    const words = readout(expanded, last);
    const n = (x: number | undefined) => Math.round(x ?? 0).toLocaleString("en-GB");
    expect(words?.figure).toMatch(new RegExp(`^${n(point?.central)}, between ${n(point?.value)} and ${n(point?.valueHigh)} on `));
    expect(words?.source).toContain(`between ${n(point?.value)} and ${n(point?.valueHigh)}`);
  });
});
