import { z } from "zod";

/**
 * The site's editions. English is served at the site's own paths; every other edition under its code
 * (/uk/compare/armour-claims). One code path draws all three: a page, embed or card takes its locale
 * from the path and passes it down.
 */
export const LOCALES = ["en", "uk", "ru"] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** The editions other than English, whose paths carry their code. */
export const PREFIXED_LOCALES = ["uk", "ru"] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof PREFIXED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each edition's name in its own language, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", uk: "Українська", ru: "Русский" };

/** The BCP 47 tag Intl formats each edition's numbers and dates by ("29,698"; "29 698"). */
export const INTL_TAGS: Record<Locale, string> = { en: "en-GB", uk: "uk", ru: "ru" };

/** A site path in an edition: "/compare/x" → "/uk/compare/x"; "/" → "/uk". English paths are unchanged. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** A request's path split into its edition and the site path: "/ru/on/2024-01-01" → ru, "/on/2024-01-01". */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of PREFIXED_LOCALES) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}
