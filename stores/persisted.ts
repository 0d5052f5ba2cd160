// The persisted-store toolkit, split by job: ./persist/kind (what a kind of saved data is), ./persist/check (its
// check, loaded on demand), ./persist/adapter (the safe localStorage adapter), ./persist/registry (stores by key),
// ./persist/replace (replace and read any kind, for backup), ./persist/use-hydrated. The list of kinds is ./saved-kinds.
export { quarantinedKeys } from "@/lib/storage";
export { persistedOptions, persistedStore } from "./persist/registry";
export { useHydrated } from "./persist/use-hydrated";
