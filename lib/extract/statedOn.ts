/**
 * When a claim was made, from the report's words for the time ("on Wednesday", "previously") and the
 * report's date. Pure date arithmetic in UTC, so the machine's time zone cannot shift a day.
 */
import type { StatedOn } from "../model/claims";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const time = Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days);
  return new Date(time).toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A claim stated on `wording` (or with no time given) in a report dated `reportDate`. */
export function statedOnFrom(wording: string | undefined, reportDate: string): StatedOn {
  if (!wording) return { date: reportDate, precision: "by" };
  const lower = wording.toLowerCase();
  if (/\b(?:previously|earlier|last week)\b/.test(lower)) return { date: reportDate, precision: "before", wording };
  if (/\btoday\b/.test(lower)) return { date: reportDate, precision: "day", wording };
  if (/\byesterday\b/.test(lower)) return { date: addDays(reportDate, -1), precision: "day", wording };
  const weekday = WEEKDAYS.findIndex((day) => lower.includes(day));
  if (weekday >= 0) {
    // The most recent such day on or before the report's date: news reports "on Wednesday" of this week.
    const back = (weekdayOf(reportDate) - weekday + 7) % 7;
    return { date: addDays(reportDate, -back), precision: "day", wording };
  }
  return { date: reportDate, precision: "by", wording };
}
