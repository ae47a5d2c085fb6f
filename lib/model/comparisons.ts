import { z } from "zod";
import { Slug } from "./claimants";
import { Metric } from "./claims";
import { IsoDate } from "./dates";

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
  series: z.array(Series).min(1),
  categories: z.array(Category).min(1),
  sameQuantity: SameQuantity.optional(),
});
export type FigureComparison = z.infer<typeof FigureComparison>;

/** Who claims what about one place, in time order. */
export const ControlComparison = ComparisonBase.extend({
  kind: z.literal("control"),
  place: z.string().min(1),
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

export const Comparison = z.discriminatedUnion("kind", [FigureComparison, ControlComparison, SeriesComparison]);
export type Comparison = z.infer<typeof Comparison>;

/**
 * A named preset of a topic, as its file says it: the topic's lines, by id, with the preset's own
 * title, words and span. Validation resolves it into a series comparison, drawn by the same code.
 */
export const SeriesPreset = SeriesComparison.omit({ kind: true, lines: true, topic: true }).extend({
  kind: z.literal("preset"),
  topic: Slug,
  /** The topic's line ids, in the order drawn. */
  lines: z.array(Slug).min(1),
});
export type SeriesPreset = z.infer<typeof SeriesPreset>;

/** What a file in data/comparisons may hold: a comparison, or a preset of a topic. */
export const ComparisonFile = z.discriminatedUnion("kind", [FigureComparison, ControlComparison, SeriesComparison, SeriesPreset]);
export type ComparisonFile = z.infer<typeof ComparisonFile>;
