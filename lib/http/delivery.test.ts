import { describe, expect, it } from "vitest";
import { cacheControlFor, chooseEncoding, isEncodedPath } from "./delivery";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, for the paths answered precompressed", () => {
    expect(chooseEncoding("/embed/equipment-losses", "gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("/embed/equipment-losses", "gzip")).toBe("gzip");
    expect(chooseEncoding("/data/claims.csv", "deflate")).toBe("identity");
    expect(chooseEncoding("/data/claims.csv", null)).toBe("identity");
  });
  it("sends images and unknown paths as they are, as next.config.js's header rules do", () => {
    expect(chooseEncoding("/charts/equipment-losses.png", "gzip, br")).toBe("identity");
    expect(chooseEncoding("/embed/a/b", "gzip")).toBe("identity");
    expect(chooseEncoding("/embed/a%2Fb", "gzip")).toBe("identity");
  });
  it("matches paths without regard to case, as Next matches its header rules", () => {
    expect(chooseEncoding("/embed/EQUIPMENT-losses", "gzip")).toBe("gzip");
    expect(chooseEncoding("/Charts/x.SVG", "br")).toBe("br");
  });
  it("covers every embed and data path", () => {
    for (const path of ["/embed/kherson-control", "/embed.js", "/charts/x.svg", "/charts/x.csv", "/charts/x-points.json", "/uk/charts/x-points.json", "/data/claims.csv", "/data/claims.json", "/data/schema.json", "/data/sources/oryx-by-type.csv", "/oembed", "/oembed/x.json"]) {
      expect(isEncodedPath(path), path).toBe(true);
    }
    expect(isEncodedPath("/compare/x")).toBe(false);
  });
});

describe("cacheControlFor", () => {
  it("makes hashed assets immutable and everything else brief, revalidated", () => {
    expect(cacheControlFor("/_next/static/chunks/a1b2.js")).toContain("immutable");
    for (const path of ["/", "/compare/x", "/embed/x", "/charts/x.png", "/data/claims.json"]) {
      expect(cacheControlFor(path), path).toMatch(/^public, max-age=\d{3}, stale-while-revalidate=\d+$/);
    }
  });
});
