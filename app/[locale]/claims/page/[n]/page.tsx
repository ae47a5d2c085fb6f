import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { prerenderedIn } from "@/lib/i18n/prerendered";
import { formatDateIn } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translate";
import { notFound } from "next/navigation";
import { ClaimsPageBody } from "@/components/claims/ClaimsPageBody";
import { pageHref } from "@/lib/claims-table/paging";
import { pageMetadata } from "@/lib/site/metadata";
import { claimsPageNumbers, claimsPageView } from "@/lib/site/views";

// Page 1 is /claims itself.
/** Drawn on request in the editions other than English (lib/i18n/prerendered.ts). */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return prerenderedIn(params, () =>
    claimsPageNumbers()
      .slice(1)
      .map((n) => ({ n: String(n) })),
  );
}

const pageNumber = (n: string) => (/^[1-9]\d*$/.test(n) ? Number(n) : 0);

export async function generateMetadata({ params }: { params: Promise<{ locale: string; n: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  const n = pageNumber((await params).n);
  const view = claimsPageView(n, locale);
  if (!view || n < 2) return {};
  const t = translator(locale);
  return pageMetadata({
    locale,
    title: t("claims.page.titlePage", { n, total: view.paging.total }),
    description: t("claims.page.descriptionPage", { from: formatDateIn(locale, view.paging.from), to: formatDateIn(locale, view.paging.to) }),
    path: pageHref(n),
  });
}

export default async function ClaimsPageN({ params }: { params: Promise<{ locale: string; n: string }> }) {
  const locale = await localeOf(params);
  const n = pageNumber((await params).n);
  const view = claimsPageView(n, locale);
  if (!view || n < 2) notFound();
  return <ClaimsPageBody view={view} locale={locale} />;
}
