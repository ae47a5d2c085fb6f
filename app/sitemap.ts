import type { MetadataRoute } from "next";
import { LOCALES, localePath } from "@/lib/i18n/locales";
import { siteUrl } from "@/lib/site/metadata";
import { allPagePaths, claimsPagePaths } from "@/lib/site/views";

/** Every page in every edition, each naming its other editions (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const href = (path: string) => new URL(path, base).href;
  return [...allPagePaths(), ...claimsPagePaths()].flatMap((path) => {
    const languages = Object.fromEntries(LOCALES.map((l) => [l, href(localePath(l, path))]));
    return LOCALES.map((locale) => ({ url: href(localePath(locale, path)), alternates: { languages } }));
  });
}
