import { z } from "zod";
import type { Locale, TranslatedLocale } from "../i18n/locales";
import { perLocale, Text } from "./translations";

/**
 * Doubts found while reading a claim's report beside others. They are data, recorded on the claim and
 * shown to readers, never fixed silently.
 */
export const DOUBT_KINDS = [
  /** The total is lower than one the same claimant stated earlier. */
  "falls-below-earlier",
  /** The outlet repeats figures from an earlier briefing as if new. */
  "stale-relay",
  /** The outlet rounded or reworded the claimant's figure or category. */
  "reworded-by-outlet",
  /** The report gives no date: the day was inferred from a weekday or a dateline. */
  "date-inferred",
  /** The outlet's text is garbled or machine-written, or mixes another day's details. */
  "garbled-outlet",
  /** The figure stands far from what the same claimant said around the same time. */
  "outlier",
  /** Two briefings on one day gave different totals. */
  "two-briefings-one-day",
] as const;
export const DoubtKind = z.enum(DOUBT_KINDS);
export type DoubtKind = z.infer<typeof DoubtKind>;

export const DOUBT_LABELS: Record<DoubtKind, string> = {
  "falls-below-earlier": "Lower than an earlier total",
  "stale-relay": "Stale relay of earlier figures",
  "reworded-by-outlet": "Rounded or reworded by the outlet",
  "date-inferred": "Date inferred, not stated",
  "garbled-outlet": "Outlet's text garbled or unreliable",
  outlier: "Far from the claimant's other figures",
  "two-briefings-one-day": "Two briefings that day",
};
export const DOUBT_LABELS_TRANSLATED: Record<TranslatedLocale, Record<DoubtKind, string>> = {
  uk: {
    "falls-below-earlier": "Менше за попередній підсумок",
    "stale-relay": "Застарілі цифри, передані повторно",
    "reworded-by-outlet": "Округлено або переформульовано виданням",
    "date-inferred": "Дату не зазначено, її встановлено з контексту",
    "garbled-outlet": "Текст видання спотворений або ненадійний",
    outlier: "Сильно розходиться з іншими цифрами того самого автора заяви",
    "two-briefings-one-day": "Два брифінги того дня",
  },
  ru: {
    "falls-below-earlier": "Меньше предыдущего итога",
    "stale-relay": "Устаревшие цифры, переданные повторно",
    "reworded-by-outlet": "Округлено или переформулировано изданием",
    "date-inferred": "Дата не указана, установлена по контексту",
    "garbled-outlet": "Текст издания искажен или ненадежен",
    outlier: "Сильно расходится с другими цифрами того же автора заявления",
    "two-briefings-one-day": "Два брифинга в тот день",
  },
};
/** A kind of doubt in one language: "Two briefings that day", "Два брифінги того дня". */
export function doubtLabel(kind: DoubtKind, locale: Locale): string {
  return locale === "en" ? DOUBT_LABELS[kind] : DOUBT_LABELS_TRANSLATED[locale][kind];
}

/**
 * Doubts that keep a claim off a chart's line. The chart says so and lists the claim beside it; the
 * claim stays in the dataset, the tables and the exports.
 */
export const DOUBTS_OFF_THE_LINE: readonly DoubtKind[] = ["stale-relay", "garbled-outlet", "outlier"];

export const Doubt = z.strictObject({
  kind: DoubtKind,
  /** What was found, in a sentence a reader understands: "Repeats the figures of 22 Feb 2024". */
  note: z.string().min(1),
  /** The note in Ukrainian and Russian. Required of every doubt in data/sources (validation reports one missing); optional here for claims made in code. */
  translations: perLocale(z.strictObject({ note: Text })).optional(),
});
export type Doubt = z.infer<typeof Doubt>;

/** A doubt with its note in one language; for "en" (or one not yet translated), the doubt itself. */
export function doubtIn(doubt: Doubt, locale: Locale): Doubt {
  if (locale === "en") return doubt;
  const t = doubt.translations?.[locale];
  return t ? { ...doubt, note: t.note } : doubt;
}
