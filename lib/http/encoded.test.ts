import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodeBody, encodedResponse, etagFor, matchesIfNoneMatch } from "./encoded";

const text = "figure, claimant, quote\n".repeat(200);
const body = encodeBody(text);
const request = (headers: Record<string, string>, path = "/data/claims.csv") => new Request(`http://site.example${path}`, { headers });

describe("encodeBody", () => {
  it("holds the same text in every encoding, the compressed ones smaller", () => {
    expect(gunzipSync(body.gzip).toString()).toBe(text);
    expect(brotliDecompressSync(body.br).toString()).toBe(text);
    expect(body.br.length).toBeLessThan(body.identity.length / 10);
  });
});

describe("encodedResponse", () => {
  it("answers in the encoding accepted, with a tag for it and Vary", async () => {
    const response = encodedResponse(request({ "accept-encoding": "gzip, br" }), body, { headers: { "Content-Type": "text/csv" } });
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("etag")).toBe(etagFor(body, "br"));
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(text);
  });
  it("answers 304 to a cache that holds this content, in any encoding, and 200 once it changed", () => {
    for (const tag of [etagFor(body, "gzip"), `W/${etagFor(body, "br")}`, etagFor(body, "identity")]) {
      expect(encodedResponse(request({ "if-none-match": tag }), body, { headers: {} }).status, tag).toBe(304);
    }
    const changed = encodeBody(`${text}one more row\n`);
    expect(matchesIfNoneMatch(etagFor(body, "gzip"), changed)).toBe(false);
    expect(encodedResponse(request({ "if-none-match": etagFor(body, "gzip") }), changed, { headers: {} }).status).toBe(200);
  });
});
