import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_URL, isDecodablePath, requestOrigin, siteOrigin } from "./site";

describe("siteOrigin", () => {
  it("is localhost:3000 when COUNTERCLAIM_SITE_URL is not set", () => {
    expect(siteOrigin({})).toBe(DEFAULT_SITE_URL);
  });
  it("drops a trailing slash", () => {
    expect(siteOrigin({ COUNTERCLAIM_SITE_URL: "https://counterclaim.example/" })).toBe("https://counterclaim.example");
  });
  it.each(["ftp://counterclaim.example", "https://counterclaim.example/sub", "https://counterclaim.example/?q=1", "counterclaim.example", "javascript:alert(1)"])(
    "stops the build on %s",
    (value) => {
      expect(() => siteOrigin({ COUNTERCLAIM_SITE_URL: value })).toThrow(/COUNTERCLAIM_SITE_URL/);
    },
  );
});

describe("requestOrigin", () => {
  it("is the host the request was sent to, as the client wrote it", () => {
    expect(requestOrigin(new Request("http://localhost:3301/oembed", { headers: { host: "127.0.0.1:3301" } }))).toBe("http://127.0.0.1:3301");
    expect(requestOrigin(new Request("https://counterclaim.example/oembed", { headers: { host: "counterclaim.example" } }))).toBe("https://counterclaim.example");
  });
  it("ignores a malformed Host header", () => {
    expect(requestOrigin(new Request("http://localhost:3301/oembed", { headers: { host: 'evil"><script>' } }))).toBe("http://localhost:3301");
  });
});

describe("isDecodablePath", () => {
  it("accepts the site's paths, and valid percent-encoding", () => {
    for (const path of ["/", "/compare/equipment-losses", "/oembed/equipment-losses.json", "/compare/%C3%A9", "/compare/a%20b", "/compare/%00"]) expect(isDecodablePath(path), path).toBe(true);
  });
  it("refuses a stray %, a cut sequence and bytes that are not UTF-8", () => {
    for (const path of ["/compare/%", "/compare/%E0%A4%A", "/embed/%zz", "/sources/%A0", "/compare/%E0%A4", "/oembed/%FF.json"]) expect(isDecodablePath(path), path).toBe(false);
  });
});
