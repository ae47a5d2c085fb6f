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
