"use client";

import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** True when the browser should handle the click itself: new tab or window, download, another button. */
function leaveToBrowser(e: MouseEvent<HTMLAnchorElement>): boolean {
  const target = e.currentTarget.getAttribute("target");
  return (
    e.defaultPrevented ||
    e.button !== 0 ||
    e.metaKey ||
    e.ctrlKey ||
    e.shiftKey ||
    e.altKey ||
    (target !== null && target !== "_self") ||
    e.currentTarget.hasAttribute("download")
  );
}

/**
 * A link inside the app: a real `<a href>` (works without JavaScript, opens in a new tab, can be copied) whose plain
 * click navigates client-side through the router Next already ships. It replaces `next/link`, which adds about 2.4 KiB
 * gzip to every page for viewport prefetching this static app does not need: each page is a file the service worker
 * has cached. Hover or focus prefetches the page's data instead.
 */
export function AppLink({ href, onClick, onMouseEnter, onFocus, ...rest }: AppLinkProps) {
  const router = useRouter();
  return (
    <a
      href={href}
      {...rest}
      onClick={(e) => {
        onClick?.(e);
        if (leaveToBrowser(e)) return;
        e.preventDefault();
        router.push(href);
      }}
      onMouseEnter={(e) => {
        onMouseEnter?.(e);
        router.prefetch(href);
      }}
      onFocus={(e) => {
        onFocus?.(e);
        router.prefetch(href);
      }}
    />
  );
}
