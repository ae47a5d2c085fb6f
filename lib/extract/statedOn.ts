/**
 * When a claim was made, from the report's words for the time ("on Wednesday", "previously") and the
 * report's date. Pure date arithmetic in UTC, so the machine's time zone cannot shift a day.
 */
import type { StatedOn } from "../model/claims";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;
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
  // "on April 5", "on 5 April": that day in the report's year, or the year before when it would fall after the report.
  const spelled = lower.replace(/\b(jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.(?=\s)/g, (abbr) => MONTHS.find((m) => m.startsWith(abbr.slice(0, 3))) ?? abbr);
  const monthDay = new RegExp(`\\b(?:(${MONTHS.join("|")})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTHS.join("|")}))\\b`).exec(spelled);
  if (monthDay) {
    const month = MONTHS.indexOf((monthDay[1] ?? monthDay[4] ?? "") as (typeof MONTHS)[number]) + 1;
    const day = Number(monthDay[2] ?? monthDay[3]);
    const year = Number(reportDate.slice(0, 4));
    const pad = (n: number) => String(n).padStart(2, "0");
    const inYear = `${year}-${pad(month)}-${pad(day)}`;
    if (day >= 1 && day <= 31) return { date: inYear <= reportDate ? inYear : `${year - 1}-${pad(month)}-${pad(day)}`, precision: "day", wording };
  }
  const weekday = WEEKDAYS.findIndex((day) => lower.includes(day));
  if (weekday >= 0) {
    // The most recent such day on or before the report's date: news reports "on Wednesday" of this week.
    const back = (weekdayOf(reportDate) - weekday + 7) % 7;
    return { date: addDays(reportDate, -back), precision: "day", wording };
  }
  return { date: reportDate, precision: "by", wording };
}
