import { describe, expect, it } from "vitest";
import { editionRoutes, fileForRoute } from "./export-site";

describe("fileForRoute", () => {
  it("writes pages and embeds as .html files a static host serves at the extensionless path", () => {
    expect(fileForRoute("/", "text/html; charset=utf-8")).toBe("index.html");
    expect(fileForRoute("/compare/equipment-losses", "text/html; charset=utf-8")).toBe("compare/equipment-losses.html");
    expect(fileForRoute("/embed/equipment-losses", "text/html; charset=utf-8")).toBe("embed/equipment-losses.html");
  });
  it("keeps data files under their own names", () => {
    expect(fileForRoute("/data/claims.csv", "text/csv; charset=utf-8")).toBe("data/claims.csv");
    expect(fileForRoute("/embed.js", "text/javascript; charset=utf-8")).toBe("embed.js");
  });
  it("refuses a non-HTML route without an extension: a static host would serve it with the wrong type", () => {
    expect(() => fileForRoute("/data/claims", "application/json")).toThrow(/no file extension/);
  });
});

describe("editionRoutes", () => {
  it("writes each English page in every edition, at the site's addresses", () => {
    expect(editionRoutes(["/en", "/en/claims", "/en/claims/page/2", "/uk", "/uk/claims", "/ru", "/sitemap.xml"])).toEqual([
      "/",
      "/claims",
      "/claims/page/2",
      "/ru",
      "/ru/claims",
      "/ru/claims/page/2",
      "/sitemap.xml",
      "/uk",
      "/uk/claims",
      "/uk/claims/page/2",
    ]);
    expect(fileForRoute("/uk", "text/html")).toBe("uk.html");
    expect(fileForRoute("/uk/claims/page/2", "text/html")).toBe("uk/claims/page/2.html");
  });
});
