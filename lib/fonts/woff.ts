import { inflateSync } from "node:zlib";

/**
 * WOFF 1.0 (W3C, 2012) unwrapped into the TrueType/OpenType file it packs: each table is stored
 * zlib-compressed (or raw when that was no smaller), so this is only a re-assembly of the tables
 * behind a new table directory. resvg reads TrueType, not WOFF; the site's one font package
 * (@fontsource/source-sans-3) ships WOFF and WOFF2, so the cards read its WOFF through this.
 */
export function woffToSfnt(woff: Buffer, options: { family?: string } = {}): Buffer {
  if (woff.toString("ascii", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file (no wOFF signature)");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`WOFF table ${i}: ${data.length} bytes unpacked, ${origLength} expected`);
    if (options.family && tag === NAME_TAG) {
      const renamed = renameFamily(data, options.family);
      return { tag, checksum: tableChecksum(renamed), data: renamed };
    }
    return { tag, checksum, data };
  });
  let power = 1;
  while (power * 2 <= numTables) power *= 2;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

const NAME_TAG = 0x6e616d65; // "name"
const FAMILY_NAME_IDS = new Set([1, 16]);

function tableChecksum(data: Buffer): number {
  const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
  data.copy(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/**
 * A 'name' table (format 0) whose family names (IDs 1 and 16) say `family`: so one subset of a
 * font can be asked for by a name of its own (resvg picks one face per text run, and its fallback for
 * a missing letter ignores the weight; see lib/render/card.ts).
 */
function renameFamily(table: Buffer, family: string): Buffer {
  if (table.readUInt16BE(0) !== 0) throw new Error("name table: only format 0 can be renamed");
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  const strings: Buffer[] = [];
  let offset = 0;
  const records = Buffer.alloc(12 * count);
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const platform = table.readUInt16BE(at);
    const nameId = table.readUInt16BE(at + 6);
    const length = table.readUInt16BE(at + 8);
    const start = storage + table.readUInt16BE(at + 10);
    let value = table.subarray(start, start + length);
    if (FAMILY_NAME_IDS.has(nameId)) value = platform === 1 ? Buffer.from(family, "latin1") : Buffer.from(family, "utf16le").swap16();
    table.copy(records, i * 12, at, at + 8);
    records.writeUInt16BE(value.length, i * 12 + 8);
    records.writeUInt16BE(offset, i * 12 + 10);
    strings.push(value);
    offset += value.length;
  }
  const header = Buffer.alloc(6);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(count, 2);
  header.writeUInt16BE(6 + 12 * count, 4);
  return Buffer.concat([header, records, ...strings]);
}
