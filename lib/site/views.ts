import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { publicationPhrase } from "../chart/attribution";
import { type ControlTimeline, type FigureChart, shapeControlTimeline, shapeFigureChart } from "../chart/figures";
import type { FilterOption } from "../claims-table/filters";
import { claimRows, inTextOrder, inTimeOrder } from "../claims-table/rows";
import { claimantSeries } from "../claims-table/series";
import { sourceGroups } from "./source-groups";
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
import { sourceLanguage, sourceTitle } from "../model/sources";
import { languageName } from "../model/languages";

export type ComparisonView =
  | { kind: "figures"; chart: FigureChart; svgs: Record<ChartSize, string> }
  | { kind: "control"; timeline: ControlTimeline };

/** Everything a page needs to show one comparison, or undefined for an unknown slug. */
export function comparisonView(slug: string): ComparisonView | undefined {
  const dataset = loadDataset();
  const comparison = dataset.comparisons.find((c) => c.slug === slug);
  if (!comparison) return undefined;
  if (comparison.kind === "control") return { kind: "control", timeline: shapeControlTimeline(comparison, dataset) };
  const sizes = Object.keys(CHART_SIZES) as ChartSize[];
  return {
    kind: "figures",
    chart: shapeFigureChart(comparison, dataset),
    svgs: Object.fromEntries(sizes.map((size) => [size, chartSvg(slug, size)])) as Record<ChartSize, string>,
  };
}

export function comparisonSlugs(): string[] {
  return loadDataset().comparisons.map((c) => c.slug);
}

/** A comparison as the home page lists it: the same view, with its slug. */
export interface ComparisonCard {
  slug: string;
  view: ComparisonView;
}

export function homeView() {
  const dataset = loadDataset();
  const cards: ComparisonCard[] = dataset.comparisons.flatMap((c) => {
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
    /** Claims recorded on another report that this one relays too: listed here, counted there. */
    relayed: inTimeOrder(claimRows(dataset).filter((r) => r.alsoIn.some((a) => a.sourceId === id))),
    language: sourceLanguage(source),
    languageName: languageName(sourceLanguage(source)),
  };
}

export function sourcesView() {
  return sourceGroups(loadDataset());
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

/** A claimant's page: its claims, and its categories over time when it stated any category more than once. */
export function claimantPageView(id: string) {
  const view = claimantView(id);
  return view ? { ...view, ...claimantSeries(view.rows) } : undefined;
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
