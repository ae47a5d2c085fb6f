import { z } from "zod";

/** A calendar date, `YYYY-MM-DD`, as the reports state it (no time zone). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2022-03-02" → "2 Mar 2022". Pure string work: no Date, so no time-zone drift. */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? "?"} ${year}`;
}
