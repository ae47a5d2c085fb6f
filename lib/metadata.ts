import type { Metadata } from "next";
import { z } from "zod";

export const SITE_NAME = "Counterclaim";
export const DEFAULT_SITE_URL = "http://localhost:3000";

/** The share image every page without its own uses; another build step draws it. */
export const SITE_IMAGE = "/charts/site.png";
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const SiteUrl = z.url({ protocol: /^https?$/ }).catch(DEFAULT_SITE_URL);

/**
 * Where the site is published, from COUNTERCLAIM_SITE_URL at build time. Absolute URLs in share
 * metadata and the sitemap start here; a missing or malformed value falls back to localhost.
 */
export function siteUrl(value: string | undefined = process.env.COUNTERCLAIM_SITE_URL): URL {
  return new URL(SiteUrl.parse(value ?? DEFAULT_SITE_URL));
}

/** The share image of a comparison, drawn by the chart-image build step. */
export function comparisonImage(slug: string): string {
  return `/charts/${slug}.png`;
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
  imageAlt = `${SITE_NAME}: competing war claims, charted side by side`,
}: {
  title: string;
  description: string;
  /** The page's own address; left out for defaults that pages inherit, so none claims another's URL. */
  path?: string;
  image?: string;
  imageAlt?: string;
}): Metadata {
  const images = [{ url: image, ...SHARE_IMAGE_SIZE, alt: imageAlt }];
  return {
    title,
    description,
    ...(path ? { alternates: { canonical: path } } : {}),
    openGraph: { type: "website", siteName: SITE_NAME, title, description, ...(path ? { url: path } : {}), images },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
