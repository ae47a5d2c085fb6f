import type { Claim, Metric, StatedOn } from "../model/claims";
import type { Dataset } from "../dataset/validate";
import { claimantColours, UNKNOWN_COLOUR } from "../chart/palette";
import { type RelayCheck, relayChecks } from "../tables/relay";
import { doubtIn, doubtLabel, DOUBTS_OFF_THE_LINE, type DoubtKind } from "../model/doubts";
import { needsTranslation } from "../model/languages";
import { type Source, sourceLanguage } from "../model/sources";
import { claimantIn } from "../model/claimants";
import { metricName } from "../model/metric-names";
import { NO_TERMS, placeIn, subjectIn } from "../model/terms";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { checkWords, claimedWords, languageNameIn, type TableNote, publicationWords, statedWords, statusWords, tableNoteWords } from "./words";

/** A quote in a report's language, with Counterclaim's English rendering when that language is not English. */
export interface QuoteView {
  quote: string;
  /** BCP 47 tag of the quote, for the `lang` attribute; always set, "en" for English. */
  lang: string;
  /** "rtl" for Arabic and other right-to-left scripts. */
  dir?: "rtl";
  /**
   * Counterclaim's translation (not the source's words), with its label in the edition's language,
   * which names the language the quote is from. Only English translations exist: an edition in the
   * quote's own language shows none, and the Ukrainian and Russian editions say the English is ours
   * and that there is none in their language.
   */
  translation?: { text: string; label: string };
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
  /** The subject in the edition's words ("втрати Росії"). */
  subject: string;
  /** The subject as the data records it, in English: what topic lines and categories are matched by in every edition. */
  subjectKey: string;
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
  tableNotes?: TableNote[];
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

const baseLanguage = (tag: string) => tag.toLowerCase().split("-")[0] ?? tag;

/**
 * A quote with its language, its direction and the translation a claim or relay carries. A quote stays
 * as published. Where the edition's language is the quote's, no translation is shown; otherwise our
 * English translation, labelled as ours in the edition's words. Quotes are never machine-translated.
 */
export function quoteView(quote: string, source: Source | undefined, translation: { text: string } | undefined, locale: Locale = DEFAULT_LOCALE): QuoteView {
  const lang = source ? sourceLanguage(source) : "en";
  const base = baseLanguage(lang);
  const shown = translation && needsTranslation(lang) && base !== locale;
  return {
    quote,
    lang,
    ...(RIGHT_TO_LEFT.has(base) ? { dir: "rtl" as const } : {}),
    ...(shown ? { translation: { text: translation.text, label: translator(locale)("claims.quote.translationLabel", { language: languageNameIn(lang, locale) }) } } : {}),
  };
}

export function doubtViews(claim: Claim, locale: Locale = DEFAULT_LOCALE): DoubtView[] {
  return (claim.doubts ?? []).map((d) => ({ kind: d.kind, label: doubtLabel(d.kind, locale), note: doubtIn(d, locale).note, offTheLine: DOUBTS_OFF_THE_LINE.includes(d.kind) }));
}

/** "2 Mar 2022", "by 2 Mar 2022" or "before 2 Mar 2022": the date as precise as the report allows. */
export function statedDateLabel(statedOn: StatedOn, locale: Locale = DEFAULT_LOCALE): string {
  return statedWords(statedOn, locale);
}

/** The table's own words beside a cell's figure, for a reader: nothing here is inferred. */
export function tableNotes(claim: Claim, source: Source | undefined, locale: Locale = DEFAULT_LOCALE): TableNote[] | undefined {
  return tableNoteWords(claim, source, locale);
}

const rowsCache = new WeakMap<Dataset, Map<Locale, ClaimRow[]>>();

/** Every claim of the dataset as a row in an edition's words, in data order (made once per dataset and edition: tens of thousands of rows). */
export function claimRows(dataset: Dataset, locale: Locale = DEFAULT_LOCALE): ClaimRow[] {
  let byLocale = rowsCache.get(dataset);
  if (!byLocale) rowsCache.set(dataset, (byLocale = new Map()));
  const cached = byLocale.get(locale);
  if (cached) return cached;
  const rows = makeRows(dataset, locale);
  byLocale.set(locale, rows);
  return rows;
}

function makeRows(dataset: Dataset, locale: Locale): ClaimRow[] {
  const checks = relayChecks(dataset.sources, dataset.claims);
  const colours = claimantColours(dataset.claimants);
  const claimants = new Map(dataset.claimants.map((c) => [c.id, { claimant: claimantIn(c, locale), colour: colours.get(c.id) ?? UNKNOWN_COLOUR }]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const terms = dataset.terms ?? NO_TERMS;
  const t = translator(locale);
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
      publication: source ? publicationWords(source, locale) : claim.sourceId,
      stated: statedWords(claim.statedOn, locale),
      statedDate: claim.statedOn.date,
      subject: subjectIn(terms, claim.subject, locale),
      subjectKey: claim.subject,
      topic: claim.kind === "figure" ? claim.metric : "control",
      what: claim.kind === "figure" ? metricName(claim.metric, locale) : placeIn(terms, claim.place, locale),
      claimed: claim.kind === "figure" ? claimedWords(claim, locale) : statusWords(claim, locale, terms),
      quote: claim.quote,
      speaker: claim.speaker,
      relay: claim.relay ? t("claims.words.via", { via: claim.relay.via }) : undefined,
      textStart: claim.locator.kind === "text" ? claim.locator.start : undefined,
      textEnd: claim.locator.kind === "text" ? claim.locator.end : undefined,
      ...(claim.locator.kind === "cell" ? { cell: { record: claim.locator.record, field: claim.locator.field } } : {}),
      ...optional("tableNotes", tableNoteWords(claim, source, locale)),
      ...optional("check", checkOf(checks.get(claim.id), dataset, locale)),
      quoted: quoteView(claim.quote, source, claim.translation, locale),
      doubts: doubtViews(claim, locale),
      period: claim.period?.wording,
      partOfWar: claim.period?.sinceStart === false,
      alsoIn: (claim.alsoIn ?? []).map((relay) => {
        const other = sources.get(relay.sourceId);
        return { sourceId: relay.sourceId, publication: other ? publicationWords(other, locale) : relay.sourceId, ...quoteView(relay.quote, other, relay.translation, locale) };
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

function checkOf(check: RelayCheck | undefined, dataset: Dataset, locale: Locale): ClaimRow["check"] {
  if (!check) return undefined;
  const table = dataset.sources.find((s) => s.id === check.tableSourceId);
  const found = dataset.claimants.find((c) => table?.kind === "table" && c.id === table.claimantId);
  const claimant = found ? claimantIn(found, locale) : undefined;
  return { sentence: checkWords(check, claimant?.shortName ?? claimant?.name ?? check.tableSourceId, locale), tableClaimId: check.tableClaimId, tableSourceId: check.tableSourceId, figure: check.figure, qualifierChanged: Boolean(check.qualifierChanged) };
}
