// Who is asking, and at which address the browser sees this site: read from the socket, or, behind a trusted reverse
// proxy, from the headers that proxy sets. Only headers added by a trusted hop are believed; anyone can send them.
import ipaddr from "ipaddr.js";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** How far to believe X-Forwarded-For / X-Forwarded-Proto / Forwarded. */
export type TrustProxy =
  | { kind: "none" }
  /** This many proxies stand in front of the server (1: one nginx). */
  | { kind: "hops"; hops: number }
  /** The proxies' own addresses or networks: every hop inside them is a proxy, the first one outside is the client. */
  | { kind: "ranges"; ranges: Range[]; text: string };

/** Reads TRUST_PROXY: unset, `0` or `false`: none; `1`, `2`...: a hop count (`true` = 1); else addresses/CIDRs. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const text = (raw ?? "").trim();
  if (text === "" || text === "0" || text === "false") return { kind: "none" };
  if (text === "true") return { kind: "hops", hops: 1 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error(`TRUST_PROXY is a number of proxies (1, 2...) or their addresses (it is "${raw}").`);
    return { kind: "hops", hops };
  }
  const ranges = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): Range => {
      try {
        if (part.includes("/")) return ipaddr.parseCIDR(part);
        const addr = ipaddr.process(part);
        return [addr, addr.kind() === "ipv4" ? 32 : 128];
      } catch {
        throw new Error(
          `TRUST_PROXY must be a number of proxies (1, 2...) or a comma-separated list of their addresses or ` +
            `networks such as 10.0.0.5,fd00::/8 ("${part}" is neither).`,
        );
      }
    });
  return { kind: "ranges", ranges, text };
}

function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  try {
    // ::ffff:10.0.0.1 (an IPv4 client on a dual-stack socket) is treated as 10.0.0.1.
    return ipaddr.process(address.trim());
  } catch {
    return null;
  }
}

function inRanges(address: string, ranges: Range[]): boolean {
  const addr = parse(address);
  if (!addr) return false;
  return ranges.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
}

/** Whether the direct peer (the socket) is a proxy we trust. */
export function peerIsTrusted(trust: TrustProxy, socketAddress: string): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return trust.hops > 0;
  return inRanges(socketAddress, trust.ranges);
}

/**
 * The client's address. Hops are counted from this server outwards: the socket, then X-Forwarded-For from its
 * last entry to its first. With N trusted hops the client is the Nth address out; with ranges, the first address
 * (outwards) that is not a trusted proxy. Never further out than the header goes.
 */
export function clientAddress(trust: TrustProxy, socketAddress: string, forwardedFor: string | undefined): string {
  if (trust.kind === "none") return socketAddress;
  const chain = [
    socketAddress,
    ...(forwardedFor ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean)
      .reverse(),
  ];
  if (trust.kind === "hops") return chain[Math.min(trust.hops, chain.length - 1)] ?? socketAddress;
  let i = 0;
  while (i < chain.length - 1 && inRanges(chain[i] ?? "", trust.ranges)) i++;
  return chain[i] ?? socketAddress;
}

/**
 * The `for=` addresses of a Forwarded header (RFC 7239), as an X-Forwarded-For list (browser side first): quotes,
 * IPv6 brackets and ports dropped. For a proxy that sends Forwarded alone; `unknown` and obfuscated names stay as
 * they are, so such a client is never taken for a local one.
 */
export function forwardedForList(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const addresses = header.split(",").flatMap((element) => {
    for (const pair of element.split(";")) {
      const [k, v] = pair.split("=");
      if (k?.trim().toLowerCase() !== "for" || !v) continue;
      const value = v.trim().replace(/^"(.*)"$/, "$1");
      const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
      if (bracketed) return [bracketed[1]!];
      // An IPv4 address with a port; a bare IPv6 address has more than one colon and is left whole.
      return [/^[\d.]+:\d+$/.test(value) ? value.slice(0, value.indexOf(":")) : value];
    }
    return [];
  });
  return addresses.length ? addresses.join(", ") : undefined;
}

/** The first element of a Forwarded header (RFC 7239): the proxy nearest the browser wrote it. */
function forwardedPair(header: string | undefined, name: "proto" | "host"): string | undefined {
  const first = header?.split(",")[0];
  if (!first) return undefined;
  for (const pair of first.split(";")) {
    const [k, v] = pair.split("=");
    if (k?.trim().toLowerCase() === name && v) return v.trim().replace(/^"(.*)"$/, "$1");
  }
  return undefined;
}

type Headers = (name: string) => string | undefined;

/**
 * The origin the browser used (scheme://host[:port]): from the request URL, or, when the peer is a trusted proxy,
 * from X-Forwarded-Proto / X-Forwarded-Host (else Forwarded, else Host). Falls back to the URL's on anything odd.
 */
export function publicOrigin(trusted: boolean, requestUrl: string, header: Headers): string {
  const own = new URL(requestUrl);
  if (!trusted) return own.origin;
  const firstOf = (v: string | undefined) => v?.split(",")[0]?.trim() || undefined;
  const proto = (
    firstOf(header("x-forwarded-proto")) ??
    forwardedPair(header("forwarded"), "proto") ??
    own.protocol.replace(":", "")
  ).toLowerCase();
  const host = firstOf(header("x-forwarded-host")) ?? forwardedPair(header("forwarded"), "host") ?? header("host");
  if ((proto !== "http" && proto !== "https") || !host) return own.origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return own.origin;
  }
}

/** The bucket a client is rate-limited in: its IPv4 address, or its IPv6 /64 (one home or phone network). */
export function rateLimitKey(address: string): string {
  const addr = parse(address);
  if (!addr) return address;
  if (addr.kind() === "ipv4") return addr.toString();
  const parts = (addr as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(":")}::/64`;
}

/** Loopback, a private network (RFC 1918, fc00::/7) or link-local: someone on the school's own network. */
export function isLocalNetwork(address: string): boolean {
  const addr = parse(address);
  if (!addr) return false;
  return ["loopback", "private", "uniqueLocal", "linkLocal"].includes(addr.range());
}
