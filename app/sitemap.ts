import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site/metadata";
import { allPagePaths } from "@/lib/site/views";

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return allPagePaths().map((path) => ({ url: new URL(path, base).href }));
}
