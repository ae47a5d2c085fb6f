import type { Metadata } from "next";
import { LOCALES, type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { SITE_NAME, siteOrigin, sitePaths } from "./site";

export { SITE_NAME };

/** The share image every page without its own uses; another build step draws it. */
export const SITE_IMAGE = sitePaths.siteCard;
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where the site is published (COUNTERCLAIM_SITE_URL, checked in lib/site/site.ts), as a URL for metadataBase and the sitemap. */
export function siteUrl(): URL {
  return new URL(siteOrigin());
}

/** The share image of a comparison, drawn by the chart-image build step. */
export function comparisonImage(slug: string): string {
  return sitePaths.chartPng(slug);
}

/**
 * A page's title, description and share cards. Open Graph and Twitter fields are replaced, not
 * merged, by each page (Next merges metadata shallowly), so every page sets them all here.
 */
export function pageMetadata({
  locale,
  title,
  description,
  path,
  image = SITE_IMAGE,
  imageSize = SHARE_IMAGE_SIZE,
  imageAlt = translator(locale)("site.shareAlt", { site: SITE_NAME }),
}: {
  /** The page's edition: its canonical address is in it, and hreflang links name the other two. */
  locale: Locale;
  title: string;
  description: string;
  /** The page's own address; left out for defaults that pages inherit, so none claims another's URL. */
  path?: string;
  image?: string;
  /** The image's real size: a chart's card is 1200 wide and 630 tall, or taller where its text needs it. */
  imageSize?: { width: number; height: number };
  imageAlt?: string;
}): Metadata {
  const images = [{ url: image, width: imageSize.width, height: imageSize.height, alt: imageAlt }];
  return {
    title,
    description,
    ...(path ? { alternates: editionAlternates(locale, path) } : {}),
    openGraph: { type: "website", siteName: SITE_NAME, locale: OG_LOCALES[locale], title, description, ...(path ? { url: localePath(locale, path) } : {}), images: images.map((i) => ({ ...i, url: localeAsset(locale, i.url) })) },
    twitter: { card: "summary_large_image", title, description, images: images.map((i) => ({ ...i, url: localeAsset(locale, i.url) })) },
  };
}

const OG_LOCALES: Record<Locale, string> = { en: "en_GB", uk: "uk_UA", ru: "ru_RU" };

/** A page's canonical address in its edition, and its address in each edition (hreflang), English the default. */
export function editionAlternates(locale: Locale, path: string): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = localePath(l, path);
  languages["x-default"] = path;
  return { canonical: localePath(locale, path), languages };
}

/** A share card in the page's edition: the cards under /charts/ are drawn per edition; the site's own card is one. */
function localeAsset(locale: Locale, url: string): string {
  return url.startsWith("/charts/") && url !== sitePaths.siteCard ? localePath(locale, url) : url;
}
