import { z } from "zod";
import type { Locale } from "../i18n/locales";
import { perLocale, Text } from "./translations";

/**
 * data/terms.json: the words claims carry in the reports' English that a page shows as they are —
 * subjects ("Russian losses"), places ("Kherson"), parts of places ("the centre of the Kherson
 * region") — in Ukrainian and Russian, keyed by the English. The English stays the key claims and
 * lines are matched by; only what a reader sees is translated.
 */
export const Terms = z.strictObject({
  subjects: z.record(Text, perLocale(Text)),
  places: z.record(Text, perLocale(Text)),
  placeDetails: z.record(Text, perLocale(Text)),
});
export type Terms = z.infer<typeof Terms>;

export const NO_TERMS: Terms = { subjects: {}, places: {}, placeDetails: {} };

function termIn(table: Terms[keyof Terms], english: string, locale: Locale): string {
  return locale === "en" ? english : (table[english]?.[locale] ?? english);
}

/** A claim's or line's subject in one language ("Russian losses" → "втрати Росії"); the English when there is none (validation reports that). */
export function subjectIn(terms: Terms, subject: string, locale: Locale): string {
  return termIn(terms.subjects, subject, locale);
}

/** A place's name in one language ("Kharkiv" → "Харків", "Харьков"). */
export function placeIn(terms: Terms, place: string, locale: Locale): string {
  return termIn(terms.places, place, locale);
}

/** The part of a place a claim names, in one language ("the centre of the Kherson region"). */
export function placeDetailIn(terms: Terms, detail: string, locale: Locale): string {
  return termIn(terms.placeDetails, detail, locale);
}

/** The subjects, places and parts of places that claims and lines carry but `terms` has no words for, each once, with who carries it first. */
export function missingTerms(
  terms: Terms,
  claims: readonly ({ id: string; subject: string } & ({ kind: "control"; place: string; placeDetail?: string | undefined } | { kind: "figure"; control?: { place?: string | undefined } | undefined }))[],
  lines: readonly { id: string; subject: string }[],
): { field: keyof Terms; english: string; by: string }[] {
  const missing = new Map<string, { field: keyof Terms; english: string; by: string }>();
  const need = (field: keyof Terms, english: string, by: string) => {
    if (!terms[field][english] && !missing.has(`${field}:${english}`)) missing.set(`${field}:${english}`, { field, english, by });
  };
  for (const claim of claims) {
    need("subjects", claim.subject, `claim ${claim.id}`);
    if (claim.kind === "control") {
      need("places", claim.place, `claim ${claim.id}`);
      if (claim.placeDetail) need("placeDetails", claim.placeDetail, `claim ${claim.id}`);
    } else if (claim.control?.place) need("places", claim.control.place, `claim ${claim.id}`);
  }
  for (const line of lines) need("subjects", line.subject, `line ${line.id}`);
  return [...missing.values()];
}
