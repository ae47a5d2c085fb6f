"use client";

import { usePathname } from "next/navigation";
import { LANGUAGE_NAMES, LOCALES, type Locale, localePath, splitLocale } from "@/lib/i18n/locales";

/**
 * Links to this page in each edition. Drawn on the server too (no script needed to read it): the path
 * is the request's, with any edition's code taken off (the English pages are served from /en inside).
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? "/";
  const inner = pathname === "/en" || pathname.startsWith("/en/") ? pathname.slice(3) || "/" : pathname;
  const { path } = splitLocale(inner);
  return (
    <nav aria-label={label} className="cc-languages">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="page" lang={l}>
                {LANGUAGE_NAMES[l]}
              </span>
            ) : (
              <a href={localePath(l, path)} hrefLang={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
