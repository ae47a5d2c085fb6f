import { describe, expect, it } from "vitest";
import { CLAIMS_PARAMS } from "@/lib/claims-search/query";
import { PREFIXED_LOCALES } from "./locales";
import { ROOT_PATH, ROUTING } from "./routing";

describe("the editions' routing, as next.config.js reads it", () => {
  it("names the same editions and search parameters as the code", () => {
    expect(ROUTING.prefixed).toEqual([...PREFIXED_LOCALES]);
    expect(ROUTING.default).toBe("en");
    expect(ROUTING.searchParams).toEqual([...CLAIMS_PARAMS]);
  });

  it("keeps the data, the API and the endpoints at the root, and every page in the editions", () => {
    for (const path of ["/data/claims.json", "/api/claims", "/oembed", "/embed.js", "/icon.svg", "/sitemap.xml", "/_next/static/x.js"]) expect(ROOT_PATH.test(path), path).toBe(true);
    for (const path of ["/", "/compare/x", "/embed/x", "/oembed/x.json", "/claims", "/database", "/embed.json"]) expect(ROOT_PATH.test(path), path).toBe(false);
  });
});
