"use client";

import { useEffect, useState } from "react";
import type { Bank } from "@/core/bank/schema";
import { BANK_URL } from "./bank-url";

export type BankState = { status: "loading" } | { status: "ready"; bank: Bank } | { status: "error"; message: string };

let cached: Promise<Bank> | undefined;

/** Loads the question bank once per page (public/data/bank.json, written and validated at build time). */
export function loadBank(): Promise<Bank> {
  cached ??= fetch(BANK_URL).then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json() as Promise<Bank>;
  });
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/** The bank for client components, with loading and error states; not fetched while `wanted` is false. */
export function useBank(wanted = true): BankState {
  const [state, setState] = useState<BankState>({ status: "loading" });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadBank().then(
      (bank) => live && setState({ status: "ready", bank }),
      () =>
        live &&
        setState({
          status: "error",
          message: "The questions could not be loaded. Check your connection and reload the page.",
        }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}
