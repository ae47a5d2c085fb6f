import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { CHART_SIZES, type ChartSize, barLayout } from "@/components/chart/layout";
import { shapeControlTimeline, shapeFigureChart } from "../chart/figures";
import { shapeChartMeta } from "../chart/meta";
import { sourceCredit } from "../chart/series-sources";
import { loadDataset } from "../dataset/load";
import { shapeEmbedModel, type EmbedModel } from "../embed/model";
import { seriesChartFor, seriesPageSlugs, seriesViewOf } from "../site/series-views";
import { CARD, drawChartCard, signsInWords } from "./card";
import { drawSeries } from "./series-svg";
import { LOCALES } from "../i18n/locales";
import { comparisonIn } from "../model/comparisons";

/**
 * Every preset's card, from the real dataset: complete, never cut. The cards travel without their
 * page, so what the page says around the chart (every line's name, every source with the credit its
 * licence asks for, the caveats) must be on the card, whole.
 */
const dataset = loadDataset();

function fakeSvg(width: number, height: number): string {
  return `<svg class="recharts-surface" viewBox="0 0 ${width} ${height}"><rect x="0" y="0" width="10" height="10" fill="currentColor"></rect></svg>`;
}

/** A card's model, and for a chart over time the sources its points come from (one publisher may hold several tables, each with its own credit). */
function models(): { slug: string; model: EmbedModel; sources?: ReadonlySet<string> }[] {
  const out: { slug: string; model: EmbedModel; sources?: ReadonlySet<string> }[] = [];
  // Every edition's card: the same checks, in its words ("uk/armour-claims").
  for (const locale of LOCALES) {
    const named = (slug: string) => (locale === "en" ? slug : `${locale}/${slug}`);
    for (const english of dataset.comparisons) {
      const comparison = comparisonIn(english, locale);
      if (comparison.kind === "series") {
        for (const slug of seriesPageSlugs(comparison, dataset)) {
          const chart = seriesChartFor(slug, dataset, locale);
          if (!chart) throw new Error(`${slug}: no chart`);
          const view = seriesViewOf(chart, dataset, (size) => (size === "wide" ? drawSeries(chart, size, slug) : ""));
          const sources = new Set([...chart.lines.flatMap((l) => l.points.flatMap((p) => p.claims.map((c) => c.sourceId))), ...chart.offLine.map((o) => o.claim.sourceId)]);
          out.push({ slug: named(slug), model: shapeEmbedModel(view, shapeChartMeta(view, dataset, locale)), sources });
        }
      } else if (comparison.kind === "figures") {
        const chart = shapeFigureChart(comparison, dataset);
        const svgs = Object.fromEntries((Object.keys(CHART_SIZES) as ChartSize[]).map((size) => [size, fakeSvg(barLayout(chart, size).width, barLayout(chart, size).height)])) as Record<ChartSize, string>;
        const view = { kind: "figures" as const, chart, svgs };
        out.push({ slug: named(comparison.slug), model: shapeEmbedModel(view, shapeChartMeta(view, dataset, locale)) });
      } else if (comparison.kind === "control") {
        const view = { kind: "control" as const, timeline: shapeControlTimeline(comparison, dataset) };
        out.push({ slug: named(comparison.slug), model: shapeEmbedModel(view, shapeChartMeta(view, dataset, locale)) });
      }
    }
  }
  return out;
}

const ALL = models();
// The card keeps "ff" apart with a zero-width non-joiner in lines with Cyrillic (lib/fonts/source-sans.ts): not a letter.
const squash = (s: string) => s.replace(/\u200C/g, "").replace(/\s+/g, " ").trim();

/** The card's own text (not the chart's, which is a nested <svg>), in order, with each element's place. */
function cardTexts(svg: string) {
  const doc = new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;
  const root = doc.documentElement;
  const chart = root.querySelector(":scope > svg");
  const texts = [...root.querySelectorAll(":scope > text")].map((t) => ({ text: t.textContent ?? "", y: Number(t.getAttribute("y")), size: Number(t.getAttribute("font-size")) }));
  return {
    texts,
    all: squash(texts.map((t) => t.text).join(" ")),
    chart: chart ? { top: Number(chart.getAttribute("y")), bottom: Number(chart.getAttribute("y")) + Number(chart.getAttribute("height")) } : undefined,
    height: Number(root.getAttribute("height")),
  };
}

describe("every preset's card", () => {
  it("covers every page that has a card", () => {
    expect(ALL.map((m) => m.slug)).toEqual(expect.arrayContaining(["armour-claims", "armour-claims-2024", "equipment-losses", "kherson-control", "uk/armour-claims", "ru/armour-claims"]));
  });

  it.each(ALL.map((m) => [m.slug, m.model, m.sources] as const))("%s: every name, caveat, source and credit whole, nothing cut with “…”", (slug, model, used) => {
    const card = drawChartCard(model);
    const { texts, all, chart, height } = cardTexts(card.svg);
    expect(height).toBe(card.height);
    expect(card.height).toBeGreaterThanOrEqual(CARD.height);
    expect(texts.filter((t) => t.text.includes("…")).map((t) => t.text)).toEqual([]);
    expect(all).toContain(squash(model.meta.title));
    expect(all).toContain(squash(model.meta.sourceLine));
    for (const item of model.legend) expect(all).toContain(squash(`${item.name} — ${item.about}`));
    // Signs the font lacks are said in words on the card (signsInWords): the note is otherwise whole.
    if (model.body.kind === "figures") for (const note of model.body.notes) expect(all).toContain(squash(signsInWords(note, model.meta.locale)));
    // Every credit a source's licence asks for, of every source behind the chart.
    for (const source of dataset.sources) {
      const credit = sourceCredit(source)?.replace(/\.$/, "");
      if (credit && (used ? used.has(source.id) : model.meta.sourceLine.includes(source.publisher))) expect(all, `${slug}: ${source.id}'s credit`).toContain(credit);
    }
    // Nothing drawn over the chart, and nothing below the card's foot.
    if (chart) for (const t of texts) expect(t.y <= chart.top + 2 || t.y - t.size >= chart.bottom - 4, `${slug}: "${t.text}" overlaps the chart`).toBe(true);
    for (const t of texts) expect(t.y, `${slug}: "${t.text}" below the card`).toBeLessThanOrEqual(card.height - 8);
  });

  it("the armour card carries the caveats a newsroom must print with it: Oryx's CC BY credit, different armies, lower bounds", () => {
    const armour = ALL.find((m) => m.slug === "armour-claims");
    if (!armour) throw new Error("armour-claims");
    const { all } = cardTexts(drawChartCard(armour.model).svg);
    expect(all).toContain("CC BY 4.0");
    expect(all).toContain("count different armies' losses");
    expect(all).toContain("lower bounds by method");
    expect(all).toContain("Oryx: Russian armour documented");
    expect(all).toContain("Oryx: Ukrainian armour documented");
  });

  it("the Russian armour card is in Russian, in Cyrillic: its title, line names and caveats, with Oryx's credit whole", () => {
    const armour = ALL.find((m) => m.slug === "ru/armour-claims");
    if (!armour) throw new Error("ru/armour-claims");
    const { all } = cardTexts(drawChartCard(armour.model).svg);
    expect(armour.model.meta.title).toMatch(/^Уничтоженная бронетехника/);
    expect(all).toContain(squash(armour.model.meta.title));
    expect(all).toContain("Oryx: задокументированная российская бронетехника");
    expect(all).toContain("Источники:");
    expect(all).toContain("CC BY 4.0");
    expect(all).toContain("считают потери разных армий");
    // No interface word left in English.
    for (const english of ["Sources:", "as claimed", "independent documentation", "Figures from", "Dot or solid line", "triangle up"]) expect(all).not.toContain(english);
  });
});
