/**
 * Checks data/who-is-who.json against itself and the claimants: every office speaks for a claimant
 * of claimants.json or a body of the file, every tenure names an office and ends after it starts.
 */
import { type WhoIsWhoFile } from "../model/who-is-who";
import type { DataError } from "./errors";

export function checkWhoIsWho(file: WhoIsWhoFile, path: string, claimantIds: ReadonlySet<string>, errors: DataError[]): void {
  const at = (record: string, field: string, expected: string, found: string) => errors.push({ file: path, record, field, expected, found });
  const known = new Set([...claimantIds, ...file.bodies.map((b) => b.id)]);
  const seen = new Set<string>();
  file.bodies.forEach((body, i) => {
    if (seen.has(body.id)) at(body.id, `bodies.${i}.id`, "an id used once", `"${body.id}" again`);
    seen.add(body.id);
  });
  const offices = new Set<string>();
  file.offices.forEach((office, i) => {
    if (offices.has(office.id)) at(office.id, `offices.${i}.id`, "an office id used once", `"${office.id}" again`);
    offices.add(office.id);
    if (!known.has(office.claimantId)) at(office.id, `offices.${i}.claimantId`, "the id of a claimant in claimants.json or of a body in who-is-who.json", `"${office.claimantId}"`);
  });
  file.people.forEach((person, i) => {
    person.held.forEach((tenure, j) => {
      if (!offices.has(tenure.office)) at(person.name, `people.${i}.held.${j}.office`, "the id of an office in who-is-who.json", `"${tenure.office}"`);
      if (tenure.from && tenure.until && tenure.until < tenure.from) at(person.name, `people.${i}.held.${j}.until`, `a date on or after from (${tenure.from})`, `"${tenure.until}"`);
    });
  });
  file.aliases.forEach((alias, i) => {
    if (!known.has(alias.claimantId)) at(alias.claimantId, `aliases.${i}.claimantId`, "the id of a claimant in claimants.json or of a body in who-is-who.json", `"${alias.claimantId}"`);
  });
}
