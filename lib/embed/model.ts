import { chartLabel } from "../render/html";
import { CHART_SIZES, type ChartSize, barLayout } from "@/components/chart/layout";
import type { ChartMeta } from "../chart/meta";
import { formatDate, type IsoDate } from "../model/dates";
import type { ComparisonView } from "../site/views";
import { seriesLayout } from "../chart/series-layout";
import { roleLabel } from "../chart/series";
import { chartWords } from "../chart/words";
import { drawnLines } from "../chart/series-chart";

export interface EmbedLegendItem {
  name: string;
  about: string;
  colour: string;
}

/** One of the static SVGs of a figures chart, with the size it was drawn at. */
export interface EmbedChartSize {
  size: ChartSize;
  width: number;
  height: number;
  svg: string;
}

export interface EmbedEntry {
  dateIso: IsoDate;
  /** "2 Mar 2022", "by 2 Mar 2022" or "before 2 Mar 2022", as precise as the claim is. */
  date: string;
  claimant: string;
  status: string;
  colour: string;
  quote: string;
}

export type EmbedBody =
  | {
      kind: "figures";
      /** The chart in words: the SVG's accessible name. */
      label: string;
      sizes: EmbedChartSize[];
      /** "≠ Tanks (and armoured vehicles), not comparable: …": part of reading the chart honestly. */
      notes: string[];
    }
  | { kind: "control"; entries: EmbedEntry[] };

/** Everything the embed document shows, and all its height estimate needs. */
export interface EmbedModel {
  meta: ChartMeta;
  legend: EmbedLegendItem[];
  body: EmbedBody;
}

const SIZES = Object.keys(CHART_SIZES) as ChartSize[];

export function shapeEmbedModel(view: ComparisonView, meta: ChartMeta): EmbedModel {
  const { t } = chartWords(meta.locale);
  if (view.kind === "control") {
    return {
      meta,
      legend: [],
      body: {
        kind: "control",
        entries: view.timeline.entries.map((entry) => ({
          dateIso: entry.claim.statedOn.date,
          date: `${entry.claim.statedOn.precision === "day" ? "" : `${entry.claim.statedOn.precision} `}${formatDate(entry.claim.statedOn.date)}`,
          claimant: entry.claimant,
          status: entry.status,
          colour: entry.colour,
          quote: entry.claim.quote,
        })),
      },
    };
  }
  if (view.kind === "series") {
    const { chart, embedSvgs } = view;
    return {
      meta,
      // Short, so the lines are on a phone's first screen: what each line counts is in the notes under the chart and on the page.
      legend: drawnLines(chart.lines).map((l) => ({
        name: l.label,
        about: [
          l.role === "reference" ? t("chart.embed.independent") : roleLabel(l.role, meta.locale),
          l.derived ? (l.derived.metrics.length > 1 ? t("chart.embed.sumOf", { count: l.derived.metrics.length }) : l.derived.adds) : undefined,
          l.caveat,
        ]
          .filter(Boolean)
          .join("; "),
        colour: l.colour,
      })),
      body: {
        kind: "figures",
        label: chartLabel(chart.title, chart.textSummary, meta.locale),
        sizes: SIZES.map((size) => {
          const { width, height } = seriesLayout(chart, size);
          return { size, width, height, svg: embedSvgs[size] };
        }),
        notes: [
          view.marksShort,
          ...(view.reducedNote ? [view.reducedNote] : []),
          ...chart.endings,
          ...chart.comparability,
          ...drawnLines(chart.lines).flatMap((l) => (l.derived ? [l.derived.metrics.length > 1 ? t("chart.embed.sumNote", { label: l.label, adds: l.derived.adds }) : `${l.label}: ${l.derived.adds}.`] : [])),
        ],
      },
    };
  }
  const { chart, svgs } = view;
  return {
    meta,
    legend: chart.series.map((s) => ({ name: s.shortName, about: s.about, colour: s.colour })),
    body: {
      kind: "figures",
      label: chartLabel(chart.title, chart.textSummary, meta.locale),
      sizes: SIZES.map((size) => {
        const { width, height } = barLayout(chart, size);
        return { size, width, height, svg: svgs[size] };
      }),
      notes: chart.rows.flatMap((row) => (row.notComparable ? [t("chart.embed.notComparable", { label: row.label, why: row.notComparable })] : [])),
    },
  };
}
