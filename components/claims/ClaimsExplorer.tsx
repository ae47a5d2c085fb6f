"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { type ClaimFilterForm, filtersToForm, filtersToSearch, formToFilters, matchesFilters, parseClaimFilters } from "@/lib/claims-table/filters";
import { ClaimsBrowser, type ClaimsBrowserProps } from "./ClaimsBrowser";

/**
 * The claims table filtered in the browser. The URL query holds the filters, so a filtered view can
 * be shared; the page itself stays static (useSearchParams makes this component client-only, and
 * the page's Suspense fallback is the whole table).
 */
export function ClaimsExplorer(props: ClaimsBrowserProps) {
  const searchParams = useSearchParams();
  const claimantIds = useMemo(() => props.claimants.map((c) => c.value), [props.claimants]);
  const [form, setForm] = useState<ClaimFilterForm>(() => filtersToForm(parseClaimFilters(searchParams, claimantIds)));
  // The query this component last wrote: a different one means the reader navigated (a link to
  // /claims?claimant=…), and the form follows the URL.
  const written = useRef(filtersToSearch(parseClaimFilters(searchParams, claimantIds)));

  useEffect(() => {
    const fromUrl = parseClaimFilters(searchParams, claimantIds);
    if (filtersToSearch(fromUrl) === written.current) return;
    written.current = filtersToSearch(fromUrl);
    setForm(filtersToForm(fromUrl));
  }, [searchParams, claimantIds]);

  function change(next: ClaimFilterForm) {
    setForm(next);
    written.current = filtersToSearch(formToFilters(next, claimantIds));
    window.history.replaceState(null, "", `${window.location.pathname}${written.current}`);
  }

  const filters = formToFilters(form, claimantIds);
  const shown = props.rows.filter((row) => matchesFilters(row, filters));
  return <ClaimsBrowser {...props} shown={shown} values={form} onChange={change} onClear={() => change(filtersToForm({}))} />;
}
