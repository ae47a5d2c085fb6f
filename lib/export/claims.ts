import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { type ControlTimeline, type FigureChart, longLabel } from "../chart/figures";
import { Claimant } from "../model/claimants";
import { Claim, METRIC_INFO } from "../model/claims";
import type { Dataset } from "../dataset/validate";
import { Source, sourceLanguage } from "../model/sources";

/** The public JSON export, /data/claims.json: a stable contract, documented in the README. */
export const ClaimsExport = z.strictObject({
  dataset: z.strictObject({
    title: z.string(),
    version: z.string(),
    /** When this file was built, ISO 8601. */
    generated: z.iso.datetime(),
  }),
  sources: z.array(Source),
  claimants: z.array(Claimant),
  claims: z.array(Claim),
});
export type ClaimsExport = z.infer<typeof ClaimsExport>;

export function claimsExport(dataset: Dataset, generated: Date): ClaimsExport {
  return {
    dataset: { title: dataset.meta.title, version: dataset.meta.version, generated: generated.toISOString() },
    // Every source says its language here, English included, so a reader of the export need not know the default.
    sources: dataset.sources.map((s) => ({ ...s, language: sourceLanguage(s) })),
    claimants: dataset.claimants,
    claims: dataset.claims,
  };
}

/** JSON Schema of the export, generated from the zod schema (zod 4's own converter). */
export function claimsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ClaimsExport, { target: "draft-2020-12", io: "output" }),
    title: "Counterclaim claims export",
    description: "The JSON served at /data/claims.json: sources, claimants and claims, each claim with its verbatim quote.",
  };
}

/**
 * A spreadsheet opens a cell that starts with =, +, - or @ as a formula. Text cells that do are
 * prefixed with an apostrophe (the OWASP advice); numbers are left as numbers.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export const CSV_COLUMNS = [
  "id", "kind", "claimantId", "claimant", "claimantKind", "side", "speaker", "relayVia", "relayWording",
  "statedOn", "statedOnPrecision", "statedOnWording", "periodWording", "periodFrom", "periodAsOf", "subject",
  "metric", "unit", "qualifier", "value", "valueHigh", "vagueTerm", "stated", "place", "placeDetail", "status",
  "quote", "quoteStart", "quoteEnd", "cellRecord", "cellField", "cellQualifier", "destroyed", "damaged", "abandoned", "captured",
  "fellFromDate", "fellFromValue", "correctionListed", "revisedFrom", "central", "url", "note",
  "sourceId", "sourcePublisher", "sourceDatePublished", "sourceDateline", "sourceUrl", "sourceSha256",
  "quoteLanguage", "translation", "translationBy", "doubtKinds", "doubtNotes", "alsoInSourceIds", "alsoInQuotes",
] as const;

/** Several values in one CSV cell: joined by " | ", which none of the values holds. */
const LIST_SEPARATOR = " | ";
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | undefined>;

export function claimCsvRow(claim: Claim, claimant: Claimant | undefined, source: Source | undefined): CsvRow {
  const figure = claim.kind === "figure" ? claim : undefined;
  const control = claim.kind === "control" ? claim : undefined;
  return {
    id: claim.id,
    kind: claim.kind,
    claimantId: claim.claimantId,
    claimant: claimant?.name,
    claimantKind: claimant?.kind,
    side: claimant?.side,
    speaker: claim.speaker,
    relayVia: claim.relay?.via,
    relayWording: claim.relay?.wording,
    statedOn: claim.statedOn.date,
    statedOnPrecision: claim.statedOn.precision,
    statedOnWording: claim.statedOn.wording,
    periodWording: claim.period?.wording,
    periodFrom: claim.period?.from,
    periodAsOf: claim.period?.asOf,
    subject: claim.subject,
    metric: figure?.metric,
    unit: figure ? METRIC_INFO[figure.metric].unit : undefined,
    qualifier: figure?.qualifier,
    value: figure && figure.qualifier !== "vague" ? figure.value : undefined,
    valueHigh: figure?.qualifier === "range" ? figure.valueHigh : undefined,
    vagueTerm: figure?.qualifier === "vague" ? figure.vagueTerm : undefined,
    stated: figure?.stated,
    place: control?.place,
    placeDetail: control?.placeDetail,
    status: control?.status,
    quote: claim.quote,
    quoteStart: claim.locator.kind === "text" ? claim.locator.start : undefined,
    quoteEnd: claim.locator.kind === "text" ? claim.locator.end : undefined,
    cellRecord: claim.locator.kind === "cell" ? claim.locator.record : undefined,
    cellField: claim.locator.kind === "cell" ? claim.locator.field : undefined,
    cellQualifier: figure?.table?.qualifierCell?.quote,
    destroyed: figure?.table?.breakdown?.destroyed,
    damaged: figure?.table?.breakdown?.damaged,
    abandoned: figure?.table?.breakdown?.abandoned,
    captured: figure?.table?.breakdown?.captured,
    fellFromDate: figure?.table?.fellFrom?.date,
    fellFromValue: figure?.table?.fellFrom?.value,
    correctionListed: figure?.table?.correctionListed,
    revisedFrom: figure?.table?.revisions?.map((r) => `${String(r.from)} (import of ${r.importedOn})`).join("; "),
    central: figure?.table?.central?.value,
    url: claim.url,
    note: claim.note,
    sourceId: claim.sourceId,
    sourcePublisher: source?.publisher,
    sourceDatePublished: source?.datePublished,
    sourceDateline: source?.kind === "report" ? source.dateline : undefined,
    sourceUrl: source?.url,
    sourceSha256: source?.sha256,
    quoteLanguage: source ? sourceLanguage(source) : undefined,
    /** Counterclaim's translation, not the source's words: translationBy says so in every row. */
    translation: claim.translation?.text,
    translationBy: claim.translation?.by,
    doubtKinds: claim.doubts?.map((d) => d.kind).join(LIST_SEPARATOR),
    doubtNotes: claim.doubts?.map((d) => d.note).join(LIST_SEPARATOR),
    alsoInSourceIds: claim.alsoIn?.map((r) => r.sourceId).join(LIST_SEPARATOR),
    alsoInQuotes: claim.alsoIn?.map((r) => r.quote).join(LIST_SEPARATOR),
  };
}

/** Writes rows as RFC 4180 CSV (csv-stringify), header first, text cells neutralised against formulas. */
export function toCsv<Column extends string>(columns: readonly Column[], rows: readonly Record<Column, string | number | undefined>[], headers?: Readonly<Record<Column, string>>): string {
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    // The header row may be named in an edition's language (a chart's CSV); the keys stay the columns.
    columns: headers ? columns.map((key) => ({ key, header: headers[key] })) : [...columns],
    cast: { string: neutraliseFormula },
  });
}

/** /data/claims.csv: one row a claim, with its claimant and source beside it. */
export function claimsCsv(dataset: Dataset): string {
  const claimants = new Map(dataset.claimants.map((c) => [c.id, c]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return toCsv(
    CSV_COLUMNS,
    dataset.claims.map((claim) => claimCsvRow(claim, claimants.get(claim.claimantId), sources.get(claim.sourceId))),
  );
}

/** /data/sources/<id>.csv: the claims of one source, in the columns of claims.csv. */
export function sourceCsv(dataset: Dataset, sourceId: string): string | undefined {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) return undefined;
  const claimants = new Map(dataset.claimants.map((c) => [c.id, c]));
  return toCsv(
    CSV_COLUMNS,
    dataset.claims.filter((c) => c.sourceId === sourceId).map((claim) => claimCsvRow(claim, claimants.get(claim.claimantId), source)),
  );
}

export const CHART_CSV_COLUMNS = [
  "category", "claimant", "claimantId", "about", "figure", "qualifier", "value", "valueHigh", "vagueTerm", "unit", "notComparable",
  "quote", "stated", "reportedIn", "claimId", "sourceId",
] as const;

/**
 * /charts/<slug>.csv: a figures chart as a table, one row a bar (or absent bar). A figure a side did
 * not report is a row saying "not reported", never a zero.
 */
export function figureChartCsv(chart: FigureChart): string {
  const names = new Map(chart.series.map((s) => [s.claimantId, s.name]));
  // Whose losses each side's figures count ("Ukrainian losses, as Russia claims them"): two figures in one row may be different armies'.
  const abouts = new Map(chart.series.map((s) => [s.claimantId, s.about]));
  return toCsv(
    CHART_CSV_COLUMNS,
    chart.rows.flatMap((row) =>
      row.cells.map((cell) => {
        const base = { category: row.label, claimant: names.get(cell.claimantId) ?? cell.claimantId, claimantId: cell.claimantId, about: abouts.get(cell.claimantId), notComparable: row.notComparable };
        const claim = cell.kind === "not-reported" ? undefined : cell.claim;
        if (!claim || cell.kind === "not-reported") {
          return { ...base, figure: "not reported", qualifier: undefined, value: undefined, valueHigh: undefined, vagueTerm: undefined, unit: undefined, quote: undefined, stated: undefined, reportedIn: undefined, claimId: undefined, sourceId: undefined };
        }
        return {
          ...base,
          figure: longLabel(claim),
          qualifier: claim.qualifier,
          value: claim.qualifier === "vague" ? undefined : claim.value,
          valueHigh: claim.qualifier === "range" ? claim.valueHigh : undefined,
          vagueTerm: claim.qualifier === "vague" ? claim.vagueTerm : undefined,
          unit: METRIC_INFO[claim.metric].unit,
          quote: claim.quote,
          stated: [cell.attribution.relay, cell.attribution.stated].filter(Boolean).join(", "),
          reportedIn: cell.attribution.publication,
          claimId: claim.id,
          sourceId: claim.sourceId,
        };
      }),
    ),
  );
}

export const TIMELINE_CSV_COLUMNS = ["statedOn", "statedOnPrecision", "claimant", "place", "placeDetail", "status", "quote", "stated", "reportedIn", "claimId", "sourceId"] as const;

/** /charts/<slug>.csv for a timeline of claims of control: one row a claim, in the order stated. */
export function controlTimelineCsv(timeline: ControlTimeline): string {
  return toCsv(
    TIMELINE_CSV_COLUMNS,
    timeline.entries.map((entry) => ({
      statedOn: entry.claim.statedOn.date,
      statedOnPrecision: entry.claim.statedOn.precision,
      claimant: entry.claimant,
      place: entry.claim.place,
      placeDetail: entry.claim.placeDetail,
      status: entry.status,
      quote: entry.claim.quote,
      stated: [entry.claim.speaker, entry.attribution.relay, entry.attribution.stated].filter(Boolean).join(", "),
      reportedIn: entry.attribution.publication,
      claimId: entry.claim.id,
      sourceId: entry.claim.sourceId,
    })),
  );
}
