import { z } from "zod";
import { Slug } from "./claimants";
import { Metric } from "./claims";
import { IsoDate } from "./dates";
import { checkTranslations, perLocale, Text, WHEN_PARSED } from "./translations";
import type { Locale } from "../i18n/locales";

/** One side of a comparison: a claimant, and what its figures are about. */
export const Series = z.strictObject({
  claimantId: Slug,
  /** What this claimant's figures count, e.g. "Ukrainian losses, as Russia claims them". */
  about: z.string().min(1),
});

export const Category = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  /** claimantId → claimId. A series missing here did not report this category: "not reported", never zero. */
  claims: z.record(Slug, Slug),
  /** Set when the figures in this row do not count the same thing. */
  notComparable: z
    .strictObject({
      /** Why, in a sentence a reader understands. */
      why: z.string().min(1),
    })
    .optional(),
});
export type Category = z.infer<typeof Category>;

/** Two figures that claim to count the same quantity: the page states the gap and its caveats. */
export const SameQuantity = z.strictObject({
  categoryId: Slug,
  caveats: z.array(z.string().min(1)).min(1),
});

/** A series line's reader-visible text (its `subject` is not: claims are matched by it, in English). */
export const SeriesLineText = z.strictObject({ label: Text, about: Text, caveat: Text.optional() });
export type SeriesLineText = z.infer<typeof SeriesLineText>;

const BaseText = { title: Text, summary: Text, notes: z.array(Text).default([]), methodology: Text };

/** A comparison's reader-visible text in one language, kind by kind: the fields of the English it translates. */
export const FigureComparisonText = z.strictObject({
  ...BaseText,
  /** One for each series, in order. */
  series: z.array(z.strictObject({ about: Text })),
  /** By category id. */
  categories: z.record(Slug, z.strictObject({ label: Text, why: Text.optional() })),
  sameQuantity: z.strictObject({ caveats: z.array(Text) }).optional(),
});
export type FigureComparisonText = z.infer<typeof FigureComparisonText>;
export const ControlComparisonText = z.strictObject({
  ...BaseText,
  /** One for each group of sameStatement, in order. */
  sameStatement: z.array(z.strictObject({ why: Text })).default([]),
});
export type ControlComparisonText = z.infer<typeof ControlComparisonText>;
export const SeriesComparisonText = z.strictObject({
  ...BaseText,
  /** By line id. */
  lines: z.record(Slug, SeriesLineText),
  comparability: z.array(Text),
  ratio: z.strictObject({ label: Text }).optional(),
});
export type SeriesComparisonText = z.infer<typeof SeriesComparisonText>;
/** A preset's own text; its lines' text is its topic's. */
export const SeriesPresetText = SeriesComparisonText.omit({ lines: true });
export type SeriesPresetText = z.infer<typeof SeriesPresetText>;

const ComparisonBase = z.strictObject({
  slug: Slug,
  title: z.string().min(1),
  /** One sentence under the title: what the reader is looking at. */
  summary: z.string().min(1),
  notes: z.array(z.string().min(1)).default([]),
  methodology: z.string().min(1),
});

export const FigureComparison = ComparisonBase.extend({
  kind: z.literal("figures"),
  /**
   * The reader-visible text in Ukrainian and Russian. Required in a data file (ComparisonFile: a missing
   * translation fails the parse); optional here only for comparisons made in code (a custom chart's).
   */
  translations: perLocale(FigureComparisonText).optional(),
  series: z.array(Series).min(1),
  categories: z.array(Category).min(1),
  sameQuantity: SameQuantity.optional(),
});
export type FigureComparison = z.infer<typeof FigureComparison>;

/** Who claims what about one place, in time order. */
export const ControlComparison = ComparisonBase.extend({
  kind: z.literal("control"),
  /** The place, in English: the key its claims are matched by (its name in each edition: data/terms.json). */
  place: z.string().min(1),
  translations: perLocale(ControlComparisonText).optional(),
  claims: z.array(Slug).min(1),
  /**
   * Claims that are one statement reported twice (a briefing, and "Moscow claimed" in the next
   * day's report): shown each with its quote, counted once in the tally, with why.
   */
  sameStatement: z.array(z.strictObject({ claims: z.array(Slug).min(2), why: z.string().min(1) })).default([]),
});
export type ControlComparison = z.infer<typeof ControlComparison>;

/**
 * One line of a series comparison: every figure claim of one claimant, about one subject, in one
 * metric, in time order; or, explicitly, the sum of several metrics of the same claimant and subject,
 * taken only on days where every part is reported. A sum is a derived series: it is labelled so
 * wherever it is shown, with what it adds up.
 */
export const SeriesLine = z.strictObject({
  id: Slug,
  claimantId: Slug,
  /** The claim's subject, exactly: "Russian losses", "Ukrainian losses". */
  subject: z.string().min(1),
  /** Short, for the legend and the line's end label: "Russian tanks + APCs, per the General Staff". */
  label: z.string().min(1),
  /** What the figures count, in a sentence. */
  about: z.string().min(1),
  metric: Metric.optional(),
  /** A derived series: the sum of these metrics, each as the claimant reported it, on days all are reported. */
  sum: z.array(Metric).min(2).optional(),
  /**
   * One quantity that the table published under successive names (Oryx's "Naval Ships", then "Naval
   * Ships and Submarines"): drawn as one line, each point as listed under the name of its day.
   */
  renamed: z.array(Metric).min(2).optional(),
  /**
   * "claim": a side's claim; "reference": independent documentation (a floor by method: Oryx, a named
   * count), drawn as the baseline to read claims against; "estimate": a government's or researchers'
   * estimate, neither a side's claim nor a count; "model": a statistical model's estimate.
   */
  role: z.enum(["claim", "reference", "estimate", "model"]).default("claim"),
  /** Other claimants whose figures the line also shows. Several bodies' figures are never joined: such a line is drawn as `points`. */
  alsoClaimants: z.array(Slug).min(1).optional(),
  /** Only the claims of these sources (the UK MoD's monthly series apart from its other statements). */
  sources: z.array(Slug).min(1).optional(),
  /**
   * "line": one body's own series, its points joined; "points": each figure a dot or a range bar at its
   * date, never joined; "band": a range a day (a model's interval), drawn lightest, under everything,
   * with its central figure.
   */
  draw: z.enum(["line", "points", "band"]).optional(),
  /**
   * A derived series: the running total of counts that each cover one period (a week's named dead),
   * dated by each period's end; labelled derived wherever shown.
   */
  accumulate: z.boolean().optional(),
  /** A level that rises and falls (the area held), not a running total: a fall is news, not a revision. */
  level: z.boolean().optional(),
  /** Said beside the line wherever it is drawn: "named so far: recent weeks fill in later". */
  caveat: z.string().min(1).optional(),
});
export type SeriesLine = z.infer<typeof SeriesLine>;

/** The ratio of two lines of a comparison that count the same quantity, shown as a small second chart. */
export const SeriesRatio = z.strictObject({
  numerator: Slug,
  denominator: Slug,
  /** "General Staff's claimed Russian tanks for each tank Oryx documented". */
  label: z.string().min(1),
  /** Pairs a numerator's point with the denominator's latest at most this many days earlier (0: the same day only). */
  maxLagDays: z.int().nonnegative().default(0),
});

/** Claims over time: each line drawn from the claims themselves, every point a claim with its provenance. */
export const SeriesComparison = ComparisonBase.extend({
  kind: z.literal("series"),
  lines: z.array(SeriesLine).min(1),
  translations: perLocale(SeriesComparisonText).optional(),
  /** The span drawn; points outside it stay in the data but not on this chart. */
  span: z.strictObject({ from: IsoDate, to: IsoDate.optional() }),
  /** Why the lines do or do not count the same thing: shown under the chart, and in the embed. */
  comparability: z.array(z.string().min(1)).min(1),
  ratio: SeriesRatio.optional(),
  /** Mark the dataset's claims of control (place by place) on the same time axis: the area held beside who claimed which town. */
  controlMarks: z.boolean().optional(),
  /** The topic (data/topics/<id>.json) this comparison is a named preset of: its lines are the topic's. */
  topic: Slug.optional(),
});
export type SeriesComparison = z.infer<typeof SeriesComparison>;

export const Comparison = z
  .discriminatedUnion("kind", [FigureComparison, ControlComparison, SeriesComparison])
  .superRefine((comparison, ctx) => {
    if (comparison.translations) checkTranslations(comparisonText(comparison), comparison.translations, ctx);
  }, WHEN_PARSED);
export type Comparison = z.infer<typeof Comparison>;

/**
 * A named preset of a topic, as its file says it: the topic's lines, by id, with the preset's own
 * title, words and span. Validation resolves it into a series comparison, drawn by the same code.
 */
export const SeriesPreset = SeriesComparison.omit({ kind: true, lines: true, topic: true, translations: true }).extend({
  kind: z.literal("preset"),
  topic: Slug,
  /** The topic's line ids, in the order drawn. */
  lines: z.array(Slug).min(1),
  translations: perLocale(SeriesPresetText),
});
export type SeriesPreset = z.infer<typeof SeriesPreset>;

/** What a file in data/comparisons may hold: a comparison, or a preset of a topic. */
export const ComparisonFile = z
  .discriminatedUnion("kind", [
    FigureComparison.extend({ translations: perLocale(FigureComparisonText) }),
    ControlComparison.extend({ translations: perLocale(ControlComparisonText) }),
    SeriesComparison.extend({ translations: perLocale(SeriesComparisonText) }),
    SeriesPreset,
  ])
  .superRefine((comparison, ctx) => checkTranslations(comparisonText(comparison), comparison.translations, ctx), WHEN_PARSED);
export type ComparisonFile = z.infer<typeof ComparisonFile>;

type AnyComparison = FigureComparison | ControlComparison | SeriesComparison | SeriesPreset;
type TextOf<C extends AnyComparison> = NonNullable<C["translations"]>["uk"];

/** A series line's English text, in the shape its translations take. */
export function lineText(line: SeriesLine): SeriesLineText {
  return { label: line.label, about: line.about, ...(line.caveat ? { caveat: line.caveat } : {}) };
}

/** A comparison's English reader-visible text, in the shape its translations take (what each must match). */
export function comparisonText<C extends AnyComparison>(comparison: C): TextOf<C>;
export function comparisonText(c: AnyComparison): TextOf<AnyComparison> {
  const base = { title: c.title, summary: c.summary, notes: c.notes, methodology: c.methodology };
  switch (c.kind) {
    case "figures":
      return {
        ...base,
        series: c.series.map((s) => ({ about: s.about })),
        categories: Object.fromEntries(c.categories.map((cat) => [cat.id, { label: cat.label, ...(cat.notComparable ? { why: cat.notComparable.why } : {}) }])),
        ...(c.sameQuantity ? { sameQuantity: { caveats: c.sameQuantity.caveats } } : {}),
      };
    case "control":
      return { ...base, sameStatement: c.sameStatement.map((g) => ({ why: g.why })) };
    case "series":
      return { ...base, lines: Object.fromEntries(c.lines.map((l) => [l.id, lineText(l)])), comparability: c.comparability, ...(c.ratio ? { ratio: { label: c.ratio.label } } : {}) };
    case "preset":
      return { ...base, comparability: c.comparability, ...(c.ratio ? { ratio: { label: c.ratio.label } } : {}) };
  }
}

/** A series line with its text in one language (English: unchanged). Its subject stays English: claims are matched by it. */
export function lineIn(line: SeriesLine, text: SeriesLineText | undefined): SeriesLine {
  if (!text) return line;
  const { caveat: _caveat, ...rest } = line;
  return { ...rest, label: text.label, about: text.about, ...(text.caveat ? { caveat: text.caveat } : {}) };
}

/**
 * A comparison as a page in `locale` shows it: the same object with every reader-visible text in that
 * language; for "en" (or a comparison made in code without translations), the comparison itself. Ids, claims, spans and the control comparison's `place`
 * (a key claims are matched by; its name in each edition comes from `placeIn`) are unchanged.
 */
/** The texts every kind of comparison has, from its translation. */
function sharedText(t: { title: string; summary: string; notes: string[]; methodology: string }) {
  return { title: t.title, summary: t.summary, notes: t.notes, methodology: t.methodology };
}

export function comparisonIn(comparison: Comparison, locale: Locale): Comparison {
  if (locale === "en") return comparison;
  switch (comparison.kind) {
    case "figures": {
      const t = comparison.translations?.[locale];
      if (!t) return comparison;
      return {
        ...comparison,
        ...sharedText(t),
        series: comparison.series.map((s, i) => ({ ...s, about: t.series[i]?.about ?? s.about })),
        categories: comparison.categories.map((cat) => {
          const text = t.categories[cat.id];
          if (!text) return cat;
          return { ...cat, label: text.label, ...(cat.notComparable ? { notComparable: { why: text.why ?? cat.notComparable.why } } : {}) };
        }),
        ...(comparison.sameQuantity ? { sameQuantity: { ...comparison.sameQuantity, caveats: t.sameQuantity?.caveats ?? comparison.sameQuantity.caveats } } : {}),
      };
    }
    case "control": {
      const t = comparison.translations?.[locale];
      if (!t) return comparison;
      return {
        ...comparison,
        ...sharedText(t),
        sameStatement: comparison.sameStatement.map((g, i) => ({ ...g, why: t.sameStatement[i]?.why ?? g.why })),
      };
    }
    case "series": {
      const t = comparison.translations?.[locale];
      if (!t) return comparison;
      return {
        ...comparison,
        ...sharedText(t),
        comparability: t.comparability,
        lines: comparison.lines.map((line) => lineIn(line, t.lines[line.id])),
        ...(comparison.ratio ? { ratio: { ...comparison.ratio, label: t.ratio?.label ?? comparison.ratio.label } } : {}),
      };
    }
  }
}
