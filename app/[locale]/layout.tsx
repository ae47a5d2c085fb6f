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
 * The three editions. No other first segment reaches here: next.config.js sends every path not under
 * /uk or /ru to /en/…; localeOf answers 404 for anything else. Pages set dynamicParams themselves: the
 * long lists draw the other editions on request (lib/i18n/prerendered.ts).
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
