import { z } from "zod";
import { Slug } from "./claimants";
import { SeriesLine } from "./comparisons";

/** Whose army's losses a chart shows: the claims are about one army or the other, never both at once. */
export const Army = z.enum(["russian", "ukrainian"]);
export type Army = z.infer<typeof Army>;

/** The subject a claim about each army's losses carries. */
export const ARMY_SUBJECT: Record<Army, string> = { russian: "Russian losses", ukrainian: "Ukrainian losses" };
export const ARMY_LABEL: Record<Army, string> = { russian: "Russia's losses", ukrainian: "Ukraine's losses" };

/**
 * data/topics/<id>.json: one thing that is counted (tanks, artillery, soldiers), with every line a
 * claimant or a reference contributes to it, for either army, and why the lines do or do not count
 * the same thing. Any chart of the topic is a choice of its lines over a span of days.
 */
export const Topic = z.strictObject({
  id: Slug,
  /** For the picker: "Artillery". */
  name: z.string().min(1),
  /** The start of a chart's title: "Artillery destroyed, as each side claims it and as Oryx documented it". */
  title: z.string().min(1),
  summary: z.string().min(1),
  lines: z.array(SeriesLine).min(1),
  comparability: z.array(z.string().min(1)).min(1),
  notes: z.array(z.string().min(1)).default([]),
  methodology: z.string().min(1),
  /** Mark the dataset's claims of control on the chart's time axis (see SeriesComparison). */
  controlMarks: z.boolean().optional(),
});
export type Topic = z.infer<typeof Topic>;

/** The army a line is about, from its subject; undefined for a subject that is neither. */
export function lineArmy(line: Pick<SeriesLine, "subject">): Army | undefined {
  return Army.options.find((army) => ARMY_SUBJECT[army] === line.subject);
}
