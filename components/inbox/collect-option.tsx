"use client";

import { useEffect, useState } from "react";
import { checkHealth, normaliseServerUrl } from "@/lib/inbox-client";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore } from "@/stores/inbox-store";
import { input, smallButton } from "@/components/ui/styles";
import type { CollectChoice } from "./open-inbox";

type Health = "checking" | "none" | { createTokenRequired: boolean };

/**
 * "Collect results automatically", offered when an inbox server answers: the app's own server, or one whose address
 * the teacher enters. `value` is null when results are collected by link and code only.
 */
export function CollectOption({
  value,
  onChange,
}: {
  value: CollectChoice | null;
  onChange: (choice: CollectChoice | null) => void;
}) {
  const hydrated = useHydrated(useInboxStore);
  const server = useInboxStore((s) => s.server);
  const setServer = useInboxStore((s) => s.setServer);
  const [health, setHealth] = useState<Health>("checking");
  const [address, setAddress] = useState("");
  const [addressProblem, setAddressProblem] = useState("");
  const [token, setToken] = useState("");

  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new address starts a new check
    setHealth("checking");
    void checkHealth(server).then((h) => {
      if (live) setHealth(h.ok ? { createTokenRequired: h.createTokenRequired } : "none");
    });
    return () => {
      live = false;
    };
  }, [hydrated, server]);

  const where = server === "" ? "this site's server" : server;
  const useAddress = () => {
    const url = normaliseServerUrl(address);
    if (url === null) {
      setAddressProblem("That is not a web address. It looks like https://inbox.your-school.example");
      return;
    }
    setAddressProblem("");
    onChange(null);
    setServer(url);
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold">Collecting results</legend>
      {health === "checking" ? (
        <p role="status">Looking for a result inbox…</p>
      ) : health === "none" ? (
        <p>
          {server === ""
            ? "Students hand in by sending you their result link or code."
            : `No result inbox answers at ${server}. Students hand in by sending you their result link or code.`}
        </p>
      ) : (
        <>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              checked={value !== null}
              onChange={(e) => onChange(e.target.checked ? { server, createToken: token } : null)}
            />
            Collect results automatically
          </label>
          <p className="text-sm text-muted">
            Results go to an inbox on {where} and appear on your Results page by themselves. Students still get their
            result link and code, in case the inbox cannot be reached.
          </p>
          {health.createTokenRequired && value !== null ? (
            <label className="block max-w-md">
              Creation token (the server&apos;s operator gives it to you)
              <input
                className={input}
                type="password"
                autoComplete="off"
                value={token}
                onChange={(e) => {
                  setToken(e.target.value);
                  onChange({ server, createToken: e.target.value });
                }}
              />
            </label>
          ) : null}
        </>
      )}
      <details>
        <summary className="cursor-pointer py-2">Use an inbox server at another address</summary>
        <div className="flex max-w-md flex-wrap items-end gap-2">
          <label className="block grow">
            Inbox server address (empty for this site)
            <input
              className={input}
              type="url"
              inputMode="url"
              placeholder="https://inbox.your-school.example"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          </label>
          <button type="button" className={smallButton} onClick={useAddress}>
            Use this address
          </button>
        </div>
        {addressProblem ? (
          <p role="alert" className="mt-2 text-wrong">
            {addressProblem}
          </p>
        ) : null}
      </details>
    </fieldset>
  );
}
