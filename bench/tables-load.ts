/**
 * tsx bench/tables-load.ts DATA_DIR SOURCES_DIR TABLES_DIR: loads and validates one data folder, with
 * the published tables re-read, and prints its time and this process's peak memory as JSON. Run in
 * a fresh process by bench/tables.ts, so the peak is this load's own.
 */
import { checkDataDir } from "../lib/dataset/load";

const [dataDir, sourcesDir, tablesDir] = process.argv.slice(2);
const started = performance.now();
const cpu = process.cpuUsage();
const report = checkDataDir({ dataDir, sourcesDir, tablesDir });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
if (!report.dataset) {
  console.error(report.errors.slice(0, 5));
  process.exit(1);
}
console.log(
  JSON.stringify({
    claims: report.dataset.claims.length,
    cellsVerified: report.cells.verified,
    loadValidateMs: Math.round(ms),
    // CPU time says what the load costs on a machine others are using too (wall time waits for them).
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
