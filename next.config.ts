import type { NextConfig } from "next";

// A fully static export: `out/` is the whole app and any static host or CDN can serve it.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
