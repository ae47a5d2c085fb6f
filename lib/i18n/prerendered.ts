import { DEFAULT_LOCALE } from "./locales";

/**
 * The long lists of pages (each claims page, report and claimant) are drawn at build time in English
 * only; an edition draws its copy on the first request and keeps it (Next's incremental rendering).
 * That keeps the build's page count near one edition's, not three. Their pages answer 404 themselves
 * for an id or number not in the data.
 */
export function prerenderedIn<T>(params: { locale?: string }, all: () => T[]): T[] {
  return params.locale === DEFAULT_LOCALE ? all() : [];
}
