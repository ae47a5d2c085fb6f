import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { notFound } from "next/navigation";
import { ClaimsResults, matchCount } from "@/components/claims/ClaimsResults";
import { claimsSearch, parseClaimsQuery } from "@/lib/claims-search/query";
import { claimsCatalogue } from "@/lib/site/claims-requests";
import { claimsSearchView } from "@/lib/site/claims-search-views";
import { type PageSearch, searchParamsOf } from "@/lib/http/search-params";
import { pageMetadata } from "@/lib/site/metadata";

// A search over every claim, drawn per request: /claims with a query comes here (proxy.ts checks the query and answers 400 for a bad one).
export const dynamic = "force-dynamic";

type Search = Promise<PageSearch>;

async function viewOf(searchParams: Search, locale: Locale) {
  const parsed = parseClaimsQuery(searchParamsOf(await searchParams), claimsCatalogue());
  return parsed.ok ? claimsSearchView(parsed.query, undefined, locale) : undefined;
}

export async function generateMetadata({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }): Promise<Metadata> {
  const locale = await localeOf(params);
  const view = await viewOf(searchParams, locale);
  if (!view) return {};
  return { ...pageMetadata({ locale, title: translator(locale)("claims.found.title"), description: matchCount(view.total, locale), path: `/claims${claimsSearch(view.query)}` }), robots: { index: false } };
}

export default async function ClaimsFoundPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const locale = await localeOf(params);
  const view = await viewOf(searchParams, locale);
  // The proxy has answered 400 for a bad query: what is left is a page past the last.
  if (!view) notFound();
  return <ClaimsResults view={view} locale={locale} />;
}
