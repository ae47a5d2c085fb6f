import { expect, test } from "@playwright/test";

const FRAMABLE = ["/embed/equipment-losses", "/embed/kherson-control?theme=dark", "/uk/embed/equipment-losses", "/ru/embed/kherson-control"];
const NOT_FRAMABLE = ["/", "/compare/equipment-losses", "/data/claims.json", "/charts/equipment-losses.png", "/embed.js", "/oembed/equipment-losses.json", "/no-such-page", "/uk/compare/equipment-losses", "/ru", "/uk/embed"];

test.describe("a host can frame the embed, and only the embed", () => {
  for (const path of FRAMABLE) {
    test(`${path} may be framed by any site`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers["x-frame-options"]).toBeUndefined();
      expect(headers["content-security-policy"] ?? "").not.toContain("frame-ancestors");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    });
  }
  for (const path of NOT_FRAMABLE) {
    test(`${path} may not be framed`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    });
  }
});
