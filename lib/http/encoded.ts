import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { type BrotliOptions, type ZlibOptions, brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import { type Encoding, chooseEncoding } from "./delivery";

/** One response body in every encoding the site sends, compressed once, and its entity tag. */
export interface EncodedBody {
  identity: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  br: Uint8Array<ArrayBuffer>;
  /** A hash of the content: the ETag of each encoding is this plus the encoding's name. */
  hash: string;
}

/**
 * Brotli's best quality costs about a second a megabyte: the embeds (tens of kilobytes) get it; the
 * pages of the static export (hundreds of them, up to a megabyte or so) and the data exports (tens of
 * megabytes) get a quality a few per cent larger and tens of times faster. Gzip likewise: its best
 * level takes several times level 6's time on those for about 2% fewer bytes.
 */
const BROTLI_MAX_QUALITY_BYTES = 128 * 1024;
const BROTLI_LARGE_QUALITY = 9;
const GZIP_LARGE_LEVEL = 6;
/** For bodies made on demand, per request (a custom chart's embed): compressed while the reader waits. */
const BROTLI_QUICK_QUALITY = 5;
/**
 * For the static export's thousands of pages: brotli's quality 10 is 1% larger than 11 and takes a
 * third of its time (measured on the Ukrainian comparison pages: 45 against 131 ms a page).
 */
const BROTLI_BATCH_QUALITY = 10;

/** The gzip and brotli settings for a body of `bytes` (quick: made per request, while the reader waits; batch: one of thousands). */
function compression(bytes: number, effort: "best" | "batch" | "quick"): { gzip: ZlibOptions; br: BrotliOptions } {
  const large = bytes > BROTLI_MAX_QUALITY_BYTES;
  const quality = effort === "quick" ? BROTLI_QUICK_QUALITY : large ? BROTLI_LARGE_QUALITY : effort === "batch" ? BROTLI_BATCH_QUALITY : constants.BROTLI_MAX_QUALITY;
  return {
    gzip: { level: effort === "quick" ? 6 : large ? GZIP_LARGE_LEVEL : 9 },
    br: { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } },
  };
}

function identityOf(body: string | Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return typeof body === "string" ? new Uint8Array(Buffer.from(body, "utf8")) : body;
}

function hashOf(identity: Uint8Array): string {
  return createHash("sha256").update(identity).digest("base64url").slice(0, 22);
}

/** `compress: false` for bytes that are compressed already (PNG): every encoding is then the same bytes. */
export function encodeBody(body: string | Uint8Array<ArrayBuffer>, { compress = true, quick = false } = {}): EncodedBody {
  const identity = identityOf(body);
  const hash = hashOf(identity);
  if (!compress) return { identity, gzip: identity, br: identity, hash };
  const options = compression(identity.length, quick ? "quick" : "best");
  return { identity, gzip: new Uint8Array(gzipSync(identity, options.gzip)), br: new Uint8Array(brotliCompressSync(identity, options.br)), hash };
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * encodeBody's copies for one of many files (the static export's pages), compressed on libuv's thread
 * pool, so the script compresses on the machine's other cores while it goes on fetching.
 */
export async function encodeBodyAsync(body: string | Uint8Array<ArrayBuffer>): Promise<EncodedBody> {
  const identity = identityOf(body);
  const options = compression(identity.length, "batch");
  const [gz, br] = await Promise.all([gzipAsync(identity, options.gzip), brotliAsync(identity, options.br)]);
  return { identity, gzip: new Uint8Array(gz), br: new Uint8Array(br), hash: hashOf(identity) };
}

/** A body whose compressed copies were made ahead of time (files the prebuild wrote beside it). */
export function precompressedBody(identity: Uint8Array<ArrayBuffer>, gzip: Uint8Array<ArrayBuffer>, br: Uint8Array<ArrayBuffer>): EncodedBody {
  return { identity, gzip, br, hash: hashOf(identity) };
}

export function etagFor(body: EncodedBody, encoding: Encoding | "identity"): string {
  return `"${body.hash}${encoding === "identity" ? "" : `-${encoding}`}"`;
}

/**
 * Whether If-None-Match names this content, in any encoding: a cache holding the gzip copy is as
 * current as one holding the brotli copy. Weak tags count (If-None-Match compares weakly, and CDNs
 * weaken tags when they re-encode).
 */
export function matchesIfNoneMatch(header: string | null, body: EncodedBody): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => {
    const bare = tag.trim().replace(/^W\//, "");
    return bare === `"${body.hash}"` || ENCODING_SUFFIXES.some((suffix) => bare === `"${body.hash}-${suffix}"`);
  });
}
const ENCODING_SUFFIXES = ["gzip", "br"] as const;

const cache = new Map<string, EncodedBody>();
/** Bodies made from request parameters (oEmbed answers) are many: the memo forgets them past this. */
const MEMO_LIMIT = 512;

/**
 * The body for `key`, made and compressed on first use and kept for the life of the server: every
 * body here is fixed by the build, so nothing is compressed twice.
 */
export function encodedOnce(key: string, make: () => string | Uint8Array<ArrayBuffer>, options: { compress?: boolean; quick?: boolean } = {}): EncodedBody {
  let body = cache.get(key);
  if (!body) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    body = encodeBody(make(), options);
    cache.set(key, body);
  }
  return body;
}

/**
 * A route handler's answer with `body` in the encoding the request accepts, or 304 when the
 * request's If-None-Match already names it. Content-Encoding is set here for any host that keeps
 * it; `next start` drops it, and next.config.js sends it from the same rule (see delivery.ts).
 */
export function encodedResponse(request: Request, body: EncodedBody, init: { status?: number; headers: Record<string, string> }): Response {
  const encoding = chooseEncoding(new URL(request.url).pathname, request.headers.get("accept-encoding"));
  const headers = new Headers(init.headers);
  headers.set("Vary", "Accept-Encoding");
  headers.set("ETag", etagFor(body, encoding));
  if (encoding !== "identity") headers.set("Content-Encoding", encoding);
  const status = init.status ?? 200;
  if (status === 200 && matchesIfNoneMatch(request.headers.get("if-none-match"), body)) return new Response(null, { status: 304, headers });
  const bytes = body[encoding];
  headers.set("Content-Length", String(bytes.length));
  return new Response(request.method === "HEAD" ? null : bytes, { status, headers });
}
