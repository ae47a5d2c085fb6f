import { DEFAULT_LOCALE } from "./locales";

/**
 * The long lists of pages (each claims page, report and claimant) are drawn at build time in English
 * only; an edition draws its copy on the first request and keeps it (Next's incremental rendering; the
 * pages set dynamicParams, which app/[locale]/layout.tsx turns off for the rest). That keeps the build's
 * page count near one edition's, not three. Their pages answer 404 themselves for an id or number not
 * in the data. The parent's params arrive as an object (or, as Next has it in places, a promise of one).
 * An edition gets its first page prerendered: Next 16 prerenders none of a route's pages, English
 * included, if one parent's list comes back empty (it passes the parent on without the child's param).
 */
export async function prerenderedIn<T>(params: { locale?: string } | Promise<{ locale?: string }>, all: () => T[]): Promise<T[]> {
  const { locale } = await params;
  const pages = all();
  return locale === DEFAULT_LOCALE ? pages : pages.slice(0, 1);
}
