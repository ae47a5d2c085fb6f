import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { DayPicker } from "@/components/day/DayPicker";
import { formatDate } from "@/lib/model/dates";
import { dayBounds } from "@/lib/site/day-views";
import { pageMetadata } from "@/lib/site/metadata";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  return pageMetadata({
    locale,
  title: "One day, every side",
  description: "Choose a day: what each side claimed on it, topic by topic, with Oryx's documented count beside it.",
  path: "/on",
  });
}

export default function OnPage() {
  const { first, last } = dayBounds();
  return (
    <>
      <h1>One day, every side</h1>
      <p className="cc-dek">
        Choose a day to see what each claimant claimed on it, topic by topic, with Oryx&rsquo;s documented count beside it.
        {first && last ? ` The record runs from ${formatDate(first)} to ${formatDate(last)}.` : ""}
      </p>
      <DayPicker first={first} last={last} />
      {last ? (
        <p>
          Or start with <Link href={`/on/${last}`}>the latest day, {formatDate(last)}</Link>.
        </p>
      ) : null}
    </>
  );
}
