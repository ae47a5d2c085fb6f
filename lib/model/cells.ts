import { z } from "zod";
import { IsoDate } from "./dates";

const Count = z.int().nonnegative();

/** What a table says about one cell beyond its figure. */
export const CellFacts = z.strictObject({
  /** The qualifier as published in its own cell ("about" in `personnel*`). */
  qualifierCell: z.strictObject({ field: z.string().min(1), quote: z.string().min(1) }).optional(),
  /** Oryx's breakdown of the total, each under its field name as published. */
  breakdown: z.strictObject({ destroyed: Count.optional(), damaged: Count.optional(), abandoned: Count.optional(), captured: Count.optional() }).optional(),
  /** The count is lower than the claimant's previous one for the same field: a correction, shown, never smoothed. */
  fellFrom: z.strictObject({ date: IsoDate, value: Count }).optional(),
  /** The signed amount the claimant's corrections file lists for this day and field. */
  correctionListed: z.int().optional(),
  /** The central figure a record gives beside its low/high pair (The Economist's "estimate" column, a model's estimate). */
  central: z.strictObject({ field: z.string().min(1), value: z.number().nonnegative() }).optional(),
  /** Earlier values of this cell, replaced by a later import. */
  revisions: z.array(z.strictObject({ from: z.union([z.number(), z.string()]), importedOn: IsoDate })).optional(),
});
export type CellFacts = z.infer<typeof CellFacts>;
