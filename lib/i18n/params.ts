import { notFound } from "next/navigation";
import { Locale } from "./locales";

/** A page's or route's edition, from its [locale] segment; app/[locale]/layout.tsx allows only the three. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const parsed = Locale.safeParse((await params).locale);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The same, for a route handler, which answers 404 itself. */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale | undefined> {
  const parsed = Locale.safeParse((await params).locale);
  return parsed.success ? parsed.data : undefined;
}
