import { type ClaimsForm, type FilterOption, queryToForm } from "@/lib/claims-table/filters";
import type { ClaimRow } from "@/lib/claims-table/rows";
import { type MonthEntry } from "@/lib/claims-table/paging";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { ClaimFiltersForm } from "./ClaimFiltersForm";
import { ClaimsPager, MonthIndex, type Paging } from "./ClaimsPager";
import { ClaimsTable } from "./ClaimsTable";

export interface ClaimsBrowserProps {
  rows: readonly ClaimRow[];
  claimants: readonly FilterOption[];
  topics: readonly FilterOption[];
  dateMin?: string;
  dateMax?: string;
  paging?: Paging;
  months?: readonly MonthEntry[];
  /** The search's fields; none filled on the table's own pages. */
  values?: ClaimsForm;
  /** What the count says ("37 claims match."). */
  status?: string;
  caption?: string;
  /** The address of a page of these rows: given for a search's results, whose count is of the matches. */
  pageHref?: (n: number) => string;
  locale: Locale;
}

/** The search form, the count, the pager and the table: for the table's static pages and for a search's results alike. Stateless. */
export function ClaimsBrowser({ rows, paging, months, values = queryToForm({}), status, caption, pageHref, locale, ...options }: ClaimsBrowserProps) {
  const t = translator(locale);
  const paged = paging && paging.total > 1 ? paging : undefined;
  const span = paged ? { number: paged.number, total: paged.total, from: formatDateIn(locale, paged.from), to: formatDateIn(locale, paged.to), count: paged.totalClaims } : undefined;
  return (
    <>
      <ClaimFiltersForm values={values} locale={locale} {...options} />
      <p className="cc-count" role="status">
        {status ?? t("claims.browser.showingAll", { count: rows.length })}
      </p>
      {paged && span ? (
        <div className="cc-paging">
          <p className="cc-small">{t(pageHref ? "claims.browser.pageOfFound" : "claims.browser.pageOfAll", span)}</p>
          <ClaimsPager paging={paged} label={t("claims.pager.label")} href={pageHref} locale={locale} />
          {months ? <MonthIndex months={months} locale={locale} /> : null}
        </div>
      ) : null}
      <ClaimsTable rows={rows} caption={caption ?? (paged ? t("claims.browser.captionPage", { number: paged.number, total: paged.total }) : t("claims.browser.captionAll"))} locale={locale} />
      {paged ? <ClaimsPager paging={paged} label={t("claims.pager.labelAgain")} href={pageHref} locale={locale} /> : null}
    </>
  );
}
