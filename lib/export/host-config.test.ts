import { describe, expect, it } from "vitest";
import { headersFile, nginxConfig } from "./host-config";

const config = nginxConfig({ root: "/srv/site", listen: "127.0.0.1:8080", origin: "https://counterclaim.example" });

/** The body of one `location` block, by its exact opening. */
function location(opening: string): string {
  const start = config.indexOf(`location ${opening} {`);
  expect(start, opening).toBeGreaterThan(-1);
  return config.slice(start, config.indexOf("\n    }", start));
}

describe("nginxConfig", () => {
  it("sends nosniff and a Referrer-Policy everywhere, even on errors", () => {
    for (const opening of ["/", "/embed/", "= /oembed", "/oembed/", "~ \\.csv$", "/_next/static/"]) {
      expect(location(opening)).toContain(`add_header X-Content-Type-Options "nosniff" always;`);
      expect(location(opening)).toContain("add_header Referrer-Policy");
    }
  });
  it("forbids framing except for the embeds", () => {
    expect(location("/")).toContain(`add_header X-Frame-Options "DENY" always;`);
    expect(location("/")).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
    expect(location("/embed/")).not.toContain("X-Frame-Options");
    expect(location("/embed/")).not.toContain("frame-ancestors");
  });
  it("answers /oembed?url= only for pages of the export's origin, raw or percent-encoded", () => {
    const map = config.slice(0, config.indexOf("\n}"));
    const pattern = /"~\*(.+)" \$slug;/.exec(map)?.[1] ?? "";
    const regex = new RegExp(pattern.replace(/\(\?<slug>/, "(?<slug>"), "i");
    expect(regex.exec("https%3A%2F%2Fcounterclaim.example%2Fcompare%2Fequipment-losses")?.groups?.slug).toBe("equipment-losses");
    expect(regex.exec("https://counterclaim.example/compare/equipment-losses")?.groups?.slug).toBe("equipment-losses");
    expect(regex.test("https%3A%2F%2Fcounterclaim.example.evil.example%2Fcompare%2Fequipment-losses")).toBe(false);
    expect(regex.test("https%3A%2F%2Fevil.example%2Fcompare%2Fequipment-losses")).toBe(false);
    expect(location("= /oembed")).toContain(`if ($arg_format !~ "^(json)?$") { return 501; }`);
  });
});

describe("headersFile", () => {
  const file = headersFile([
    { name: "compare", directory: true },
    { name: "embed", directory: true },
    { name: "embed.js", directory: false },
    { name: "index.html", directory: false },
  ]);
  it("sends nosniff and a Referrer-Policy for every path", () => {
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /);
  });
  it("forbids framing per top-level entry, leaving the embeds' folder out (such hosts merge rules)", () => {
    expect(file).toContain("/compare/*\n  X-Frame-Options: DENY");
    expect(file).toContain("/embed.js\n  X-Frame-Options: DENY");
    expect(file).toContain("/index\n  X-Frame-Options: DENY");
    expect(file).not.toContain("/embed/*\n  X-Frame-Options");
    expect(file).not.toMatch(/^\/\*\n(?: {2}.+\n)* {2}X-Frame-Options/);
  });
});
