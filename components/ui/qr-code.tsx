"use client";

import { useEffect, useState } from "react";

/** A QR code drawn as SVG; the generator is loaded only when a code is shown. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import("qrcode-generator").then(
      ({ default: qrcode }) => {
        if (!live) return;
        try {
          const qr = qrcode(0, "M");
          qr.addData(text, "Byte");
          qr.make();
          const n = qr.getModuleCount();
          let d = "";
          for (let r = 0; r < n; r++)
            for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
          setPath({ d, size: n + 8 });
        } catch {
          setFailed(true);
        }
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (failed) return <p className="text-sm">The QR code could not be drawn; copy the link instead.</p>;
  if (!path) return <div className="size-48" aria-hidden="true" />;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${path.size} ${path.size}`}
      className="size-48 rounded bg-white sm:size-56"
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
