import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/metadata";
import { sitePaths } from "@/lib/views";

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return sitePaths().map((path) => ({ url: new URL(path, base).href }));
}
