"use client";

import { usePathname } from "next/navigation";
import { type Locale, localePath, splitLocale } from "@/lib/i18n/locales";

export type NotFoundTexts = Record<Locale, { title: string; before: string; comparisons: string; between: string; claims: string; after: string }>;

/**
 * The 404 page's words in the edition of the address asked for (a not-found page gets no params; the
 * path, as the reader typed it, says the edition). Drawn on the server too: no script needed to read it.
 */
export function NotFoundBody({ texts }: { texts: NotFoundTexts }) {
  const { locale } = splitLocale(usePathname() ?? "/");
  const t = texts[locale];
  return (
    <div lang={locale}>
      <h1>{t.title}</h1>
      <p>
        {t.before}
        <a href={localePath(locale, "/")}>{t.comparisons}</a>
        {t.between}
        <a href={localePath(locale, "/claims")}>{t.claims}</a>
        {t.after}
      </p>
    </div>
  );
}
