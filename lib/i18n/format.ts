import { formatDate } from "@/lib/model/dates";
import { INTL_TAGS, type Locale } from "./locales";

/**
 * Numbers and dates in an edition's own way, by Intl: "29,698" and "31 Dec 2024" in English,
 * "29 698" and "31 груд. 2024 р." in Ukrainian, "29 698" and "31 дек. 2024 г." in Russian.
 * Figures of a thousand and more are shown whole (the data keeps every digit), as lib/chart/readout.ts
 * does for the English chart's words.
 */
const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, whole: boolean): Intl.NumberFormat {
  const key = `${locale}:${whole}`;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(INTL_TAGS[locale], whole ? { maximumFractionDigits: 0 } : {})));
  return f;
}

export function formatNumberIn(locale: Locale, n: number): string {
  return numberFormat(locale, Math.abs(n) >= 1000).format(n);
}

export type DateStyle = "short" | "long" | "month";
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  long: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  month: { month: "short", year: "numeric", timeZone: "UTC" },
};

/** "2024-12-31" → "31 Dec 2024" / "31 груд. 2024 р." / "31 дек. 2024 г.". */
export function formatDateIn(locale: Locale, iso: string, style: DateStyle = "short"): string {
  // English keeps the site's one short form ("1 Sep 2024"; en-GB's Intl now writes "Sept").
  if (locale === "en" && style === "short") return formatDate(iso.slice(0, 10));
  const key = `${locale}:${style}`;
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat(INTL_TAGS[locale], DATE_OPTIONS[style])));
  return f.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
