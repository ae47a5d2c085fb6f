import { Suspense } from "react";
import type { claimsPageView } from "@/lib/site/views";
import { ClaimsBrowser } from "./ClaimsBrowser";
import { ClaimsExplorer } from "./ClaimsExplorer";

type View = NonNullable<ReturnType<typeof claimsPageView>>;

/** One page of the claims table: heading, paging, filters and rows. */
export function ClaimsPageBody({ view }: { view: View }) {
  return (
    <>
      <h1>Every claim</h1>
      <p className="cc-dek">
        Each claim as stated, with the words or the table cell that state it and the source that holds it, in the order stated. The filters work on
        the page shown and stay in the address, so a filtered page can be shared; a claimant&rsquo;s page and a table&rsquo;s page sum up all of
        theirs.
      </p>
      {/* The static page holds the page's rows; the explorer filters them from the URL once the script runs. */}
      <Suspense fallback={<ClaimsBrowser {...view} />}>
        <ClaimsExplorer {...view} />
      </Suspense>
    </>
  );
}
