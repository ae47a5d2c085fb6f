import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { prerenderedIn } from "@/lib/i18n/prerendered";
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
  const view = claimsPageView(n);
  if (!view || n < 2) return {};
  return pageMetadata({
    locale,
    title: `Every claim, page ${n} of ${view.paging.total}`,
    description: `Claims stated ${view.paging.from} to ${view.paging.to}, with their quotes or table cells, claimants and sources.`,
    path: pageHref(n),
  });
}

export default async function ClaimsPageN({ params }: { params: Promise<{ locale: string; n: string }> }) {
  const n = pageNumber((await params).n);
  const view = claimsPageView(n);
  if (!view || n < 2) notFound();
  return <ClaimsPageBody view={view} />;
}
