import { publicationPhrase } from "../chart/attribution";
import { statusLabel } from "../chart/figures";
import type { Claim, Metric, StatedOn } from "../model/claims";
import { METRIC_INFO } from "../model/claims";
import type { Dataset } from "../dataset/validate";
import { formatDate } from "../model/dates";
import { claimantColours, UNKNOWN_COLOUR } from "../chart/palette";
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
  /** The figure in the report's own words ("more than 470", "over 30 kilometers") or the status with its scope. */
  claimed: string;
  quote: string;
  speaker?: string;
  /** "via Facebook post". */
  relay?: string;
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

/** Every claim of the dataset as a row, in data order. */
export function claimRows(dataset: Dataset): ClaimRow[] {
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
      claimed: claim.kind === "figure" ? claim.stated : statusLabel(claim),
      quote: claim.quote,
      speaker: claim.speaker,
      relay: claim.relay ? `via ${claim.relay.via}` : undefined,
      textStart: claim.locator.kind === "text" ? claim.locator.start : undefined,
      textEnd: claim.locator.kind === "text" ? claim.locator.end : undefined,
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
