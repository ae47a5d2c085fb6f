import type React from "react";
import { claimsSearch } from "@/lib/claims-search/query";
import { queryToForm } from "@/lib/claims-table/filters";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { ClaimsSearchView } from "@/lib/site/claims-search-views";
import { ClaimsBrowser } from "./ClaimsBrowser";

/** "37 claims match." / "1 claim matches." / "No claim matches." */
export function matchCount(total: number, locale: Locale = "en"): string {
  const t = translator(locale);
  return total === 0 ? t("claims.found.none") : t("claims.found.count", { count: total });
}

/** A search over every claim: the form as sent, how many match, and one page of them. Stateless. */
export function ClaimsResults({ view, locale }: { view: ClaimsSearchView; locale: Locale }) {
  const t = translator(locale);
  const { query, rows, total, page, pages } = view;
  const first = rows[0]?.statedDate ?? "";
  const last = rows[rows.length - 1]?.statedDate ?? "";
  return (
    <>
      <h1>{t("claims.found.title")}</h1>
      <p className="cc-dek">
        {t.rich("claims.found.dek", { link: (chunks: React.ReactNode) => <a href={localePath(locale, "/claims")}>{chunks}</a> })}
        {locale === "en" ? null : <> {t("claims.page.quotes")}</>}
      </p>
      <ClaimsBrowser
        rows={rows}
        claimants={view.claimants}
        topics={view.topics}
        dateMin={view.dateMin}
        dateMax={view.dateMax}
        values={queryToForm(query)}
        status={`${matchCount(total, locale)}${pages > 1 ? ` ${t("claims.found.page", { page, pages })}` : ""}`}
        caption={pages > 1 ? t("claims.found.captionPage", { page, pages }) : t("claims.found.caption")}
        paging={{ number: page, total: pages, totalClaims: total, from: first, to: last }}
        pageHref={(p) => localePath(locale, `/claims${claimsSearch(query, p)}`)}
        locale={locale}
      />
    </>
  );
}
