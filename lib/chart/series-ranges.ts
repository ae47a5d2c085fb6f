import type { IsoDate } from "../model/dates";
import { dateOfDay, dayNumber } from "./series";
import { chartWords } from "./words";
import type { Locale } from "../i18n/locales";

/** The date ranges every series comparison offers, each a static page with its own embed. */
export const SERIES_RANGES = ["all", "2022", "2023", "2024", "2025", "last-12-months"] as const;
export type SeriesRange = (typeof SERIES_RANGES)[number];

export const RANGE_LABELS: Record<SeriesRange, string> = {
  all: "Whole war",
  "2022": "2022",
  "2023": "2023",
  "2024": "2024",
  "2025": "2025",
  "last-12-months": "Last 12 months of data",
};

/** A range's name in one edition ("Whole war", "Уся війна"; a year is a year). */
export function rangeLabel(range: SeriesRange, locale: Locale = "en"): string {
  if (range === "all") return chartWords(locale).t("chart.ranges.all");
  if (range === "last-12-months") return chartWords(locale).t("chart.ranges.last12");
  return range;
}

/** The slug of a range's page: the comparison's own for the whole war, else "<slug>-<range>". */
export function rangeSlug(slug: string, range: SeriesRange): string {
  return range === "all" ? slug : `${slug}-${range}`;
}

/** Which comparison and range a page slug names, among `slugs`; undefined when none. */
export function parseRangeSlug(pageSlug: string, slugs: readonly string[]): { slug: string; range: SeriesRange } | undefined {
  if (slugs.includes(pageSlug)) return { slug: pageSlug, range: "all" };
  for (const range of SERIES_RANGES) {
    if (range === "all" || !pageSlug.endsWith(`-${range}`)) continue;
    const slug = pageSlug.slice(0, -range.length - 1);
    if (slugs.includes(slug)) return { slug, range };
  }
  return undefined;
}

/**
 * The days a range covers, within the comparison's span and the data: a calendar year, or the 365
 * days up to the latest point. Undefined when the range holds no point of the data.
 */
export function rangeSpan(range: SeriesRange, span: { from: IsoDate; to?: IsoDate }, data: { first: IsoDate; last: IsoDate }): { from: IsoDate; to: IsoDate } | undefined {
  const spanTo = span.to ?? data.last;
  let from: IsoDate = span.from;
  let to: IsoDate = spanTo < data.last ? spanTo : data.last;
  if (range === "last-12-months") from = dateOfDay(dayNumber(to) - 364);
  else if (range !== "all") {
    from = `${range}-01-01`;
    to = `${range}-12-31` < to ? `${range}-12-31` : to;
  }
  if (from < span.from) from = span.from;
  if (from > to || to < data.first || from > data.last) return undefined;
  return { from, to };
}
