import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { publicationPhrase } from "../chart/attribution";
import { type ControlTimeline, type FigureChart, shapeControlTimeline, shapeFigureChart } from "../chart/figures";
import type { FilterOption } from "../claims-table/filters";
import { claimRows, inTextOrder, inTimeOrder } from "../claims-table/rows";
import { CLAIMANT_KIND_LABELS, SIDE_LABELS } from "../model/claimants";
import { METRIC_INFO, METRICS } from "../model/claims";
import { controlByPlace } from "../chart/control";
import { coverage } from "./coverage";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/validate";
import { claimantColours, UNKNOWN_COLOUR } from "../chart/palette";
import { type ChartMeta, shapeChartMeta } from "../chart/meta";
import { type EmbedModel, shapeEmbedModel } from "../embed/model";
import { type Sharing, shapeSharing } from "../embed/sharing";
import { siteOrigin } from "./site";
import { chartSvg } from "../render/chart-files";
import { sourceTitle } from "../model/sources";
import { homeRank, seriesPageSlugs, seriesView, type SeriesView } from "./series-views";

export type ComparisonView =
  | { kind: "figures"; chart: FigureChart; svgs: Record<ChartSize, string> }
  | { kind: "control"; timeline: ControlTimeline }
  | SeriesView;

/** Everything a page needs to show one comparison (or one range of a series), or undefined for an unknown slug. */
export function comparisonView(slug: string): ComparisonView | undefined {
  const dataset = loadDataset();
  const series = seriesView(slug, dataset);
  if (series) return series;
  const comparison = dataset.comparisons.find((c) => c.slug === slug);
  if (!comparison || comparison.kind === "series") return undefined;
  if (comparison.kind === "control") return { kind: "control", timeline: shapeControlTimeline(comparison, dataset) };
  const sizes = Object.keys(CHART_SIZES) as ChartSize[];
  return {
    kind: "figures",
    chart: shapeFigureChart(comparison, dataset),
    svgs: Object.fromEntries(sizes.map((size) => [size, chartSvg(slug, size)])) as Record<ChartSize, string>,
  };
}

/** Every comparison page's slug: each comparison's, and each range of a series comparison. */
export function comparisonSlugs(): string[] {
  const dataset = loadDataset();
  return dataset.comparisons.flatMap((c) => (c.kind === "series" ? seriesPageSlugs(c, dataset) : [c.slug]));
}

/** A comparison as the home page lists it: the same view, with its slug. */
export interface ComparisonCard {
  slug: string;
  view: ComparisonView;
}

export function homeView() {
  const dataset = loadDataset();
  // The running comparisons first (the armour over time leads: it is first in home order), then the rest.
  const ordered = [...dataset.comparisons].sort((a, b) => homeRank(a) - homeRank(b));
  const cards: ComparisonCard[] = ordered.flatMap((c) => {
    const view = comparisonView(c.slug);
    return view ? [{ slug: c.slug, view }] : [];
  });
  return {
    meta: dataset.meta,
    coverage: coverage(dataset),
    claimCount: dataset.claims.length,
    cards,
    sources: sourceSummaries(dataset),
  };
}

function sourceSummaries(dataset: Dataset) {
  return dataset.sources.map((s) => ({
    id: s.id,
    title: sourceTitle(s),
    publication: publicationPhrase(s),
    claims: dataset.claims.filter((c) => c.sourceId === s.id).length,
  }));
}

/** The whole claims table, in the order stated, with the choices its filters offer (only those in the data). */
export function claimsTableView() {
  const dataset = loadDataset();
  const rows = inTimeOrder(claimRows(dataset));
  const claimants: FilterOption[] = dataset.claimants.filter((c) => rows.some((r) => r.claimantId === c.id)).map((c) => ({ value: c.id, label: c.name }));
  const topics: FilterOption[] = [
    ...METRICS.filter((m) => rows.some((r) => r.topic === m)).map((m) => ({ value: m, label: METRIC_INFO[m].label })),
    ...(rows.some((r) => r.topic === "control") ? [{ value: "control", label: "Claims of control (no figure)" }] : []),
  ];
  const dates = [...new Set(rows.map((r) => r.statedDate))].sort();
  return { rows, claimants, topics, dateMin: dates[0], dateMax: dates[dates.length - 1] };
}

export function controlView() {
  const dataset = loadDataset();
  return { places: controlByPlace(dataset) };
}

export function sourceView(id: string) {
  const dataset = loadDataset();
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) return undefined;
  return {
    source,
    title: sourceTitle(source),
    publication: publicationPhrase(source),
    rows: inTextOrder(claimRows(dataset).filter((r) => r.sourceId === id)),
  };
}

export function sourcesView() {
  return sourceSummaries(loadDataset());
}

export function claimantView(id: string) {
  const dataset = loadDataset();
  const claimant = dataset.claimants.find((c) => c.id === id);
  if (!claimant) return undefined;
  return {
    claimant,
    colour: claimantColours(dataset.claimants).get(id) ?? UNKNOWN_COLOUR,
    kind: CLAIMANT_KIND_LABELS[claimant.kind],
    side: SIDE_LABELS[claimant.side],
    rows: inTimeOrder(claimRows(dataset).filter((r) => r.claimantId === id)),
  };
}

export function claimantsView() {
  const dataset = loadDataset();
  const colours = claimantColours(dataset.claimants);
  return dataset.claimants.map((claimant) => ({
    claimant,
    colour: colours.get(claimant.id) ?? UNKNOWN_COLOUR,
    kind: CLAIMANT_KIND_LABELS[claimant.kind],
    side: SIDE_LABELS[claimant.side],
    claims: dataset.claims.filter((c) => c.claimantId === claimant.id).length,
  }));
}

export function sourceIds(): string[] {
  return loadDataset().sources.map((s) => s.id);
}

export function claimantIds(): string[] {
  return loadDataset().claimants.map((c) => c.id);
}

/** Every page of the site, for the sitemap (and the accessibility test that walks it). */
export function allPagePaths(): string[] {
  return [
    "/",
    "/claims",
    "/control",
    "/sources",
    "/claimants",
    ...comparisonSlugs().map((slug) => `/compare/${slug}`),
    ...sourceIds().map((id) => `/sources/${id}`),
    ...claimantIds().map((id) => `/claimants/${id}`),
  ];
}

/** The title, source line, date and dataset version of one comparison, for its embed, image and citation. */
export function comparisonMeta(slug: string): ChartMeta | undefined {
  const view = comparisonView(slug);
  return view ? shapeChartMeta(view, loadDataset()) : undefined;
}

/** What the embed of one comparison shows, or undefined for an unknown slug. */
export function embedModel(slug: string): EmbedModel | undefined {
  const view = comparisonView(slug);
  return view ? shapeEmbedModel(view, shapeChartMeta(view, loadDataset())) : undefined;
}

/** Embed code, downloads and citation for one comparison's page, with absolute URLs on COUNTERCLAIM_SITE_URL. */
export function comparisonSharing(slug: string): Sharing | undefined {
  const model = embedModel(slug);
  return model ? shapeSharing(model, siteOrigin()) : undefined;
}
