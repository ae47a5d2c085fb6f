import type { Metadata } from "next";
import { Suspense } from "react";
import { ClaimsBrowser } from "@/components/claims/ClaimsBrowser";
import { ClaimsExplorer } from "@/components/claims/ClaimsExplorer";
import { pageMetadata } from "@/lib/site/metadata";
import { claimsTableView } from "@/lib/site/views";

export const metadata: Metadata = pageMetadata({
  title: "Every claim",
  description: "Every claim in the dataset, with its verbatim quote, claimant and source; filter by claimant, subject, metric and date.",
  path: "/claims",
});

export default function ClaimsPage() {
  const table = claimsTableView();
  return (
    <>
      <h1>Every claim</h1>
      <p className="cc-dek">
        Each claim as stated, with the words that state it and the report that quotes it. Filters stay in the address, so a filtered table can be
        shared.
      </p>
      {/* The static page holds the whole table; the explorer filters it from the URL once the script runs. */}
      <Suspense fallback={<ClaimsBrowser {...table} />}>
        <ClaimsExplorer {...table} />
      </Suspense>
    </>
  );
}
