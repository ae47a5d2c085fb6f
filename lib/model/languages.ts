import { z } from "zod";

/** Whether `tag` is a well-formed BCP 47 language tag, as the platform's Intl parses them ("en", "zh-Hant", "pt-BR"). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag such as "ru", "pt" or "zh-Hant": the language of a report and of its quotes. */
export const LanguageTag = z.string().min(1).refine(isLanguageTag, "a BCP 47 language tag such as en, ru or zh-Hant");
export type LanguageTag = z.infer<typeof LanguageTag>;

/** The language of the site, and of the translations Counterclaim adds to quotes in other languages. */
export const SITE_LANGUAGE = "en";

/** Whether a report in `tag` needs its quotes translated for the site: any language but English. */
export function needsTranslation(tag: string): boolean {
  return tag.toLowerCase().split("-")[0] !== SITE_LANGUAGE;
}

/** Who made a translation. Only Counterclaim's own are recorded; a translation the source printed would be its own quote. */
export const TRANSLATORS = ["counterclaim"] as const;

/**
 * Counterclaim's English rendering of a quote in another language. It is not the source's words:
 * the quote stays verbatim in the report's language, and every page and export labels this as ours.
 */
export const Translation = z.strictObject({
  language: z.literal(SITE_LANGUAGE),
  text: z.string().min(1),
  by: z.enum(TRANSLATORS),
});
export type Translation = z.infer<typeof Translation>;

export const TRANSLATION_LABEL = "Counterclaim’s translation, not the source’s words";

/** English names of the languages the reports are in, for pages; unknown tags fall back to Intl's name. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
