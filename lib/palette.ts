/**
 * Okabe–Ito colours, chosen to stay distinguishable with the common colour-vision deficiencies.
 * A claimant's colour comes from its place in data/claimants.json, so it is the same on every page.
 * Okabe–Ito has eight; purple and brown follow so that ten claimants never share a colour (with
 * eight, UK military intelligence took Russia's colour on the pages listing every claimant).
 */
export const PALETTE = ["#D55E00", "#CC79A7", "#0072B2", "#56B4E9", "#009E73", "#E69F00", "#F0E442", "#7F7F7F", "#9467BD", "#8C564B"] as const;

export function colourAt(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] ?? "#7F7F7F";
}
