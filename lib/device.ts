// This browser's device id: drawn once and kept, so results handed in from one shared device can be told apart from
// those of a namesake on another. Not progress: it is neither backed up (a restore on another device must not copy
// it) nor reset, so its key sits here rather than in STORAGE_KEYS (whose keys backup and reset all cover).
import { DEVICE_ID_PATTERN, makeDeviceId } from "@/core/assignment/attempt/names";
import { entropy } from "./random";
import { readItem, writeItem } from "./storage";

export const DEVICE_KEY = "debrief:device";

/** The id of this browser, made on first use; a fresh one each time where storage is unavailable. */
export function thisDeviceId(): string {
  const saved = readItem(DEVICE_KEY);
  if (saved !== null && DEVICE_ID_PATTERN.test(saved)) return saved;
  const id = makeDeviceId(entropy);
  writeItem(DEVICE_KEY, id);
  return id;
}
