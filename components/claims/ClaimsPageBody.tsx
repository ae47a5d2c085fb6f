import Link from "next/link";
import type React from "react";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { claimsPageView } from "@/lib/site/views";
import { ClaimsBrowser } from "./ClaimsBrowser";

type View = NonNullable<ReturnType<typeof claimsPageView>>;

/** One page of the claims table: heading, search, paging and rows. */
export function ClaimsPageBody({ view, locale }: { view: View; locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      <h1>{t("claims.page.title")}</h1>
      <p className="cc-dek">
        {t.rich("claims.page.dek", { link: (chunks: React.ReactNode) => <Link href={localePath(locale, "/on")}>{chunks}</Link> })}
        {locale === "en" ? null : <> {t("claims.page.quotes")}</>}
      </p>
      <ClaimsBrowser {...view} locale={locale} status={t("claims.page.status", { count: view.paging.totalClaims, onPage: view.rows.length })} />
    </>
  );
}
