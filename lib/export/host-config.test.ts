import { describe, expect, it } from "vitest";
import { DELIVERY } from "../http/delivery";
import { headersFile, nginxConfig, redirectsFile } from "./host-config";

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

describe("nginxConfig: bytes and caching", () => {
  const BRIEF = `add_header Cache-Control "${DELIVERY.cacheControl.brief}" always;`;
  it("caches pages, embeds, images, data and oEmbed briefly and hashed assets for good, as next start does", () => {
    for (const opening of ["/", "/embed/", "= /oembed", "/oembed/", "~ \\.csv$"]) expect(location(opening), opening).toContain(BRIEF);
    expect(location("/_next/static/")).toContain(`add_header Cache-Control "${DELIVERY.cacheControl.immutable}" always;`);
    expect(location("/_next/static/")).not.toContain(BRIEF);
  });
  it("sends the export's precompressed copies and compresses nothing per request; brotli only when asked", () => {
    expect(config).toContain("gzip off;");
    expect(config).toContain("gzip_static on;");
    expect(config).toContain("gzip_vary on;");
    expect(config).toContain("etag on;");
    expect(config).not.toContain("brotli_static on");
    expect(nginxConfig({ root: "/srv/site", listen: "8080", origin: "https://counterclaim.example", brotli: true })).toContain("brotli_static on;");
  });
  it("passes the custom charts, drawn per request, to next start", () => {
    expect(location("/embed/")).toContain('if ($arg_asof != "") { proxy_pass http://127.0.0.1:3000; }');
    for (const at of ["= /chart", "/chart/", "= /embed/chart"]) expect(location(at)).toContain("proxy_pass http://127.0.0.1:3000;");
    expect(nginxConfig({ root: "/srv/site", listen: "80", origin: "https://counterclaim.example", upstream: "http://10.0.0.2:3000" })).toContain("proxy_pass http://10.0.0.2:3000;");
  });
  it("serves ?theme=light|dark from that theme's file, case and all, and anything else from the reader's own", () => {
    expect(config).toContain(`"~^dark$" ".theme-dark";`);
    expect(config).toContain(`"~^light$" ".theme-light";`);
    expect(location("/embed/")).toContain("try_files $uri$counterclaim_embed_theme.html $uri.html $uri =404;");
  });
  it("lets the Ukrainian and Russian embeds be framed as the English ones are", () => {
    for (const at of ["/uk/embed/", "/ru/embed/"]) {
      expect(location(at).slice(location(at).indexOf("{"))).toBe(location("/embed/").slice(location("/embed/").indexOf("{")));
      expect(location(at)).not.toContain("X-Frame-Options");
    }
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
  it("caches briefly per top-level entry, the embeds too, and the hashed assets for good (such hosts merge rules)", () => {
    const brief = `Cache-Control: ${DELIVERY.cacheControl.brief}`;
    const withNext = headersFile([{ name: "_next", directory: true }, { name: "embed", directory: true }, { name: "compare", directory: true }]);
    expect(withNext).toContain(`/embed/*\n  ${brief}`);
    expect(withNext).toContain(`/compare/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n  ${brief}`);
    expect(withNext).toContain(`/_next/static/*\n  Cache-Control: ${DELIVERY.cacheControl.immutable}`);
    expect(withNext).not.toMatch(new RegExp(`/_next/\\*\\n(?: {2}.+\\n)* {2}Cache-Control`));
    expect(withNext).not.toMatch(/^\/\*\n(?: {2}.+\n)* {2}Cache-Control/);
  });
  it("lets each edition's embeds be framed, and nothing else in its folder", () => {
    const editions = headersFile([
      { name: "uk", directory: true, children: [{ name: "embed", directory: true }, { name: "claims.html", directory: false }, { name: "claims.html.gz", directory: false }] },
      { name: "uk.html", directory: false },
    ]);
    expect(editions).not.toContain("/uk/embed/*\n  X-Frame-Options");
    expect(editions).toContain("/uk/embed/*\n  Cache-Control");
    expect(editions).toContain("/uk/claims\n  X-Frame-Options: DENY");
    expect(editions).toContain("/uk\n  X-Frame-Options: DENY");
    expect(editions).not.toContain("/uk/*");
    expect(editions).not.toContain(".gz");
  });
  it("forbids framing per top-level entry, leaving the embeds' folder out (such hosts merge rules)", () => {
    expect(file).toContain("/compare/*\n  X-Frame-Options: DENY");
    expect(file).toContain("/embed.js\n  X-Frame-Options: DENY");
    expect(file).toContain("/index\n  X-Frame-Options: DENY");
    expect(file).not.toContain("/embed/*\n  X-Frame-Options");
    expect(file).not.toMatch(/^\/\*\n(?: {2}.+\n)* {2}X-Frame-Options/);
  });
});

describe("redirectsFile", () => {
  it("serves ?theme=light|dark from that theme's embed file (Netlify)", () => {
    const lines = redirectsFile().trimEnd().split("\n");
    expect(lines.slice(0, 2)).toEqual(["/embed/:slug theme=light /embed/:slug.theme-light.html 200", "/embed/:slug theme=dark /embed/:slug.theme-dark.html 200"]);
    expect(lines).toContain("/uk/embed/:slug theme=dark /uk/embed/:slug.theme-dark.html 200");
    expect(lines).toContain("/ru/embed/:slug theme=light /ru/embed/:slug.theme-light.html 200");
    expect(lines).toHaveLength(6);
  });
});
