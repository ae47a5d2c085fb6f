/**
 * npm run review -- REPORT.txt [--source-id ID] [--data DIR] [--sources DIR] [--port N]
 * Drafts the report's claims and serves the review page on 127.0.0.1 only (never part of the site,
 * its build or its export). Saving runs add-source's checks and writes data/sources/<id>.json (and
 * the claimants it adds) atomically, or nothing.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultSourcesDir } from "../../lib/dataset/load";
import { DATA_DIR } from "../../lib/dataset/read";
import { addExtraction } from "../../lib/extract/addSource";
import { extractReport } from "../../lib/extract/extract";
import { readReportHead } from "../../lib/extract/report";
import { readWhoIsWho } from "../../lib/extract/whoIsWho";
import { ClaimantsFile } from "../../lib/model/claimants";
import { reviewDraft } from "../../lib/review/draft";
import { buildExtraction, checkClaim, type ReviewError, ReviewSubmission } from "../../lib/review/submission";
import { suggestClaim } from "../../lib/review/suggest";

const USAGE = "usage: npm run review -- REPORT.txt [--source-id ID] [--data DIR] [--sources DIR] [--port N]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "source-id": { type: "string" }, data: { type: "string" }, sources: { type: "string" }, port: { type: "string" } },
});
const [report] = positionals;
if (!report || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const port = Number(values.port ?? 4310);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port: expected a port number, found "${values.port}"\n${USAGE}`);
  process.exit(2);
}
const reportPath = resolve(report);
const dataDir = values.data ? resolve(values.data) : DATA_DIR;
const sourcesDir = values.sources ? resolve(values.sources) : defaultSourcesDir();

const text = readFileSync(reportPath, "utf8");
const file = basename(reportPath);
const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(dataDir, "claimants.json"), "utf8")));
const whoIsWho = readWhoIsWho(dataDir);
const extraction = extractReport({ text, file, claimants, whoIsWho, ...(values["source-id"] ? { sourceId: values["source-id"] } : {}) });
const draft = reviewDraft({ file, text, extraction, claimants, whoIsWho });
const reportDate = readReportHead(text, file).datePublished;

const here = join(import.meta.dirname);
const assets: Record<string, { type: string; body: string }> = {
  "/": { type: "text/html; charset=utf-8", body: readFileSync(join(here, "page.html"), "utf8") },
  "/review.js": { type: "text/javascript; charset=utf-8", body: readFileSync(join(here, "page.js"), "utf8") },
  "/review.css": { type: "text/css; charset=utf-8", body: readFileSync(join(here, "page.css"), "utf8") },
};

const HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "referrer-policy": "no-referrer",
};

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { ...HEADERS, "content-type": type });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, "application/json; charset=utf-8", JSON.stringify(value));

async function body(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new Error("the request is larger than 5 MB");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** Checks a submission, then (when `write`) saves it; errors placed by the page's keys. */
function review(raw: unknown, write: boolean): { status: number; value: unknown } {
  const submission = ReviewSubmission.safeParse(raw);
  if (!submission.success) return { status: 400, value: { ok: false, errors: [{ message: `not a review submission: ${submission.error.issues.map((i) => i.path.join(".")).join(", ")}` }] } };
  const built = buildExtraction({
    draft: extraction,
    text,
    submission: submission.data,
    known: new Set(claimants.map((c) => c.id)),
    proposable: [...whoIsWho.bodies, ...extraction.newClaimants],
  });
  if (!built.extraction) return { status: 200, value: { ok: false, errors: built.errors } };
  const result = addExtraction({ extraction: built.extraction, label: "the review page", reportPath, dataDir, sourcesDir, write });
  if (!result.ok) {
    const errors: ReviewError[] = result.errors.map((e) => {
      const key = e.record ? built.keyOf.get(e.record) : undefined;
      return { ...(key ? { key } : {}), ...(e.field ? { field: e.field } : {}), message: e.message };
    });
    return { status: 200, value: { ok: false, errors } };
  }
  return { status: 200, value: { ok: true, written: result.written.map((p) => p.replace(`${dataDir}/`, "data/")), sourceId: result.sourceId, claims: result.claims, newClaimants: result.newClaimants } };
}

const server = createServer(async (req, res) => {
  // Loopback only, and only as itself: another site's page cannot reach it through a rebound name.
  const host = req.headers.host ?? "";
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, "text/plain; charset=utf-8", "unknown host\n");
  const url = new URL(req.url ?? "/", `http://${host}`);
  try {
    if (req.method === "GET") {
      const asset = assets[url.pathname];
      if (asset) return send(res, 200, asset.type, asset.body);
      if (url.pathname === "/api/draft") return json(res, 200, draft);
      if (url.pathname === "/favicon.ico") return send(res, 204, "text/plain; charset=utf-8", "");
      return send(res, 404, "text/plain; charset=utf-8", "not found\n");
    }
    if (req.method === "POST") {
      const origin = req.headers.origin;
      if ((origin && origin !== `http://${host}`) || !/^application\/json\b/.test(req.headers["content-type"] ?? "")) return json(res, 403, { ok: false, errors: [{ message: "only the review page may post here" }] });
      const payload = await body(req);
      if (url.pathname === "/api/suggest") {
        const { start, end } = (payload ?? {}) as { start?: unknown; end?: unknown };
        const suggestion = suggestClaim(text, Number(start), Number(end), extraction.claims, reportDate);
        return json(res, "error" in suggestion ? 400 : 200, suggestion);
      }
      if (url.pathname === "/api/check-claim") return json(res, 200, { errors: checkClaim(text, (payload as { claim?: unknown } | null)?.claim) });
      if (url.pathname === "/api/check" || url.pathname === "/api/save") {
        const { status, value } = review(payload, url.pathname === "/api/save");
        return json(res, status, value);
      }
      return send(res, 404, "text/plain; charset=utf-8", "not found\n");
    }
    send(res, 405, "text/plain; charset=utf-8", "method not allowed\n");
  } catch (error) {
    json(res, 400, { ok: false, errors: [{ message: error instanceof Error ? error.message : String(error) }] });
  }
});

server.listen(port, "127.0.0.1", () => {
  const figures = extraction.claims.filter((c) => c.kind === "figure").length;
  console.log(`${extraction.claims.length} drafted claims (${figures} figures) from ${file}; data: ${dataDir}`);
  console.log(`Review page: http://127.0.0.1:${port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
