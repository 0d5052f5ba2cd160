"use client";

import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { NAV_LINKS } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

function isCurrent(pathname: string, href: string) {
  const norm = (p: string) => (p.endsWith("/") ? p : p + "/");
  if (href === "/") return pathname === "/";
  return norm(pathname).startsWith(href);
}

/** The site header: brand, section navigation (a menu button on narrow screens) and the theme toggle. */
export function SiteHeader() {
  const pathname = usePathname() ?? "/";
  const [open, setOpen] = useState(false);

  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-2">
        <AppLink
          href="/"
          className="mr-auto flex items-center gap-2 py-1 text-lg font-extrabold tracking-tight text-fg"
        >
          <span
            aria-hidden="true"
            className="grid h-7 w-7 place-items-center rounded-lg bg-accent text-sm text-on-accent"
          >
            D
          </span>
          Debrief
        </AppLink>
        <ThemeToggle />
        <button
          type="button"
          className="min-h-11 rounded-control border border-line-strong px-3 text-sm font-medium hover:bg-surface-2 md:hidden"
          aria-expanded={open}
          aria-controls="site-nav"
          onClick={() => setOpen((v) => !v)}
        >
          Menu
        </button>
        <nav
          id="site-nav"
          aria-label="Main"
          className={`${open ? "block" : "hidden"} w-full md:block md:w-auto md:order-none order-last`}
        >
          <ul className="flex flex-col gap-1 py-2 md:flex-row md:py-0">
            {NAV_LINKS.map((link) => {
              const current = isCurrent(pathname, link.href);
              return (
                <li key={link.href}>
                  <AppLink
                    href={link.href}
                    aria-current={current ? "page" : undefined}
                    onClick={() => setOpen(false)}
                    className={`block rounded-md px-3 py-2 text-sm font-medium hover:bg-surface-2 ${
                      current ? "bg-accent-soft text-accent-ink" : ""
                    }`}
                  >
                    {link.label}
                  </AppLink>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </header>
  );
}
