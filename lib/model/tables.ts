import { z } from "zod";
import { Slug } from "./claimants";
import { Metric } from "./claims";
import { IsoDate } from "./dates";
import { LanguageTag } from "./languages";
import { checkTranslations, perLocale, Text, WHEN_PARSED } from "./translations";
import type { Locale } from "../i18n/locales";

/**
 * A published table (the General Staff's daily tally, Oryx's counts by type) as the project keeps it:
 * a source record in data/sources/<id>.json that says where the table comes from and how its fields
 * map to claims, and the project's own record of its figures in data/tables/<id>.json.
 */

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "64 lowercase hex digits (sha256)");

/** Where the published file comes from, and what its licence asks of us. */
export const Upstream = z.strictObject({
  repository: z.url(),
  path: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/, "a 40-digit git commit"),
  licence: z.string().min(1),
  /** The credit the licence asks for, shown wherever the table's figures are. */
  attribution: z.string().min(1),
});

/** How a field's figure is qualified: exactly as stated, or by the words in another cell of the same record. */
export const FieldQualifier = z.union([
  z.literal("exact"),
  z.strictObject({
    /** The field holding the qualifier as published, e.g. "personnel*". */
    field: z.string().min(1),
    /** The published word → the project's qualifier. A word not listed here is an import error. */
    words: z.record(z.string().min(1), z.enum(["exact", "more-than", "at-least", "about", "up-to"])),
  }),
]);
export type FieldQualifier = z.infer<typeof FieldQualifier>;

const NotAClaim = z.strictObject({ field: z.string().min(1), why: z.string().min(1) });

/** One record a day, one figure a field (the General Staff's tallies). */
export const WideLayout = z.strictObject({
  kind: z.literal("wide"),
  /** The field that names a record: its date. */
  dateField: z.string().min(1),
  subject: z.string().min(1),
  fields: z.array(
    z.strictObject({
      field: z.string().min(1),
      metric: Metric,
      qualifier: FieldQualifier,
    }),
  ),
  /** Fields of the published file that state no figure (a day counter, free text): read, never claims. */
  notClaims: z.array(NotAClaim),
});

/** One record a day, country and type, the figure in one field with its breakdown beside it (Oryx). */
export const LongLayout = z.strictObject({
  kind: z.literal("long"),
  dateField: z.string().min(1),
  /** The field naming whose losses, and the subject each value means. */
  subjectField: z.string().min(1),
  subjects: z.record(z.string().min(1), z.string().min(1)),
  typeField: z.string().min(1),
  /**
   * Every type name the table has used, mapped to a metric. Renamed types map to one metric here,
   * explicitly; a name not listed is either garbled (left out and reported) or new (an import error).
   */
  types: z.array(z.strictObject({ name: z.string().min(1), metric: Metric, note: z.string().min(1).optional() })),
  valueField: z.string().min(1),
  breakdownFields: z.array(z.enum(["destroyed", "damaged", "abandoned", "captured"])),
  notClaims: z.array(NotAClaim),
});

/** A field's published values → what each means (a claimant id, a subject, a metric). A value not listed is an import error. */
const ValueMap = <T extends z.ZodType>(to: T) => z.strictObject({ field: z.string().min(1), values: z.record(z.string().min(1), to) });

/**
 * One figure a CSV record states: a single value, or a low/high pair (one claim with a range, the
 * central figure beside it when the record gives one). Values are checked in the file's own unit.
 */
export const CsvFigure = z.strictObject({
  metric: z.union([Metric, ValueMap(Metric)]),
  /** The single (or central) figure's field. */
  value: z.string().min(1).optional(),
  low: z.string().min(1).optional(),
  high: z.string().min(1).optional(),
  /** The unit the file states its figures in ("m²"); a claim's value is the cell times `scale` (m² → km²: 0.000001). */
  unit: z.string().min(1),
  scale: z.number().positive().default(1),
  /** Bounds a figure must lie within, in the file's unit: a file in another unit fails the import. */
  min: z.number().optional(),
  max: z.number().optional(),
  /**
   * How a lone low or a lone high figure is qualified: the table's column says it is a bound ("at
   * least" / "up to"); a lone single figure is "exact" (no qualifier stated). A value with both is a range.
   */
  qualifier: z.enum(["exact", "about"]).default("exact"),
});
export type CsvFigure = z.infer<typeof CsvFigure>;

/**
 * A CSV table of figures (The Economist's compilations): one record a row, dated in DD/MM/YYYY,
 * YYYY-MM-DD or by ISO week, keyed by the date and `keyFields`; the claimant, subject and metric
 * either fixed or read from a field through a map kept here, in data.
 */
export const CsvLayout = z.strictObject({
  kind: z.literal("csv"),
  date: z.union([
    z.strictObject({ field: z.string().min(1), format: z.enum(["dd/mm/yyyy", "yyyy-mm-dd"]) }),
    /** By ISO week of the year (`2022` and `8` → record "2022-W8", dated the week's Sunday). */
    z.strictObject({ yearField: z.string().min(1), weekField: z.string().min(1), format: z.literal("iso-week") }),
  ]),
  /** Fields that, with the date, name a record (two records with one key are an import error). */
  keyFields: z.array(z.string().min(1)).default([]),
  /** Who made the figure, by the name in a field; absent: the source's claimant. */
  claimant: ValueMap(Slug).optional(),
  /** Through whom the claim reached the table: the claim's relay (`via`, the field's words as `wording`). */
  relayVia: z.string().min(1).optional(),
  subject: z.union([z.string().min(1), ValueMap(z.string().min(1))]),
  figures: z.array(CsvFigure).min(1),
  /** Where the row says the figure was published: the claim's `url` when the cell starts with one. */
  urlField: z.string().min(1).optional(),
  /** Said of every claim of the table, e.g. the period a weekly figure covers. */
  claimNote: z.string().min(1).optional(),
  /** Rows that are not claims of this table (a compiler's projection), left out and reported. */
  leaveOut: z.array(z.strictObject({ field: z.string().min(1), equals: z.string(), why: z.string().min(1) })).default([]),
  notClaims: z.array(NotAClaim),
});
export type CsvLayout = z.infer<typeof CsvLayout>;

export const TableLayout = z.discriminatedUnion("kind", [WideLayout, LongLayout, CsvLayout]);
export type TableLayout = z.infer<typeof TableLayout>;
export type WideLayout = z.infer<typeof WideLayout>;
export type LongLayout = z.infer<typeof LongLayout>;

/** A report claimant that relays this table's figures (the Defence Ministry relaying the General Staff). */
export const RelayMap = z.strictObject({
  claimantId: Slug,
  /** The report claim's metric → this table's field. */
  metrics: z.partialRecord(Metric, z.string().min(1)),
});

/** A table source's reader-visible text in one language: the fields of the English it translates (`claimNote` is the layout's). */
export const TableSourceText = z.strictObject({ title: Text, shortTitle: Text.optional(), caveat: Text.optional(), note: Text.optional(), claimNote: Text.optional() });
export type TableSourceText = z.infer<typeof TableSourceText>;

export const TableSource = z.strictObject({
  id: Slug,
  kind: z.literal("table"),
  title: z.string().min(1),
  /** A few words for "Reported in" on every claim row: "Ukraine's General Staff, daily tally (equipment)". */
  shortTitle: z.string().min(1).optional(),
  /** Who publishes the figures, as the upstream names them. */
  publisher: z.string().min(1),
  claimantId: Slug,
  /** The snapshot's file, relative to the tables folder (../shared/datasets); the file itself is never kept here. */
  file: z.string().min(1),
  format: z.enum(["json", "csv"]),
  /** The language of the table's labels and qualifiers (BCP 47); English when absent. */
  language: LanguageTag.optional(),
  /** The sha256 of the snapshot the kept figures were imported from. */
  sha256: Sha256,
  upstream: Upstream,
  /** The latest date the table covers. */
  datePublished: IsoDate,
  /** "daily": every day between the first and the last must have a record. "as-listed": days are those the table lists. */
  dates: z.enum(["daily", "as-listed"]),
  layout: TableLayout,
  /** How to read these figures, said on every page that shows them: "lower bounds by method". */
  caveat: z.string().min(1).optional(),
  /** The claimant's corrections file, imported with the table (its signed amounts are shown on the claims). */
  corrections: z.strictObject({ file: z.string().min(1), sha256: Sha256 }).optional(),
  /** A table whose corrections are kept with another table of the same claimant. */
  correctionsFrom: Slug.optional(),
  relayedBy: z.array(RelayMap).optional(),
  url: z.url().optional(),
  note: z.string().min(1).optional(),
  /** The title, short title, caveat, note and claim note in Ukrainian and Russian: required in data/table-sources (TableSourceWithText), optional for sources made in code. */
  translations: perLocale(TableSourceText).optional(),
});
export type TableSource = z.infer<typeof TableSource>;

/** A table source as its file in data/table-sources holds it: with its text in every edition, shaped like the English. */
export const TableSourceWithText = TableSource.extend({ translations: perLocale(TableSourceText) }).superRefine(
  (source, ctx) => checkTranslations(tableSourceText(source), source.translations, ctx),
  WHEN_PARSED,
);

/** A table source's English reader-visible text, in the shape its translations take. */
export function tableSourceText(source: TableSource): TableSourceText {
  const { title, shortTitle, caveat, note } = source;
  const claimNote = source.layout.kind === "csv" ? source.layout.claimNote : undefined;
  return { title, ...(shortTitle ? { shortTitle } : {}), ...(caveat ? { caveat } : {}), ...(note ? { note } : {}), ...(claimNote ? { claimNote } : {}) };
}

/** A table source as a page in `locale` shows it: title, short title, caveat, note and claim note in that language; for "en" (or one made in code without translations), the source itself. */
export function tableSourceIn(source: TableSource, locale: Locale): TableSource {
  if (locale === "en") return source;
  const t = source.translations?.[locale];
  if (!t) return source;
  return {
    ...source,
    title: t.title,
    ...(t.shortTitle ? { shortTitle: t.shortTitle } : {}),
    ...(t.caveat ? { caveat: t.caveat } : {}),
    ...(t.note ? { note: t.note } : {}),
    layout: t.claimNote && source.layout.kind === "csv" && source.layout.claimNote ? { ...source.layout, claimNote: t.claimNote } : source.layout,
  };
}

/** A kept cell: a number, or null where the record has no such field (not reported that day: no claim). */
type Cell = number | string | null;
const isRow = (row: unknown): row is Cell[] => Array.isArray(row) && row.every((c) => c === null || typeof c === "number" || typeof c === "string");
// A hand-written check of each row: zod's union, cell by cell, cost more than the rest of loading.
const Rows = z.array(z.custom<Cell[]>(isRow, "a row: a list of numbers, texts or null"));

/** A revised past value, kept so a page can say "revised from X to Y on import of DATE". */
export const Revision = z.strictObject({
  record: z.string().min(1),
  field: z.string().min(1),
  from: z.union([z.number(), z.string()]),
  to: z.union([z.number(), z.string(), z.null()]),
  importedOn: IsoDate,
});
export type Revision = z.infer<typeof Revision>;

/** data/tables/<id>.json: the project's own record of a table's figures, written only by the importer. */
export const TableFile = z.strictObject({
  source: Slug,
  sha256: Sha256,
  importedOn: IsoDate,
  columns: z.array(z.string().min(1)).min(1),
  rows: Rows,
  revisions: z.array(Revision),
  /** The corrections file as kept: same shape, signed amounts. */
  corrections: z.strictObject({ sha256: Sha256, columns: z.array(z.string().min(1)), rows: Rows }).optional(),
  /** Rows of the snapshot left out as garbled, as the importer reported them. */
  leftOut: z.array(z.strictObject({ line: z.int().positive(), reason: z.string().min(1) })),
});
export type TableFile = z.infer<typeof TableFile>;

