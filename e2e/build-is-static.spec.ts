import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { BUILD_PATHS } from "../lib/site/build-paths";

/**
 * The site is static: `next build` must prerender every route. Read from the build's own manifests
 * (the same ones `next start` serves from), so a page that turns dynamic fails here.
 */
const NEXT = join(process.cwd(), BUILD_PATHS.nextDir);
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(NEXT, file), "utf8"));

/** Only the parts of Next's manifests this test reads. */
const AppPathRoutes = z.record(z.string(), z.string());
const PrerenderManifest = z.object({
  routes: z.record(z.string(), z.unknown()),
  dynamicRoutes: z.record(z.string(), z.object({ fallback: z.unknown() })),
});

/**
 * The only routes allowed to be dynamic: oEmbed answers depend on each request (its maxwidth and
 * maxheight); the embeds, data files, chart files and script choose per request among bodies fixed by
 * the build (the theme asked for, the encoding accepted) and answer revalidation (lib/http/encoded.ts).
 */
// A chart of any topic and days (/chart, its embed and downloads) is drawn per request, from its query.
// Every page and edition-specific file is under app/[locale]/ (the editions; English is "en" inside).
const IN_EDITIONS = ["/chart", "/claims/found", "/on/[day]", "/embed/chart", "/chart/image.png", "/chart/image.svg", "/chart/points.csv", "/oembed/[file]", "/embed/[slug]", "/charts/[file]"].map((r) => `/[locale]${r}`);
const DYNAMIC_ALLOWED = [...IN_EDITIONS, "/api/claims", "/oembed", "/embed.js", "/data/claims.csv", "/data/claims.json", "/data/schema.json", "/data/sources/[file]", "/[locale]/[...rest]"];
/**
 * The long lists (each claims page, report and claimant) are prerendered in English; the other editions
 * draw them on first request and keep them (lib/i18n/prerendered.ts).
 */
const LISTS_IN_ENGLISH = ["/[locale]/claims/page/[n]", "/[locale]/sources/[id]", "/[locale]/claimants/[id]"];

test("the build marks no page dynamic", () => {
  const routes = Object.values(AppPathRoutes.parse(readJson("app-path-routes-manifest.json")));
  const prerender = PrerenderManifest.parse(readJson("prerender-manifest.json"));
  const notStatic = routes.filter((route) => !DYNAMIC_ALLOWED.includes(route) && !LISTS_IN_ENGLISH.includes(route)).filter((route) => {
    if (!route.includes("[")) return !(route in prerender.routes);
    // A page whose only parameter is its edition is static when it is generated in every edition (any other first segment is a 404: localeOf).
    if (/^\/\[locale\](?:\/[^[]*)?$/.test(route)) return !["en", "uk", "ru"].every((l) => route.replace("[locale]", l) in prerender.routes);
    // A route with parameters is static when every page is generated and no other is served.
    return prerender.dynamicRoutes[route]?.fallback !== false;
  });
  expect(routes).toEqual(expect.arrayContaining(["/[locale]", "/[locale]/claims", "/[locale]/control", "/[locale]/compare/[slug]", ...LISTS_IN_ENGLISH, "/sitemap.xml"]));
  expect(notStatic).toEqual([]);
  for (const edition of ["en", "uk", "ru"]) {
    for (const path of ["", "/claims", "/control", "/compare/equipment-losses", "/compare/armour-claims"]) {
      expect(prerender.routes, `/${edition}${path}`).toHaveProperty([`/${edition}${path}`]);
    }
  }
  for (const path of ["/claims/page/2", "/sources/reuters-2022-03-03-kyiv-kharkiv", "/claimants/un"]) {
    expect(prerender.routes, `/en${path}`).toHaveProperty([`/en${path}`]);
  }
});
