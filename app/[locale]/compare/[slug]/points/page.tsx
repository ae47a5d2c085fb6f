import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import { notFound } from "next/navigation";
import { SeriesPointsTable } from "@/components/chart/SeriesPointsTable";
import { pageMetadata } from "@/lib/site/metadata";
import { sitePaths } from "@/lib/site/site";
import { comparisonView, seriesPageSlugsAll } from "@/lib/site/views";

export const dynamicParams = false;

export function generateStaticParams() {
  return seriesPageSlugsAll().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await localeOf(params);
  const view = comparisonView(slug);
  if (view?.kind !== "series") return {};
  return pageMetadata({ locale, title: `The points: ${view.chart.title}`, description: `Every point of the chart, with its figure, date and source.`, path: sitePaths.points(slug) });
}

/** Every point of one series chart as a table: the chart's text alternative, on a page of its own. */
export default async function PointsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug } = await params;
  const view = comparisonView(slug);
  if (view?.kind !== "series") notFound();
  return (
    <>
      <p className="cc-kicker">
        <a href={sitePaths.comparison(slug)}>{view.chart.title}</a>
      </p>
      <h1>The points: {view.chart.title}</h1>
      <p className="cc-source">{view.chart.sourceLine}</p>
      <SeriesPointsTable view={view} />
    </>
  );
}
