/**
 * npm run locate-quotes -- [--data DIR] [--sources DIR] [SOURCE_ID ...]
 * Writes each quote's offsets: for every claim (and every relay in `alsoIn`) of the given source files
 * (all when none is named), finds the quote in its report's text and sets locator.start/end as
 * JavaScript string offsets. A quote already standing at its offsets is left alone; one that stands
 * several times is placed at the occurrence nearest its old start. A quote that stands nowhere is an
 * error, and nothing is written for that file. Offsets are never typed by hand.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultSourcesDir } from "../lib/dataset/load";
import { DATA_DIR, folderTexts } from "../lib/dataset/read";
import { locateQuote } from "../lib/dataset/locate";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: "string" }, sources: { type: "string" } } });
const dataDir = values.data ? resolve(values.data) : DATA_DIR;
const texts = folderTexts(values.sources ? resolve(values.sources) : defaultSourcesDir());

interface Quoted {
  sourceId?: string;
  quote: string;
  locator: { kind: string; start?: number; end?: number };
}
interface SourceFileJson {
  source: { id: string; file: string };
  claims: (Quoted & { id: string; alsoIn?: Quoted[] })[];
}

const dir = join(dataDir, "sources");
const files = new Map<string, SourceFileJson>();
for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
  files.set(name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(dir, name), "utf8")) as SourceFileJson);
}
const wanted = positionals.length > 0 ? positionals : [...files.keys()];
let failures = 0;
for (const id of wanted) {
  const file = files.get(id);
  if (!file) {
    console.error(`${id}: no such source file in ${dir}`);
    failures += 1;
    continue;
  }
  const errors: string[] = [];
  let moved = 0;
  const place = (claimId: string, sourceId: string, quoted: Quoted) => {
    if (quoted.locator.kind !== "text") return;
    const source = files.get(sourceId)?.source;
    const text = source ? texts(source.file) : undefined;
    if (text === undefined) {
      errors.push(`${claimId}: the text of ${sourceId} is not at hand`);
      return;
    }
    const at = locateQuote(text, quoted.quote, quoted.locator.start ?? 0);
    if (at === undefined) {
      errors.push(`${claimId}: the quote stands nowhere in ${source?.file}: ${JSON.stringify(quoted.quote)}`);
      return;
    }
    if (quoted.locator.start !== at || quoted.locator.end !== at + quoted.quote.length) moved += 1;
    quoted.locator = { kind: "text", start: at, end: at + quoted.quote.length };
  };
  for (const claim of file.claims) {
    place(claim.id, id, claim);
    for (const relay of claim.alsoIn ?? []) if (relay.sourceId) place(claim.id, relay.sourceId, relay);
  }
  if (errors.length > 0) {
    for (const error of errors) console.error(`${id}: ${error}`);
    failures += errors.length;
    continue;
  }
  writeFileSync(join(dir, `${id}.json`), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${id}: ${file.claims.length} claims, ${moved} locators written`);
}
if (failures > 0) process.exit(1);
