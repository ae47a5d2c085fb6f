import { publicationPhrase } from "../chart/attribution";
import { longLabel, statusLabel } from "../chart/figures";
import type { Claim, Metric, StatedOn } from "../model/claims";
import { METRIC_INFO } from "../model/claims";
import type { Dataset } from "../dataset/validate";
import { formatDate } from "../model/dates";
import { claimantColours, UNKNOWN_COLOUR } from "../chart/palette";
import { type RelayCheck, relayCheckSentence, relayChecks } from "../tables/relay";
import { DOUBT_LABELS, DOUBTS_OFF_THE_LINE, type DoubtKind } from "../model/doubts";
import { languageName, needsTranslation } from "../model/languages";
import { type Source, sourceLanguage } from "../model/sources";

/** A quote in a report's language, with Counterclaim's English rendering when that language is not English. */
export interface QuoteView {
  quote: string;
  /** BCP 47 tag of the quote, for the `lang` attribute; always set, "en" for English. */
  lang: string;
  /** "rtl" for Arabic and other right-to-left scripts. */
  dir?: "rtl";
  /** Counterclaim's translation (not the source's words), and the language it is from ("Russian"). */
  translation?: { text: string; from: string };
}

/** One doubt about a claim, in words. */
export interface DoubtView {
  kind: DoubtKind;
  label: string;
  note: string;
  /** Whether a chart leaves the claim off its line for this doubt (it says so and lists the claim). */
  offTheLine: boolean;
}

/** Another report that relays the same claim: it adds no row, only a second source. */
export interface RelayView extends QuoteView {
  sourceId: string;
  publication: string;
}

/** What a claim is about, for filtering: a figure's metric, or "control" for a claim of control. */
export type ClaimTopic = Metric | "control";

/** One claim as a table row or list item shows it: every field already in words. */
export interface ClaimRow {
  id: string;
  kind: Claim["kind"];
  claimantId: string;
  claimant: string;
  colour: string;
  sourceId: string;
  /** "Reuters, 3 Mar 2022" or "report of 2 Mar 2022, publisher not identified". */
  publication: string;
  /** "2 Mar 2022", "by 2 Mar 2022", "before 2 Mar 2022". */
  stated: string;
  /**
   * The date the claim carries. With precision "by" or "before" it is only the latest date the
   * claim can have been made, so date filters treat it as that, not as the day it was said.
   */
  statedDate: string;
  subject: string;
  topic: ClaimTopic;
  /** The metric's label ("Tanks and armoured vehicles") or the place ("Kherson"). */
  what: string;
  /**
   * The figure written one way in every table ("more than 470", "about 1,351", "3,700"), from its
   * qualifier and value; the source's own words stay in `quote`. For a claim of control, the status with its scope.
   */
  claimed: string;
  quote: string;
  speaker?: string;
  /** "via Facebook post". */
  relay?: string;
  /** For a cell of a published table: the record and field it stands in. */
  cell?: { record: string; field: string };
  /** What the table says beside the figure: breakdown, a fall or listed correction, a revision, a caveat. */
  tableNotes?: string[];
  /** For a report figure whose claimant publishes (or relays) a table: that table's figure for the same day. */
  check?: { sentence: string; tableClaimId: string; tableSourceId: string; figure: RelayCheck["figure"]; qualifierChanged: boolean };
  /** Where the quote starts in the report's text; undefined for a cell of a published table. */
  textStart?: number;
  textEnd?: number;
  /** The quote's language and Counterclaim's translation; `quote` above is the same text. */
  quoted: QuoteView;
  /** Doubts recorded on the claim, shown wherever the claim is; empty when there are none. */
  doubts: DoubtView[];
  /** Other reports that relay the same claim (one claim, several sources). */
  alsoIn: RelayView[];
  /** The period the figure covers, in the report's words ("since the beginning of the special military operation"). */
  period?: string;
  /** True when the figure covers only part of the war (one strike, one year), not a running total. */
  partOfWar: boolean;
}

const RIGHT_TO_LEFT = new Set(["ar", "he", "fa", "ur"]);

/** A quote with its language, its direction and the translation a claim or relay carries. */
export function quoteView(quote: string, source: Source | undefined, translation: { text: string } | undefined): QuoteView {
  const lang = source ? sourceLanguage(source) : "en";
  const base = lang.toLowerCase().split("-")[0] ?? lang;
  return {
    quote,
    lang,
    ...(RIGHT_TO_LEFT.has(base) ? { dir: "rtl" as const } : {}),
    ...(translation && needsTranslation(lang) ? { translation: { text: translation.text, from: languageName(lang) } } : {}),
  };
}

export function doubtViews(claim: Claim): DoubtView[] {
  return (claim.doubts ?? []).map((d) => ({ kind: d.kind, label: DOUBT_LABELS[d.kind], note: d.note, offTheLine: DOUBTS_OFF_THE_LINE.includes(d.kind) }));
}

/** "2 Mar 2022", "by 2 Mar 2022" or "before 2 Mar 2022": the date as precise as the report allows. */
export function statedDateLabel(statedOn: StatedOn): string {
  const date = formatDate(statedOn.date);
  if (statedOn.precision === "by") return `by ${date}`;
  if (statedOn.precision === "before") return `before ${date}`;
  return date;
}

const count = (n: number) => n.toLocaleString("en-GB");

/** The table's own words beside a cell's figure, for a reader: nothing here is inferred. */
export function tableNotes(claim: Claim, source: Source | undefined): string[] | undefined {
  if (claim.kind !== "figure" || claim.locator.kind !== "cell") return undefined;
  const notes: string[] = [];
  const t = claim.table;
  if (t?.breakdown) {
    const parts = (["destroyed", "damaged", "abandoned", "captured"] as const).flatMap((k) => (t.breakdown?.[k] === undefined ? [] : [`${k} ${count(t.breakdown[k] ?? 0)}`]));
    if (parts.length > 0) notes.push(`Of which ${parts.join(", ")}.`);
  }
  if (t?.fellFrom) notes.push(`Correction: lower than the ${count(t.fellFrom.value)} of ${formatDate(t.fellFrom.date)}.`);
  if (t?.correctionListed !== undefined) notes.push(`The corrections file lists ${t.correctionListed > 0 ? "+" : ""}${t.correctionListed} for this day.`);
  for (const r of t?.revisions ?? []) notes.push(`Revised from ${typeof r.from === "number" ? count(r.from) : r.from} to ${claim.quote} on import of ${formatDate(r.importedOn)}.`);
  if (source?.kind === "table" && source.caveat && source.layout.kind === "long") notes.push("A lower bound: only losses with photo or video evidence.");
  return notes.length > 0 ? notes : undefined;
}

const rowsCache = new WeakMap<Dataset, ClaimRow[]>();

/** Every claim of the dataset as a row, in data order (made once per dataset: tens of thousands of rows). */
export function claimRows(dataset: Dataset): ClaimRow[] {
  const cached = rowsCache.get(dataset);
  if (cached) return cached;
  const rows = makeRows(dataset);
  rowsCache.set(dataset, rows);
  return rows;
}

function makeRows(dataset: Dataset): ClaimRow[] {
  const checks = relayChecks(dataset.sources, dataset.claims);
  const colours = claimantColours(dataset.claimants);
  const claimants = new Map(dataset.claimants.map((c) => [c.id, { claimant: c, colour: colours.get(c.id) ?? UNKNOWN_COLOUR }]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return dataset.claims.map((claim) => {
    const entry = claimants.get(claim.claimantId);
    const source = sources.get(claim.sourceId);
    return {
      id: claim.id,
      kind: claim.kind,
      claimantId: claim.claimantId,
      claimant: entry?.claimant.name ?? claim.claimantId,
      colour: entry?.colour ?? UNKNOWN_COLOUR,
      sourceId: claim.sourceId,
      publication: source ? publicationPhrase(source) : claim.sourceId,
      stated: statedDateLabel(claim.statedOn),
      statedDate: claim.statedOn.date,
      subject: claim.subject,
      topic: claim.kind === "figure" ? claim.metric : "control",
      what: claim.kind === "figure" ? METRIC_INFO[claim.metric].label : claim.place,
      claimed: claim.kind === "figure" ? longLabel(claim) : statusLabel(claim),
      quote: claim.quote,
      speaker: claim.speaker,
      relay: claim.relay ? `via ${claim.relay.via}` : undefined,
      textStart: claim.locator.kind === "text" ? claim.locator.start : undefined,
      textEnd: claim.locator.kind === "text" ? claim.locator.end : undefined,
      ...(claim.locator.kind === "cell" ? { cell: { record: claim.locator.record, field: claim.locator.field } } : {}),
      ...optional("tableNotes", tableNotes(claim, source)),
      ...optional("check", checkOf(checks.get(claim.id), dataset)),
      quoted: quoteView(claim.quote, source, claim.translation),
      doubts: doubtViews(claim),
      period: claim.period?.wording,
      partOfWar: claim.period?.sinceStart === false,
      alsoIn: (claim.alsoIn ?? []).map((relay) => {
        const other = sources.get(relay.sourceId);
        return { sourceId: relay.sourceId, publication: other ? publicationPhrase(other) : relay.sourceId, ...quoteView(relay.quote, other, relay.translation) };
      }),
    };
  });
}

/**
 * A report's claims in the order its text states them. Claims cut from one sentence share a start;
 * the shorter quote comes first, then data order. Table cells have no text position and come last.
 */
export function inTextOrder(rows: readonly ClaimRow[]): ClaimRow[] {
  const compare = (a: number | undefined, b: number | undefined) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b);
  return [...rows].sort((a, b) => compare(a.textStart, b.textStart) || compare(a.textEnd, b.textEnd));
}

/** Claims in the order they were stated; claims of the same date keep their order (sort is stable). */
export function inTimeOrder(rows: readonly ClaimRow[]): ClaimRow[] {
  return [...rows].sort((a, b) => a.statedDate.localeCompare(b.statedDate));
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function checkOf(check: RelayCheck | undefined, dataset: Dataset): ClaimRow["check"] {
  if (!check) return undefined;
  const table = dataset.sources.find((s) => s.id === check.tableSourceId);
  const claimant = dataset.claimants.find((c) => table?.kind === "table" && c.id === table.claimantId);
  return { sentence: relayCheckSentence(check, claimant?.shortName ?? claimant?.name ?? check.tableSourceId), tableClaimId: check.tableClaimId, tableSourceId: check.tableSourceId, figure: check.figure, qualifierChanged: Boolean(check.qualifierChanged) };
}
