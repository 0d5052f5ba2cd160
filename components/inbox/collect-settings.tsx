"use client";

import { useEffect, useState } from "react";
import { checkHealth, normaliseServerUrl } from "@/lib/inbox-client";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore } from "@/stores/inbox-store";
import { input } from "@/components/ui/styles";
import type { CollectChoice } from "./collect-option";

type Health = "checking" | { createTokenRequired: boolean };

/**
 * Collection turned on: checks that the inbox server answers (the saved one, or `wantedAddress` once saved), asks for
 * a creation token when the server wants one, and hands the choice up; when no server answers, `onUnavailable` turns
 * collection off with the reason.
 */
export function CollectSettings({
  value,
  onChange,
  wantedAddress,
  onAddressDone,
  onUnavailable,
}: {
  value: CollectChoice | null;
  onChange: (choice: CollectChoice | null) => void;
  wantedAddress: string | null;
  onAddressDone: () => void;
  onUnavailable: (why: string) => void;
}) {
  const hydrated = useHydrated(useInboxStore);
  const server = useInboxStore((s) => s.server);
  const setServer = useInboxStore((s) => s.setServer);
  const [health, setHealth] = useState<Health>("checking");
  const [addressProblem, setAddressProblem] = useState("");
  const token = value?.createToken ?? "";

  useEffect(() => {
    if (!hydrated || wantedAddress === null) return;
    const url = normaliseServerUrl(wantedAddress);
    /* eslint-disable react-hooks/set-state-in-effect -- the address is checked once, when it is handed in */
    if (url === null) setAddressProblem("That is not a web address. It looks like https://inbox.your-school.example");
    else {
      setAddressProblem("");
      setServer(url);
    }
    /* eslint-enable react-hooks/set-state-in-effect */
    onAddressDone();
  }, [hydrated, wantedAddress, setServer, onAddressDone]);

  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new address starts a new check
    setHealth("checking");
    void checkHealth(server).then((h) => {
      if (!live) return;
      if (h.ok) {
        setHealth({ createTokenRequired: h.createTokenRequired });
        onChange({ server, createToken: "" });
      } else
        onUnavailable(
          server === ""
            ? "No result inbox answers on this site. Students hand in by sending you their result link or code."
            : `No result inbox answers at ${server}. Students hand in by sending you their result link or code.`,
        );
    });
    return () => {
      live = false;
    };
    // Checked again only when the server changes, not when the parent passes new callbacks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, server]);

  const where = server === "" ? "this site's server" : server;
  return (
    <>
      {addressProblem ? (
        <p role="alert" className="text-wrong">
          {addressProblem}
        </p>
      ) : null}
      {health === "checking" ? (
        <p role="status">Looking for a result inbox…</p>
      ) : (
        <p role="status" className="text-sm">
          Results will go to an inbox on {where}.
        </p>
      )}
      {health !== "checking" && health.createTokenRequired ? (
        <label className="block max-w-md">
          Creation token (the server&apos;s operator gives it to you)
          <input
            className={input}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => onChange({ server, createToken: e.target.value })}
          />
        </label>
      ) : null}
    </>
  );
}
