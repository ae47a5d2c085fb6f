import { z } from "zod";
import { Slug } from "./claimants";
import { formatDate, IsoDate } from "./dates";
import { TableSource } from "./tables";
import { LanguageTag } from "./languages";

/** Said where a report does not name who published it. Never replaced by a guess. */
export const PUBLISHER_NOT_IDENTIFIED = "not identified";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "64 lowercase hex digits (sha256)");

const SourceBase = z.strictObject({
  id: Slug,
  /** The organisation the source itself names as its publisher, or "not identified". */
  publisher: z.string().min(1),
  /** The file name of the source's text in the sources folder; the text itself is never kept here. */
  file: z.string().min(1),
  sha256: Sha256,
  url: z.url().optional(),
  /** The language of the source's text (BCP 47); quotes from it are in this language. English when absent. */
  language: LanguageTag.optional(),
  note: z.string().min(1).optional(),
});

/** A news report: claims in it are quoted from its text. */
export const ReportSource = SourceBase.extend({
  kind: z.literal("report"),
  headline: z.string().min(1).optional(),
  /** The dateline as printed, e.g. "KYIV/ KHARKIV (Reuters)". */
  dateline: z.string().min(1).optional(),
  datePublished: IsoDate,
  /**
   * The agency or outlet the report says it took its text from ("TASS", "Reuters, citing TASS"), with
   * the report's words for it. Absent when the report cites none.
   */
  relay: z.strictObject({ via: z.string().min(1), wording: z.string().min(1) }).optional(),
});

/** A published table (e.g. a daily tally): claims in it point at a record and a field. */
export const DatasetSource = SourceBase.extend({
  kind: z.literal("dataset"),
  title: z.string().min(1),
  /** The CSV column whose value names a record; cell locators use it. */
  recordKey: z.string().min(1),
  /** The latest date the table covers; claims in it may not be dated after it. */
  datePublished: IsoDate,
});

export const Source = z.discriminatedUnion("kind", [ReportSource, DatasetSource, TableSource]);
export type Source = z.infer<typeof Source>;
export type ReportSource = z.infer<typeof ReportSource>;

/** "Reuters report of 3 Mar 2022", or its headline when it has one; the dateline is shown beside it, as printed. */
export function sourceTitle(source: Source): string {
  if (source.kind === "dataset" || source.kind === "table") return source.title;
  if (source.headline) return source.headline;
  const by = source.publisher === PUBLISHER_NOT_IDENTIFIED ? "Report" : `${source.publisher} report`;
  return `${by} of ${formatDate(source.datePublished)}`;
}

/** The language of a source's text: its `language`, or English when it gives none (the seeds). */
export function sourceLanguage(source: Source): string {
  // A table has no text to translate: its figures are cells (lib/model/tables.ts).
  return source.kind === "table" ? "en" : (source.language ?? "en");
}
