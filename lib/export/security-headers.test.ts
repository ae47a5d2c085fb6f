import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS, securityHeadersFor } from "./security-headers";

const keys = (path: string) => securityHeadersFor(path).map((h) => h.key);

describe("securityHeadersFor", () => {
  it("lets embeds be framed: no X-Frame-Options, no frame-ancestors", () => {
    expect(keys("/embed/equipment-losses")).toEqual(["X-Content-Type-Options", "Referrer-Policy"]);
  });
  it("forbids framing everywhere else, including the embed script and the root", () => {
    for (const path of ["/", "/compare/equipment-losses", "/embed.js", "/embed", "/oembed/equipment-losses.json"]) {
      expect(keys(path), path).toEqual(["X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Content-Security-Policy"]);
    }
    expect(SECURITY_HEADERS.noFraming).toContainEqual({ key: "Content-Security-Policy", value: "frame-ancestors 'none'" });
  });
});
