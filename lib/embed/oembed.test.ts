import { describe, expect, it } from "vitest";
import { EMBED_WIDTH } from "./layout";
import { fixtureFigureModel } from "./testing";
import { drawChartCard } from "../render/card";
import { OEmbedResponse, answerOEmbed, oembedResponse, parseOEmbedQuery, slugFromUrl } from "./oembed";

const SITE = "https://counterclaim.example";
const model = fixtureFigureModel();
const lookup = (slug: string) => (slug === "test-comparison" ? model : undefined);
const ask = (query: string) => answerOEmbed(parseOEmbedQuery(new URLSearchParams(query)), [SITE], lookup);

describe("parseOEmbedQuery", () => {
  it("reads positive whole maxwidth and maxheight, and ignores anything else", () => {
    expect(parseOEmbedQuery(new URLSearchParams("url=u&maxwidth=400&maxheight=300"))).toEqual({ url: "u", maxwidth: 400, maxheight: 300 });
    for (const bad of ["-5", "0", "abc", "4.5", "1e3x", ""]) expect(parseOEmbedQuery(new URLSearchParams(`maxwidth=${bad}`)).maxwidth).toBeUndefined();
  });
});

describe("slugFromUrl", () => {
  it("finds the comparison a page or embed URL of ours names", () => {
    expect(slugFromUrl(`${SITE}/compare/equipment-losses`, [SITE])).toBe("equipment-losses");
    expect(slugFromUrl(`${SITE}/compare/equipment-losses/?ref=x#top`, [SITE])).toBe("equipment-losses");
    expect(slugFromUrl(`${SITE}/embed/equipment-losses`, [SITE])).toBe("equipment-losses");
  });
  it("names nothing for another host, a look-alike host, or another path", () => {
    for (const url of [
      "https://evil.example/compare/equipment-losses",
      "https://counterclaim.example.evil.example/compare/equipment-losses",
      "http://counterclaim.example/compare/equipment-losses",
      `${SITE}/compare/equipment-losses/more`,
      `${SITE}/compare/Equipment_Losses`,
      `${SITE}/data/claims.json`,
      "not a url",
    ]) {
      expect(slugFromUrl(url, [SITE]), url).toBeUndefined();
    }
  });
});

describe("answerOEmbed", () => {
  it("answers type rich with the iframe, its size, title, provider and a thumbnail", () => {
    const answer = ask(`url=${encodeURIComponent(`${SITE}/compare/test-comparison`)}&format=json`);
    expect(answer.status).toBe(200);
    const body = OEmbedResponse.parse(answer.body);
    expect(body).toMatchObject({ version: "1.0", type: "rich", title: "Drones", provider_name: "Counterclaim", provider_url: `${SITE}/`, width: EMBED_WIDTH.default });
    expect(body.html).toContain(`<iframe src="${SITE}/embed/test-comparison"`);
    expect(body.html).toContain(`<script async src="${SITE}/embed.js"></script>`);
    expect(body.html).toContain(`height="${body.height}"`);
    expect(body).toMatchObject({ thumbnail_url: `${SITE}/charts/test-comparison.png`, thumbnail_width: 1200, thumbnail_height: 630 });
  });

  it("honours maxwidth and maxheight, for the frame and the thumbnail", () => {
    const answer = ask(`url=${encodeURIComponent(`${SITE}/compare/test-comparison`)}&maxwidth=400&maxheight=200`);
    const body = OEmbedResponse.parse(answer.body);
    expect(body.width).toBeLessThanOrEqual(400);
    expect(body.height).toBeLessThanOrEqual(200);
    expect(body.html).toContain('data-max-height="200"');
    expect(body.thumbnail_width ?? 0).toBeLessThanOrEqual(400);
    expect(body.thumbnail_height ?? 0).toBeLessThanOrEqual(200);
    const tiny = OEmbedResponse.parse(ask(`url=${encodeURIComponent(`${SITE}/compare/test-comparison`)}&maxwidth=100`).body);
    expect(tiny.width).toBe(100);
    expect(tiny.thumbnail_url).toBeUndefined();
  });

  it("states the card's real height: a card that grew for its text is offered at its own size", () => {
    const tall: typeof model = { ...model, meta: { ...model.meta, sourceLine: `Sources: ${"a publisher, a credit (CC BY 4.0); ".repeat(300)}` } };
    const height = drawChartCard(tall).height;
    expect(height).toBeGreaterThan(630);
    const body = oembedResponse(tall, SITE, {});
    expect(body).toMatchObject({ thumbnail_width: 1200, thumbnail_height: height });
    expect(oembedResponse(tall, SITE, { maxwidth: 700 })).toMatchObject({ thumbnail_width: 600, thumbnail_height: Math.round(height / 2) });
    expect(oembedResponse(tall, SITE, { maxheight: 630 }).thumbnail_height ?? 0).toBeLessThanOrEqual(630);
  });

  it("never answers wider than the embed is designed for", () => {
    expect(oembedResponse(model, SITE, { maxwidth: 5000 }).width).toBe(EMBED_WIDTH.max);
  });

  it("answers 501 for a format other than json, 400 without a url, 404 for an unknown URL", () => {
    expect(ask(`url=${SITE}/compare/test-comparison&format=xml`).status).toBe(501);
    expect(ask(`url=${SITE}/compare/test-comparison&format=yaml`).status).toBe(501);
    expect(ask("format=json").status).toBe(400);
    expect(ask(`url=${SITE}/compare/no-such-comparison`).status).toBe(404);
    expect(ask("url=https://evil.example/compare/test-comparison").status).toBe(404);
  });
});
