"use client";

import { useEffect, useState } from "react";
import { preloadable } from "@/components/ui/preloadable";
import { input, smallButton } from "@/components/ui/styles";

/** Where results are collected: the inbox server ("" for this site's; null for the one saved here, not yet read). */
export type CollectChoice = { server: string | null; createToken: string };

// The inbox client and the saved inbox data load when the teacher turns collection on (or names a server): a teacher
// who collects by link and code never loads them.
const CollectSettings = preloadable(
  () => import("./collect-settings").then((m) => m.CollectSettings),
  "Looking for a result inbox…",
);

/**
 * "Collect results automatically": on from the start, it looks for an inbox server (the app's own, or one whose
 * address the teacher enters) and, when none answers, turns itself off and says so. `value` is null when results are collected by link and code only.
 */
export function CollectOption({
  value,
  onChange,
}: {
  value: CollectChoice | null;
  onChange: (choice: CollectChoice | null) => void;
}) {
  const [on, setOn] = useState(false);
  const [address, setAddress] = useState("");
  // An address to switch to, handed to the settings part (it checks and saves it).
  const [wantedAddress, setWantedAddress] = useState<string | null>(null);
  const [problem, setProblem] = useState("");

  const turnOn = () => {
    setProblem("");
    setOn(true);
    // The saved server, until the settings part has read and checked it.
    onChange({ server: null, createToken: "" });
  };
  const turnOff = (why = "") => {
    setOn(false);
    setWantedAddress(null);
    setProblem(why);
    onChange(null);
  };
  // On by default: the settings part looks for the inbox and, when none answers, turns collection off and says why.
  // eslint-disable-next-line react-hooks/set-state-in-effect, react-hooks/exhaustive-deps -- once, on arrival
  useEffect(turnOn, []);

  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold">Collecting results</legend>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={on} onChange={(e) => (e.target.checked ? turnOn() : turnOff())} />
        Collect results automatically
      </label>
      <p className="text-sm text-muted">
        Results go to an inbox on a Debrief server and appear on your Results page by themselves. Students still get
        their result link and code, in case the inbox cannot be reached.
      </p>
      {problem ? <p role="status">{problem}</p> : null}
      {on ? (
        <CollectSettings
          value={value}
          onChange={onChange}
          wantedAddress={wantedAddress}
          onAddressDone={() => setWantedAddress(null)}
          onUnavailable={turnOff}
        />
      ) : null}
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
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              // Naming a server means collecting there: turn collection on and let the settings part check it.
              if (!on) turnOn();
              setWantedAddress(address);
            }}
          >
            Use this address
          </button>
        </div>
      </details>
    </fieldset>
  );
}
