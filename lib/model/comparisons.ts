import { z } from "zod";
import { Slug } from "./claimants";

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
});
export type ControlComparison = z.infer<typeof ControlComparison>;

export const Comparison = z.discriminatedUnion("kind", [FigureComparison, ControlComparison]);
export type Comparison = z.infer<typeof Comparison>;
