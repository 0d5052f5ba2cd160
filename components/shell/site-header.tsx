"use client";

import Link from "next/link";
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
    <header className="no-print border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-2">
        <Link href="/" className="mr-auto py-1 text-lg font-bold tracking-tight text-brand-700 dark:text-brand-300">
          Debrief
        </Link>
        <ThemeToggle />
        <button
          type="button"
          className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium md:hidden dark:border-slate-600"
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
                  <Link
                    href={link.href}
                    aria-current={current ? "page" : undefined}
                    onClick={() => setOpen(false)}
                    className={`block rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800 ${
                      current ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-brand-300" : ""
                    }`}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </header>
  );
}
