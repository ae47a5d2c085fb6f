import NextLink from "next/link";
import { type MonthEntry, pageHref, pagerNumbers } from "@/lib/claims-table/paging";
import { INTL_TAGS, type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export interface Paging {
  number: number;
  total: number;
  totalClaims: number;
  from: string;
  to: string;
}

/**
 * Previous, next and a few page numbers: plain links, so every page is reachable without JavaScript.
 * A search's pages (given `href`, already in the edition) are plain anchors: the server draws them, and
 * the client router would keep the static /claims for /claims?… Stateless.
 */
export function ClaimsPager({ paging, label, href, locale }: { paging: Paging; label: string; href?: (n: number) => string; locale: Locale }) {
  const { number, total } = paging;
  const t = translator(locale);
  const Link = href ? "a" : NextLink;
  const to = href ?? ((n: number) => localePath(locale, pageHref(n)));
  if (total <= 1) return null;
  return (
    <nav className="cc-pager" aria-label={label}>
      <ul>
        <li>{number > 1 ? <Link href={to(number - 1)} rel="prev">{t("claims.pager.earlier")}</Link> : <span className="cc-muted">{t("claims.pager.earlier")}</span>}</li>
        {pagerNumbers(number, total).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="cc-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === number ? (
                <span aria-current="page" className="cc-pager-current">
                  {n}
                </span>
              ) : (
                <Link href={to(n)} aria-label={t("claims.pager.page", { n })}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        <li>{number < total ? <Link href={to(number + 1)} rel="next">{t("claims.pager.later")}</Link> : <span className="cc-muted">{t("claims.pager.later")}</span>}</li>
      </ul>
    </nav>
  );
}

/** Where each month's claims begin, by year: every month two clicks from any page. Stateless. */
export function MonthIndex({ months, locale }: { months: readonly MonthEntry[]; locale: Locale }) {
  const t = translator(locale);
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  // "Jan"; "січ."; "янв." (Intl's short month, standing alone).
  const monthName = (month: string) => new Intl.DateTimeFormat(INTL_TAGS[locale], { month: "short", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <details className="cc-months">
      <summary>{t("claims.pager.months")}</summary>
      <dl>
        {years.map((year) => (
          <div key={year}>
            <dt>{year}</dt>
            <dd>
              <ul>
                {months
                  .filter((m) => m.month.startsWith(year))
                  .map((m) => (
                    <li key={m.month}>
                      <NextLink href={localePath(locale, pageHref(m.page))} title={t("claims.pager.monthClaims", { count: m.claims })}>
                        {locale === "en" ? m.label.slice(0, 3) : monthName(m.month)}
                      </NextLink>
                    </li>
                  ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
