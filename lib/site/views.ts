import { CHART_SIZES, type ChartSize } from "@/components/chart/layout";
import { publicationPhrase } from "../chart/attribution";
import { type ControlTimeline, type FigureChart, shapeControlTimeline, shapeFigureChart } from "../chart/figures";
import type { FilterOption } from "../claims-table/filters";
import { claimRows, inTextOrder, inTimeOrder } from "../claims-table/rows";
import { monthIndex, PAGE_SIZE, pageCount, pageHref, pageOf } from "../claims-table/paging";
import { claimantSeries } from "../claims-table/series";
import { sourceGroups, sourceSummary } from "./source-groups";
import { claimantIn, claimantKindLabel, sideLabel } from "../model/claimants";
import { metricName } from "../model/metric-names";
import { NO_TERMS, placeIn, subjectIn } from "../model/terms";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { formatDateIn } from "../i18n/format";
import { languageNameIn, publicationWords, sourceIn } from "../claims-table/words";
import { METRICS } from "../model/claims";
import { controlByPlace } from "../chart/control";
import { coverage } from "./coverage";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/validate";
import { claimantColours, UNKNOWN_COLOUR } from "../chart/palette";
import { type ChartMeta, shapeChartMeta } from "../chart/meta";
import { type EmbedModel, shapeEmbedModel } from "../embed/model";
import { pinnedSharing, type Sharing, shapeSharing } from "../embed/sharing";
import { canonicalQuery } from "../chart/query";
import { formatDate, type IsoDate } from "../model/dates";
import { roleLabel } from "../chart/series";
import { siteOrigin, sitePaths } from "./site";
import { chartSvg } from "../render/chart-files";
import { cardSize } from "../render/card";
import { homeRank, pinnedSeriesView, seriesLatestDay, seriesPageSlugs, seriesView, type SeriesView } from "./series-views";
import { type TableSource, tableSourceIn } from "../model/tables";
import { summariseTable, type TableSummary } from "../tables/summary";
import { sourceLanguage, sourceTitle } from "../model/sources";
import { languageName } from "../model/languages";
import { localePath } from "../i18n/locales";
import { comparisonIn } from "../model/comparisons";

export type ComparisonView =
  | { kind: "figures"; chart: FigureChart; svgs: Record<ChartSize, string> }
  | { kind: "control"; timeline: ControlTimeline }
  | SeriesView;

/** Everything a page needs to show one comparison (or one range of a series), or undefined for an unknown slug. */
export function comparisonView(slug: string, locale: Locale = "en"): ComparisonView | undefined {
  const dataset = loadDataset();
  const series = seriesView(slug, dataset, locale);
  if (series) return series;
  const english = dataset.comparisons.find((c) => c.slug === slug);
  if (!english || english.kind === "series") return undefined;
  const comparison = comparisonIn(english, locale);
  if (comparison.kind === "control") return { kind: "control", timeline: shapeControlTimeline(comparison, dataset, locale) };
  if (comparison.kind !== "figures") return undefined;
  const sizes = Object.keys(CHART_SIZES) as ChartSize[];
  return {
    kind: "figures",
    chart: shapeFigureChart(comparison, dataset, locale),
    svgs: Object.fromEntries(sizes.map((size) => [size, chartSvg(slug, size, locale)])) as Record<ChartSize, string>,
  };
}

/**
 * The comparison's report figures whose claimant publishes (or relays) a table, each with the table's
 * figure for the same day beside it: same, rounded, or qualifier changed. No verdict beyond that.
 */
export function comparisonChecks(slug: string) {
  const dataset = loadDataset();
  const comparison = dataset.comparisons.find((c) => c.slug === slug);
  if (!comparison || comparison.kind !== "figures") return [];
  const ids = new Set(comparison.categories.flatMap((c) => Object.values(c.claims)));
  return claimRows(dataset).flatMap((row) => (ids.has(row.id) && row.check ? [{ row, check: row.check, tableHref: claimHref(row.check.tableClaimId) }] : []));
}

/** Every comparison page's slug: each comparison's, and each range of a series comparison. */
/** Every series page's slug (each comparison's, and each of its ranges'). */
export function seriesPageSlugsAll(): string[] {
  const dataset = loadDataset();
  return dataset.comparisons.flatMap((c) => (c.kind === "series" ? seriesPageSlugs(c, dataset) : []));
}

export function comparisonSlugs(): string[] {
  const dataset = loadDataset();
  return dataset.comparisons.flatMap((c) => (c.kind === "series" ? seriesPageSlugs(c, dataset) : [c.slug]));
}

/** A comparison as the home page lists it: the same view, with its slug. */
export interface ComparisonCard {
  slug: string;
  view: ComparisonView;
}

export function homeView(locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  // The running comparisons first (the armour over time leads: it is first in home order), then the rest.
  const ordered = [...dataset.comparisons].sort((a, b) => homeRank(a) - homeRank(b));
  const cards: ComparisonCard[] = ordered.flatMap((c) => {
    const view = comparisonView(c.slug, locale);
    return view ? [{ slug: c.slug, view }] : [];
  });
  const summarised = headlines(cards, locale);
  // The charts summarised under "Soldiers killed and ground held" link from there; the home page keeps
  // one card a chart otherwise, within its 40 KB of gzip HTML (the page's text travels twice, as HTML
  // and for the router).
  const inHeadlines = new Set(summarised.map((h) => h.slug));
  return {
    meta: dataset.meta,
    headlines: summarised,
    coverage: coverage(dataset),
    claimCount: dataset.claims.length,
    reportCount: dataset.sources.filter((s) => s.kind !== "table").length,
    tableCount: dataset.sources.filter((s) => s.kind === "table").length,
    cards: cards.filter((c) => !inHeadlines.has(c.slug)),
    sources: sourceSummaries(dataset, locale),
  };
}

/**
 * "Soldiers killed" and "ground held" in a few lines for the home page: each line's latest figure
 * with its date and what kind of figure it is, from the same charts as the cards.
 */
function headlines(cards: readonly ComparisonCard[], locale: Locale) {
  const pick = (slug: string, title: string) => {
    const card = cards.find((c) => c.slug === slug);
    if (!card || card.view.kind !== "series") return [];
    const { chart } = card.view;
    const figures = chart.lines.flatMap((l) =>
      l.latest
        ? [
            {
              id: l.id,
              label: l.label,
              role: roleLabel(l.role, locale),
              // A line of several bodies' estimates: say whose the latest is.
              words: l.draw === "points" && l.claimantNames && Object.keys(l.claimantNames).length > 1 ? `${l.latest.words} (${l.claimantNames[l.latest.claims[0]?.claimantId ?? ""] ?? ""})` : l.latest.words,
              date: formatDateIn(locale, l.latest.date),
              caveat: l.caveat,
              colour: l.colour,
            },
          ]
        : [],
    );
    return [{ slug, title, figures, note: chart.comparability[0] }];
  };
  const t = translator(locale);
  return [...pick("russian-soldiers-killed", t("pages.home.russianSoldiersKilled")), ...pick("ground-held", t("pages.home.groundHeld"))];
}

function countBy(claims: readonly { sourceId: string; claimantId: string }[], key: "sourceId" | "claimantId"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c[key], (counts.get(c[key]) ?? 0) + 1);
  return counts;
}

function sourceSummaries(dataset: Dataset, locale: Locale) {
  const counts = countBy(dataset.claims, "sourceId");
  return dataset.sources.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: sourceTitle(sourceIn(s, locale)),
    publication: publicationWords(s, locale),
    claims: counts.get(s.id) ?? 0,
  }));
}

const summaries = new WeakMap<Dataset, Map<string, TableSummary>>();

/** Each table source summed up (fields, span, latest values, corrections), made once per dataset. */
function tableSummaries(dataset: Dataset): Map<string, TableSummary> {
  const cached = summaries.get(dataset);
  if (cached) return cached;
  const out = new Map<string, TableSummary>();
  for (const source of dataset.sources) {
    if (source.kind !== "table") continue;
    const table = dataset.tables?.find((t) => t.source === source.id);
    if (table) out.set(source.id, summariseTable(source, table, dataset.claims));
  }
  summaries.set(dataset, out);
  return out;
}

/** A table's summary in an edition's words: its subjects, metrics and latest figures (the figures themselves unchanged). */
function summaryIn(summary: TableSummary, dataset: Dataset, locale: Locale): TableSummary {
  if (locale === DEFAULT_LOCALE) return summary;
  const terms = dataset.terms ?? NO_TERMS;
  const rows = new Map(claimRows(dataset, locale).map((r) => [r.id, r]));
  return {
    ...summary,
    series: summary.series.map((s) => ({ ...s, subject: subjectIn(terms, s.subject, locale), label: metricName(s.metric, locale), latest: { ...s.latest, stated: rows.get(s.latest.claimId)?.claimed ?? s.latest.stated } })),
    corrections: summary.corrections.map((c) => ({ ...c, subject: subjectIn(terms, c.subject, locale), label: rows.get(c.claimId)?.what ?? c.label })),
  };
}

/** A table source as its page and its claimant's page show it: the summary, never every cell. */
export interface TableView {
  source: TableSource;
  title: string;
  summary: TableSummary;
  claimant: string;
  csvHref: string;
}

function tableView(dataset: Dataset, given: TableSource, locale: Locale): TableView | undefined {
  const source = tableSourceIn(given, locale);
  const summary = tableSummaries(dataset).get(source.id);
  if (!summary) return undefined;
  const claimant = dataset.claimants.find((c) => c.id === source.claimantId);
  return { source, title: sourceTitle(source), summary: summaryIn(summary, dataset, locale), claimant: claimant ? claimantIn(claimant, locale).name : source.claimantId, csvHref: `/data/sources/${source.id}.csv` };
}

const timeOrdered = new WeakMap<Dataset, Map<Locale, ReturnType<typeof shapeClaimsTable>>>();

function shapeClaimsTable(dataset: Dataset, locale: Locale) {
  const rows = inTimeOrder(claimRows(dataset, locale));
  const claimantIds = new Set(rows.map((r) => r.claimantId));
  const topicIds = new Set<string>(rows.map((r) => r.topic));
  const claimants: FilterOption[] = dataset.claimants.filter((c) => claimantIds.has(c.id)).map((c) => ({ value: c.id, label: claimantIn(c, locale).name }));
  const topics: FilterOption[] = [
    ...METRICS.filter((m) => topicIds.has(m)).map((m) => ({ value: m, label: metricName(m, locale) })),
    ...(topicIds.has("control") ? [{ value: "control", label: translator(locale)("claims.words.controlTopic") }] : []),
  ];
  const position = new Map(rows.map((r, i) => [r.id, i]));
  const pageOfClaim = new Map(rows.map((r, i) => [r.id, Math.floor(i / PAGE_SIZE) + 1]));
  return { rows, claimants, topics, dateMin: rows[0]?.statedDate, dateMax: rows[rows.length - 1]?.statedDate, months: monthIndex(rows), pageOfClaim, position };
}

/** Every claim in the order stated, with the choices the filters offer (only those in the data); shaped once. */
export function claimsTableView(locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  let byLocale = timeOrdered.get(dataset);
  if (!byLocale) timeOrdered.set(dataset, (byLocale = new Map()));
  const cached = byLocale.get(locale) ?? shapeClaimsTable(dataset, locale);
  byLocale.set(locale, cached);
  return cached;
}

/** One page of the claims table, or undefined past the last. */
export function claimsPageView(number: number, locale: Locale = DEFAULT_LOCALE) {
  const table = claimsTableView(locale);
  const page = pageOf(table.rows, number);
  if (!page) return undefined;
  return {
    rows: page.rows,
    claimants: table.claimants,
    topics: table.topics,
    dateMin: table.dateMin,
    dateMax: table.dateMax,
    months: table.months,
    paging: { number, total: pageCount(table.rows.length), totalClaims: table.rows.length, from: page.from, to: page.to },
  };
}

export function claimsPageNumbers(): number[] {
  return Array.from({ length: pageCount(claimsTableView().rows.length) }, (_, i) => i + 1);
}

/** The claims-table address of one claim: its page, and its row's anchor (the same page in every edition). */
export function claimHref(id: string): string {
  const page = claimsTableView().pageOfClaim.get(id) ?? 1;
  return `${pageHref(page)}#${id}`;
}

/**
 * Every place's claims of control. The place's name is given in the edition's words; the timelines
 * themselves are shaped by lib/chart/control.ts (its words follow that module's edition support).
 */
export function controlView(locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  const terms = dataset.terms ?? NO_TERMS;
  return {
    places: controlByPlace(dataset).map((p) => {
      const name = placeIn(terms, p.place, locale);
      return { ...p, name, timeline: { ...p.timeline, title: name } };
    }),
  };
}

export function sourceView(id: string, locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  const found = dataset.sources.find((s) => s.id === id);
  if (!found) return undefined;
  const source = sourceIn(found, locale);
  const table = source.kind === "table" ? tableView(dataset, source, locale) : undefined;
  return {
    source,
    title: sourceTitle(source),
    publication: publicationWords(source, locale),
    table,
    rows: table ? [] : inTextOrder(claimRows(dataset, locale).filter((r) => r.sourceId === id)),
    /** Claims recorded on another report that this one relays too: listed here, counted there. */
    relayed: table ? [] : inTimeOrder(claimRows(dataset, locale).filter((r) => r.alsoIn.some((a) => a.sourceId === id))),
    language: sourceLanguage(source),
    languageName: locale === "en" ? languageName(sourceLanguage(source)) : languageNameIn(sourceLanguage(source), locale),
  };
}

export function sourcesView(locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  return {
    groups: sourceGroups(dataset, locale),
    tables: dataset.sources.filter((s) => s.kind === "table").map((s) => sourceSummary(dataset, s, locale)),
  };
}

export function claimantView(id: string, locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  const found = dataset.claimants.find((c) => c.id === id);
  if (!found) return undefined;
  const claimant = claimantIn(found, locale);
  return {
    claimant,
    colour: claimantColours(dataset.claimants).get(id) ?? UNKNOWN_COLOUR,
    kind: claimantKindLabel(claimant.kind, locale),
    side: sideLabel(claimant.side, locale),
    // A table's cells are summed up by `tables`; the list holds the claimant's claims quoted in reports.
    rows: inTimeOrder(claimRows(dataset, locale).filter((r) => r.claimantId === id && !r.cell)),
    tables: dataset.sources.flatMap((s) => (s.kind === "table" && s.claimantId === id ? [tableView(dataset, s, locale)].filter((v) => v !== undefined) : [])),
    claims: countBy(dataset.claims, "claimantId").get(id) ?? 0,
  };
}

/** A claimant's page: its claims, and its categories over time when it stated any category more than once. */
export function claimantPageView(id: string, locale: Locale = DEFAULT_LOCALE) {
  const view = claimantView(id, locale);
  return view ? { ...view, ...claimantSeries(view.rows, locale) } : undefined;
}

export function claimantsView(locale: Locale = DEFAULT_LOCALE) {
  const dataset = loadDataset();
  const colours = claimantColours(dataset.claimants);
  const counts = countBy(dataset.claims, "claimantId");
  return dataset.claimants.map((found) => {
    const claimant = claimantIn(found, locale);
    return {
      claimant,
      colour: colours.get(claimant.id) ?? UNKNOWN_COLOUR,
      kind: claimantKindLabel(claimant.kind, locale),
      side: sideLabel(claimant.side, locale),
        claims: counts.get(claimant.id) ?? 0,
    };
  });
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
    "/on",
    "/control",
    "/chart",
    "/sources",
    "/claimants",
    ...comparisonSlugs().map((slug) => `/compare/${slug}`),
    ...sourceIds().map((id) => `/sources/${id}`),
    ...claimantIds().map((id) => `/claimants/${id}`),
  ];
}

/** The claims table's further pages (/claims/page/2…): one template, listed in the sitemap, not walked one by one by the page checks. */
export function claimsPagePaths(): string[] {
  return claimsPageNumbers().slice(1).map((n) => pageHref(n));
}

/** The title, source line, date and dataset version of one comparison, for its embed, image and citation. */
export function comparisonMeta(slug: string, locale: Locale = "en"): ChartMeta | undefined {
  const view = comparisonView(slug, locale);
  return view ? shapeChartMeta(view, loadDataset(), locale) : undefined;
}

/** The size of one comparison's card image (1200 wide; 630 tall or more), for its share metadata. */
export function comparisonCardSize(slug: string, locale: Locale = "en"): { width: number; height: number } | undefined {
  const model = embedModel(slug, locale);
  return model ? cardSize(model) : undefined;
}

/** What the embed of one comparison shows, or undefined for an unknown slug. */
export function embedModel(slug: string, locale: Locale = "en"): EmbedModel | undefined {
  const view = comparisonView(slug, locale);
  return view ? shapeEmbedModel(view, shapeChartMeta(view, loadDataset(), locale)) : undefined;
}

/**
 * A series page's embed as published by `asof` (/embed/<slug>?asof=…), drawn on demand; its "Get the
 * data" link is the same chart's CSV as of that day. Undefined when the page is not a series page or
 * has no point by then.
 */
export function pinnedEmbedModel(slug: string, asof: IsoDate, locale: Locale = "en"): EmbedModel | undefined {
  const dataset = loadDataset();
  const view = pinnedSeriesView(slug, dataset, asof, locale);
  if (!view) return undefined;
  const meta = shapeChartMeta(view, dataset, locale);
  const { chart } = view;
  const csv = chart.topic
    ? localePath(locale, sitePaths.chart.csv) + canonicalQuery({ topic: chart.topic, lines: chart.lines.map((l) => l.id).join(","), from: chart.from, to: chart.to, asof })
    : meta.paths.csv;
  return shapeEmbedModel(view, { ...meta, paths: { ...meta.paths, embed: `${localePath(locale, sitePaths.embed(slug))}?asof=${asof}`, csv } });
}

/**
 * Embed code, downloads and citation for one comparison's page, with absolute URLs on
 * COUNTERCLAIM_SITE_URL. A series page, which follows the data, offers its embed pinned to the data's
 * latest day, and the live one as the other choice.
 */
export function comparisonSharing(slug: string, locale: Locale = "en"): Sharing | undefined {
  const model = embedModel(slug, locale);
  if (!model) return undefined;
  const live = shapeSharing(model, siteOrigin());
  const day = seriesLatestDay(slug, loadDataset());
  const pinned = day ? pinnedEmbedModel(slug, day, locale) : undefined;
  return day && pinned ? pinnedSharing(live, shapeSharing(pinned, siteOrigin()), day) : live;
}
