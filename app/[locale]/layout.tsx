import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import { loadDataset } from "@/lib/dataset/load";
import { LOCALES } from "@/lib/i18n/locales";
import { localeOf } from "@/lib/i18n/params";
import { translator } from "@/lib/i18n/translate";
import { pageMetadata, SITE_NAME, siteUrl } from "@/lib/site/metadata";
import "../fonts.css";
import "../globals.css";

type Params = Promise<{ locale: string }>;

/**
 * The three editions, each prerendered; any other first segment is not a page: localeOf answers 404 for
 * it. Not `dynamicParams = false` here: Next serves a route's unlisted params only when no segment above
 * it says false, and the long lists are drawn on request in the editions (lib/i18n/prerendered.ts).
 */

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  return {
    ...pageMetadata({ locale, title: SITE_NAME, description: translator(locale)("site.tagline") }),
    metadataBase: siteUrl(),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  };
}

export default async function EditionLayout({ children, params }: { children: ReactNode; params: Params }) {
  const locale = await localeOf(params);
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <main id="main">{children}</main>
        <SiteFooter meta={loadDataset().meta} locale={locale} />
      </body>
    </html>
  );
}
