"use client";

import { useCallback, useEffect, useState } from "react";
import type { Direction } from "@/core/scheduling/session";
import { readDirection } from "@/core/scheduling/session-view";
import { readItem, STORAGE_KEYS, writeItem } from "@/lib/storage";

/** Which side cards show first, remembered in this browser (a preference, like the theme). */
export function useDirection(): [Direction, (d: Direction) => void] {
  const [direction, setDirection] = useState<Direction>("front");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- storage is only readable after mount
    setDirection(readDirection(readItem(STORAGE_KEYS.cardDirection)));
  }, []);
  const choose = useCallback((d: Direction) => {
    setDirection(d);
    writeItem(STORAGE_KEYS.cardDirection, d);
  }, []);
  return [direction, choose];
}
