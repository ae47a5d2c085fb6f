import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/metadata";
import { allPagePaths, claimsPagePaths } from "@/lib/site/views";

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return [...allPagePaths(), ...claimsPagePaths()].map((path) => ({ url: new URL(path, base).href }));
}
