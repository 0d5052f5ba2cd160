"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { parseSyncFragment, syncLinkUrl, parseLinkToken } from "@/core/sync/link";
import { readItem, STORAGE_KEYS } from "@/lib/storage";
import { checkHealth, retryDelay } from "@/lib/inbox-client";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";
import { QrCode } from "@/components/ui/qr-code";
import { ReadOnlyField } from "@/components/ui/read-only-field";
import { dangerButton, panel, secondaryButton } from "@/components/ui/styles";
import type { SyncOutcome } from "@/stores/sync";

// The sync engine (encryption, compression, merging) loads only when sync is on or being turned on.
const loadEngine = () => import("@/stores/sync");
/** After a save in another tab, wait this long for more before syncing. */
const DEBOUNCE_MS = 3_000;
const DEFAULT_DAYS = 180;
const TAMPERED = "This sync link is incomplete or was changed. Nothing was changed.";

type View =
  | { kind: "checking" }
  | { kind: "unavailable" }
  | { kind: "off" }
  | { kind: "on"; link: string; syncedAt: number | null };

type Status =
  | { kind: "idle" }
  | { kind: "syncing" }
  | { kind: "retrying"; message: string }
  | { kind: "error"; message: string; broken: boolean }
  | { kind: "done"; message: string };

const clock = (t: number) => new Date(t).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** "Keep my progress on my other devices": an end-to-end encrypted copy on this app's Debrief server. */
export function SyncPanel() {
  const [view, setView] = useState<View>({ kind: "checking" });
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [qr, setQr] = useState(false);
  const [busy, setBusy] = useState(false);
  const retries = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Shows what a sync, join or turn-on did; a failure that may pass schedules a retry. */
  const settle = useCallback((outcome: SyncOutcome | null, rerun: () => void) => {
    clearTimeout(timer.current);
    if (!outcome) return;
    if (outcome.ok) {
      retries.current = 0;
      setView({ kind: "on", link: outcome.state.link, syncedAt: outcome.state.syncedAt });
      setStatus({ kind: "idle" });
    } else if (outcome.kind === "retry") {
      retries.current += 1;
      setStatus({ kind: "retrying", message: outcome.message });
      timer.current = setTimeout(rerun, retryDelay(retries.current, 0.5));
    } else {
      setStatus({
        kind: "error",
        message: outcome.message,
        broken: outcome.kind === "gone" || outcome.kind === "refused",
      });
    }
  }, []);

  // A retry runs the latest sync through this ref (a callback cannot name itself).
  const syncRef = useRef<() => Promise<void>>(async () => {});
  const sync = useCallback(() => void syncRef.current(), []);
  useEffect(() => {
    syncRef.current = async () => {
      const engine = await loadEngine();
      if (!engine.readSyncState()) return;
      setStatus((s) => (s.kind === "error" ? s : { kind: "syncing" }));
      settle(await engine.syncNow(), sync);
    };
  }, [settle, sync]);

  // On opening: join a link in the address, or sync this device's link, or offer sync where the server has it.
  useEffect(() => {
    let live = true;
    const fragment = parseSyncFragment(window.location.hash);
    if (fragment.ok || fragment.reason === "malformed")
      // The link's secret stays out of the history and of anything that reads the address later.
      history.replaceState(history.state, "", window.location.pathname + window.location.search);
    void (async () => {
      const stored = readItem(STORAGE_KEYS.sync);
      const health = await checkHealth("");
      // A server without the sync API (an older one) answers health without syncDays.
      const syncDays = health.ok ? health.syncDays : undefined;
      if (!live) return;
      if (syncDays !== undefined) setDays(syncDays);
      if (fragment.ok) {
        setView(stored ? { kind: "on", link: parseStored(stored), syncedAt: null } : { kind: "off" });
        setStatus({ kind: "syncing" });
        const engine = await loadEngine();
        const outcome = await engine.join(fragment.value);
        if (!live) return;
        if (!outcome.ok && outcome.kind !== "retry") {
          // The link opened here did not work: this device stays as it was.
          const before = engine.readSyncState();
          setView(before ? { kind: "on", link: before.link, syncedAt: before.syncedAt } : { kind: "off" });
          setStatus({ kind: "error", message: outcome.message, broken: false });
          return;
        }
        settle(outcome, sync);
        if (!outcome.ok)
          setView({ kind: "on", link: `${fragment.value.spaceId}.${fragment.value.secret}`, syncedAt: null });
        else
          setStatus({
            kind: "done",
            message: "This device now syncs with your other devices: their progress is merged with this one’s.",
          });
        return;
      }
      if (!fragment.ok && fragment.reason === "malformed")
        setStatus({ kind: "error", message: TAMPERED, broken: false });
      if (stored) {
        const engine = await loadEngine();
        const state = engine.readSyncState();
        if (!live || !state) return;
        setView({ kind: "on", link: state.link, syncedAt: state.syncedAt });
        sync();
      } else setView(syncDays !== undefined ? { kind: "off" } : { kind: "unavailable" });
    })();
    return () => {
      live = false;
      clearTimeout(timer.current);
    };
  }, [settle, sync]);

  // While sync is on: when the connection returns, when the page is shown again, and after saves in other tabs.
  const on = view.kind === "on";
  useEffect(() => {
    if (!on) return;
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(debounce);
      debounce = setTimeout(sync, DEBOUNCE_MS);
    };
    const onOnline = sync;
    const onVisible = () => document.visibilityState === "visible" && sync();
    const onStorage = (e: StorageEvent) => {
      void loadEngine().then((engine) => engine.isSyncedKey(e.key) && soon());
    };
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("storage", onStorage);
    return () => {
      clearTimeout(debounce);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("storage", onStorage);
    };
  }, [on, sync]);

  const act = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const turnOn = () =>
    act(async () => {
      setStatus({ kind: "syncing" });
      const outcome = await (await loadEngine()).turnOn();
      if (!outcome.ok)
        setStatus({ kind: "error", message: `Sync could not be turned on: ${outcome.message}`, broken: false });
      else settle(outcome, sync);
    });

  const stop = () =>
    act(async () => {
      const res = await (await loadEngine()).stopSyncing();
      if (!res.ok) {
        setStatus({
          kind: "error",
          message: `The copy could not be deleted: ${res.message}. Sync is still on; try again.`,
          broken: false,
        });
        return;
      }
      clearTimeout(timer.current);
      setQr(false);
      setView({ kind: "off" });
      setStatus({
        kind: "done",
        message: "Sync is off and the copy on the server is deleted. Your progress stays in this browser.",
      });
    });

  const forget = async () => {
    (await loadEngine()).forgetLink();
    clearTimeout(timer.current);
    setView({ kind: "off" });
    setStatus({ kind: "idle" });
  };

  const newLink = () =>
    act(async () => {
      const outcome = await (await loadEngine()).replaceLink();
      if (!outcome.ok) {
        setStatus({ kind: "error", message: `No new link was made: ${outcome.message}`, broken: false });
        return;
      }
      settle(outcome, sync);
      setQr(false);
      setStatus({
        kind: "done",
        message: "Here is your new link. The old one no longer works: open this one on your other devices.",
      });
    });

  if (view.kind === "checking" || view.kind === "unavailable") return null;
  const href = view.kind === "on" ? syncLinkUrl(window.location.origin, parseLinkOrNull(view.link)!) : "";

  return (
    <section aria-labelledby="sync-heading" className={panel}>
      <h2 id="sync-heading" className="text-lg font-bold">
        Keep my progress on my other devices
      </h2>
      <div role="status" aria-live="polite" className="mt-1 text-sm empty:hidden">
        {view.kind === "on" && status.kind !== "error" ? <p>{syncLine(view.syncedAt, status)}</p> : null}
        {status.kind === "done" ? <p className="mt-1">{status.message}</p> : null}
      </div>
      {view.kind === "off" ? (
        <>
          <p className="mt-2 text-muted">
            Study on your phone and your computer with the same progress, without an account. Debrief keeps an encrypted
            copy on this server that only your devices can read, and deletes it after {days} days without a sync.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => void turnOn()}>
              Turn on sync
            </button>
          </div>
        </>
      ) : (
        <div className="mt-2 space-y-3">
          <p>
            Open this private link on your other devices. Your progress is encrypted in this browser before it is sent:
            the server keeps a copy it cannot read, and deletes it after {days} days without a sync.{" "}
            <strong>The link is the key: anyone who has it can read and change your progress.</strong> Keep it to
            yourself.
          </p>
          <ReadOnlyField label="Your private sync link" value={href} />
          <div className="flex flex-wrap items-center gap-2">
            <CopyButton text={href} label="Copy link" />
            <button type="button" className={secondaryButton} aria-expanded={qr} onClick={() => setQr((v) => !v)}>
              {qr ? "Hide QR code" : "Show QR code"}
            </button>
            <button type="button" className={secondaryButton} disabled={busy} onClick={sync}>
              Sync now
            </button>
          </div>
          {qr ? <QrCode text={href} label="QR code of your private sync link" /> : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => void newLink()}>
              New link
            </button>
            <button type="button" className={dangerButton} disabled={busy} onClick={() => void stop()}>
              Stop syncing and delete the copy
            </button>
          </div>
        </div>
      )}
      {status.kind === "error" ? (
        <Notice role="alert" tone="error" className="mt-3">
          <p>{status.message}</p>
          {status.broken && view.kind === "on" ? (
            <button type="button" className={`${secondaryButton} mt-2`} onClick={() => void forget()}>
              Turn off sync on this device
            </button>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}

function syncLine(syncedAt: number | null, status: Status): string {
  const last = syncedAt === null ? "Not synced yet" : `Last synced ${clock(syncedAt)}`;
  if (status.kind === "syncing") return "Syncing…";
  if (status.kind === "retrying") return `${last} · ${status.message}, will retry`;
  return `${last}.`;
}

function parseLinkOrNull(token: string) {
  const parsed = parseLinkToken(token);
  return parsed.ok ? parsed.value : null;
}

function parseStored(raw: string): string {
  try {
    return String((JSON.parse(raw) as { link?: unknown }).link ?? "");
  } catch {
    return "";
  }
}
