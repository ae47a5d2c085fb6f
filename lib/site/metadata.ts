import type { Metadata } from "next";
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
  title,
  description,
  path,
  image = SITE_IMAGE,
  imageSize = SHARE_IMAGE_SIZE,
  imageAlt = `${SITE_NAME}: competing war claims, charted side by side`,
}: {
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
    ...(path ? { alternates: { canonical: path } } : {}),
    openGraph: { type: "website", siteName: SITE_NAME, title, description, ...(path ? { url: path } : {}), images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
