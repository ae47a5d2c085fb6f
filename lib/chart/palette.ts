import type { Claimant, Side } from "../model/claimants";

/**
 * Colours by side, so a reader sees at a glance which side a claimant speaks for: Russia's claimants
 * in warm hues, Ukraine's in blues and teals, the UN green, the UK orange, unattributed grey. Built
 * from Okabe–Ito and Paul Tol's colour-blind-safe sets, each with at least 3:1 contrast on white
 * and on the dark theme's background.
 */
export const SIDE_COLOURS: Record<Side, readonly string[]> = {
  russia: ["#D55E00", "#CC79A7", "#B8563B"],
  ukraine: ["#0072B2", "#56B4E9", "#44AA99", "#7B8FD6", "#1B7F99", "#4E79A7", "#3B6FB6", "#2A9D8F"],
  international: ["#009E73", "#4DAF4A", "#2E8B57"],
  "united-kingdom": ["#E69F00", "#C27C0E"],
  "united-states": ["#A6761D", "#8C6D31", "#B07A3A", "#946B2D", "#B5892F"],
  france: ["#9467BD"],
  norway: ["#A05195"],
  // Neutral: independent documentation is on no side.
  // In claimants.json order (Oryx, CSIS, IISS, BBC Russian, Mediazona/Meduza, the named list, Kobak, UALosses, Memory Book,
  // LostArmour, Butosov, The Economist): the lines drawn together on the soldiers charts get hues far apart.
  independent: ["#6F6F9F", "#8A7A5C", "#5F8A6A", "#9A6A8A", "#2F8F83", "#7B52AE", "#8F5F5F", "#4F7F7F", "#7A7A3A", "#8A6A4A", "#6A8AA0", "#707070"],
  unattributed: ["#7F7F7F"],
};

/**
 * Each claimant's colour: its side's hues, in the order its side's claimants stand in
 * data/claimants.json, so a claimant keeps its colour on every page.
 */
export function claimantColours(claimants: readonly Pick<Claimant, "id" | "side">[]): Map<string, string> {
  const seen = new Map<Side, number>();
  return new Map(
    claimants.map((claimant) => {
      const index = seen.get(claimant.side) ?? 0;
      seen.set(claimant.side, index + 1);
      const hues = SIDE_COLOURS[claimant.side];
      return [claimant.id, hues[index % hues.length] ?? UNKNOWN_COLOUR];
    }),
  );
}

export const UNKNOWN_COLOUR = "#7F7F7F";
