import NextLink from "next/link";
import { type MonthEntry, pageHref, pagerNumbers } from "@/lib/claims-table/paging";

export interface Paging {
  number: number;
  total: number;
  totalClaims: number;
  from: string;
  to: string;
}

/**
 * Previous, next and a few page numbers: plain links, so every page is reachable without JavaScript.
 * A search's pages (given `href`) are plain anchors: the server draws them, and the client router would
 * keep the static /claims for /claims?… Stateless.
 */
export function ClaimsPager({ paging, label, href }: { paging: Paging; label: string; href?: (n: number) => string }) {
  const { number, total } = paging;
  const Link = href ? "a" : NextLink;
  const to = href ?? pageHref;
  if (total <= 1) return null;
  return (
    <nav className="cc-pager" aria-label={label}>
      <ul>
        <li>{number > 1 ? <Link href={to(number - 1)} rel="prev">← Earlier</Link> : <span className="cc-muted">← Earlier</span>}</li>
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
                <Link href={to(n)} aria-label={`Page ${n}`}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        <li>{number < total ? <Link href={to(number + 1)} rel="next">Later →</Link> : <span className="cc-muted">Later →</span>}</li>
      </ul>
    </nav>
  );
}

/** Where each month's claims begin, by year: every month two clicks from any page. Stateless. */
export function MonthIndex({ months }: { months: readonly MonthEntry[] }) {
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  return (
    <details className="cc-months">
      <summary>Go to a month</summary>
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
                      <NextLink href={pageHref(m.page)} title={`${m.claims.toLocaleString("en-GB")} claims`}>
                        {m.label.slice(0, 3)}
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
