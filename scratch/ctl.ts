import { readFileSync } from "node:fs";
import { ClaimantsFile } from "../lib/model/claimants";
import { extractReport } from "../lib/extract/extract";
const claimants = ClaimantsFile.parse(JSON.parse(readFileSync("data/claimants.json", "utf8")));
const texts = [
  "Russia's defence ministry said its forces control 74 settlements in the Kharkiv region.",
  "Ukraine's General Staff said its troops liberated 12 villages in the south.",
  "Syrskyi said Ukrainian forces had advanced 1,000 square kilometres into Russia's Kursk region.",
  "Russian forces have captured about 200 square miles, the ministry said.",
  "The Russian Defence Ministry said its troops captured a village near Pokrovsk.",
  "Ukraine's General Staff denied that Russian troops had captured Avdiivka.",
  "Ukrainian forces control 1,300 square kilometers of Russian territory, Zelensky said.",
  "The Russian Defence Ministry said its forces had taken control of a village in the southeast of the Donetsk region.",
  "Ukraine's military denied Russian claims that its forces had captured 12 villages.",
];
for (const t of texts) {
  const x = extractReport({ text: `date 2024-08-20\n\n${t}`, file: "t.txt", claimants });
  console.log(t, "\n   ", JSON.stringify(x.claims.map((c) => c.kind === "figure" ? [c.claimantId, c.metric, c.qualifier, "value" in c ? c.value : null, c.subject, c.control] : [c.claimantId, c.place, c.status, c.subject])), JSON.stringify(x.unplaced.map(u=>u.reason)));
}
