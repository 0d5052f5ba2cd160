// The persisted-store toolkit, split by job: ./persist/kind (what a kind of saved data is), ./persist/adapter
// (the safe localStorage adapter), ./persist/registry (stores by key, replace and read), ./persist/use-hydrated.
// The list of kinds is ./saved-kinds.
export { quarantinedKeys } from "@/lib/storage";
export { persistedOptions, persistedStore, replacePersisted, currentData } from "./persist/registry";
export { useHydrated } from "./persist/use-hydrated";
