import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { ClaimsPageBody } from "@/components/claims/ClaimsPageBody";
import { pageMetadata } from "@/lib/site/metadata";
import { claimsPageView } from "@/lib/site/views";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  return pageMetadata({ locale, title: t("claims.page.title"), description: t("claims.page.description"), path: "/claims" });
}

export default async function ClaimsPage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const view = claimsPageView(1, locale);
  return view ? <ClaimsPageBody view={view} locale={locale} /> : null;
}
