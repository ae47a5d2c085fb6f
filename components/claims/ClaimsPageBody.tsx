import Link from "next/link";
import type { claimsPageView } from "@/lib/site/views";
import { ClaimsBrowser } from "./ClaimsBrowser";

type View = NonNullable<ReturnType<typeof claimsPageView>>;

const n = (x: number) => x.toLocaleString("en-GB");

/** One page of the claims table: heading, search, paging and rows. */
export function ClaimsPageBody({ view }: { view: View }) {
  return (
    <>
      <h1>Every claim</h1>
      <p className="cc-dek">
        Each claim as stated, with the words or the table cell that state it and the source that holds it, in the order stated. The search looks
        through every claim of the record, not only this page: words of a quote, a speaker or publisher, or a figure however it was written
        (8927 finds &ldquo;8 927&rdquo;, &ldquo;8.927&rdquo; and &ldquo;8,927&rdquo;). To see what each side claimed on one day, follow a
        claim&rsquo;s date, or choose the day on <Link href="/on">one day, every side</Link>.
      </p>
      <ClaimsBrowser {...view} status={`${n(view.paging.totalClaims)} claims in all, ${n(view.rows.length)} on this page.`} />
    </>
  );
}
