"use client";

import { Suspense, useEffect, useState, type ReactNode } from "react";
import { useSearchParams } from "next/navigation";

function AttemptInAddress({ onChange }: { onChange: (id: string | null) => void }) {
  const id = useSearchParams().get("attempt");
  useEffect(() => onChange(id), [id, onChange]);
  return null;
}

/**
 * The attempt named in the address (/progress/?attempt=…), and an element to render that keeps it current. Reading the
 * address in its own Suspense boundary keeps the rest of the page in the prerendered HTML (useSearchParams alone
 * would leave the whole dashboard to the browser). Undefined until the address has been read, just after the page
 * starts.
 */
export function useAttemptParam(): [string | null | undefined, ReactNode] {
  const [id, setId] = useState<string | null | undefined>(undefined);
  return [
    id,
    <Suspense key="attempt-param" fallback={null}>
      <AttemptInAddress onChange={setId} />
    </Suspense>,
  ];
}
