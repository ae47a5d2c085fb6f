import type { Dataset } from "../dataset/validate";
import type { FigureClaim } from "../model/claims";
import type { SeriesComparison, SeriesLine } from "../model/comparisons";
import type { IsoDate } from "../model/dates";
import { armyLabel, lineArmy, type Topic, topicIn } from "../model/topics";
import type { Locale } from "../i18n/locales";
import { chartWords } from "./words";
import { claimsAsOf } from "./as-of";
import type { ChartCatalogue, ChartQuery } from "./query";
import { dataSpan, type SeriesChart, shapeSeriesChart } from "./series-chart";
import { type ShapedLine, shapeLine } from "./series";

/** Figure claims by claimant, subject and metric, made once per dataset: a chart asks for a few of 53,000. */
const indexes = new WeakMap<Dataset, Map<string, FigureClaim[]>>();
function claimIndex(dataset: Dataset): Map<string, FigureClaim[]> {
  const hit = indexes.get(dataset);
  if (hit) return hit;
  const index = new Map<string, FigureClaim[]>();
  for (const c of dataset.claims) {
    if (c.kind !== "figure") continue;
    const key = `${c.claimantId}\u0000${c.subject}\u0000${c.metric}`;
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  }
  indexes.set(dataset, index);
  return index;
}

/** Every claim a line could be drawn from: its claimant's, about its subject, in its metrics. */
export function claimsOfLine(line: SeriesLine, dataset: Dataset): FigureClaim[] {
  const metrics = line.sum ?? line.renamed ?? (line.metric ? [line.metric] : []);
  const index = claimIndex(dataset);
  const claimants = [line.claimantId, ...(line.alsoClaimants ?? [])];
  const all = claimants.flatMap((who) => metrics.flatMap((m) => index.get(`${who}\u0000${line.subject}\u0000${m}`) ?? []));
  return line.sources ? all.filter((c) => line.sources?.includes(c.sourceId)) : all;
}

/** What the query needs to know of the data, for the picker and for checking a query (the proxy reads it from the build). */
export function chartCatalogue(dataset: Dataset): ChartCatalogue {
  return {
    topics: dataset.topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      lines: topic.lines.flatMap((line) => {
        const span = dataSpan([shapeLine(line, claimsOfLine(line, dataset))]);
        return span ? [{ id: line.id, label: line.label, army: lineArmy(line), first: span.first, last: span.last }] : [];
      }),
    })),
  };
}

/**
 * A topic's line shaped from the claims as they stood on `asof` (or now), kept for the next chart
 * that asks: a line is the same whatever days a chart cuts from it. A few hundred are kept.
 */
const shapedLines = new WeakMap<Dataset, Map<string, ShapedLine>>();
const KEPT_LINES = 400;
function shapedLine(topicId: string, line: SeriesLine, dataset: Dataset, asof: IsoDate | undefined, locale: Locale): ShapedLine {
  const cache = shapedLines.get(dataset) ?? new Map<string, ShapedLine>();
  shapedLines.set(dataset, cache);
  const key = `${topicId}/${line.id}@${asof ?? "latest"}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const made = shapeLine(line, claimsAsOf(claimsOfLine(line, dataset), sources, asof), locale);
  cache.set(key, made);
  if (cache.size > KEPT_LINES) cache.delete(cache.keys().next().value as string);
  return made;
}

/** "… over 10 Oct 2023 to 20 Feb 2024, as published by 30 Jun 2024": the title says the chart's choice of days. */
export function customTitle(topic: Topic, query: Pick<ChartQuery, "army" | "from" | "to" | "asof">, locale: Locale = "en"): string {
  const { t, date } = chartWords(locale);
  const title = query.army ? `${topic.title} (${armyLabel(query.army, locale)})` : topic.title;
  const span = t("chart.custom.span", { title, from: date(query.from), to: date(query.to) });
  return query.asof ? t("chart.titlePinned", { title: span, date: date(query.asof) }) : span;
}

/** The slug a custom chart's ids and file names take. */
export const customSlug = (topicId: string) => `chart-${topicId}`;

/**
 * A chart of any topic over any days, as published by a day: the topic's lines, shaped from the
 * claims as they stood then, drawn by the same code as the presets. The query is checked already.
 */
export function shapeCustomChart(query: ChartQuery, dataset: Dataset, locale: Locale = "en"): SeriesChart {
  const english = dataset.topics.find((t) => t.id === query.topic);
  if (!english) throw new Error(`custom chart: no topic ${query.topic}`);
  const topic = topicIn(english, locale);
  const { t, date } = chartWords(locale);
  const lines = query.lineIds.map((id) => topic.lines.find((l) => l.id === id)).filter((l): l is SeriesLine => l !== undefined);
  const shaped = lines.map((line) => shapedLine(topic.id, line, dataset, query.asof, locale));
  const comparison: SeriesComparison = {
    slug: customSlug(topic.id),
    kind: "series",
    topic: topic.id,
    title: customTitle(topic, query, locale),
    summary: topic.summary,
    lines,
    span: { from: query.from, to: query.to },
    comparability: topic.comparability,
    notes: query.asof ? [...topic.notes, t("chart.custom.asofNote", { date: date(query.asof) })] : topic.notes,
    methodology: topic.methodology,
    ...(topic.controlMarks ? { controlMarks: true } : {}),
  };
  const chart = shapeSeriesChart(comparison, dataset, "all", shaped, locale);
  // The days asked for, not only the days with points: the axis and the words say the chosen span.
  return { ...chart, ranges: [], from: query.from, to: query.to, asOf: query.asof, latestDate: chart.latestDate > query.to ? query.to : chart.latestDate };
}

export type { IsoDate };
