// Reading TRUST_PROXY and the addresses a reverse proxy forwards.
import { describe, expect, it } from "vitest";
import { configFromEnv, creationRule } from "./config";
import { clientAddress, forwardedForList, isLocalNetwork, parseTrustProxy, publicOrigin, rateLimitKey } from "./proxy";

describe("TRUST_PROXY", () => {
  it("reads a hop count, true as one hop, and a list of addresses and networks", () => {
    expect(parseTrustProxy(undefined)).toEqual({ kind: "none" });
    expect(parseTrustProxy("0")).toEqual({ kind: "none" });
    expect(parseTrustProxy("true")).toEqual({ kind: "hops", hops: 1 });
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustProxy("10.0.0.5, fd00::/8").kind).toBe("ranges");
  });

  it("refuses anything else at start, in plain words", () => {
    expect(() => configFromEnv({ TRUST_PROXY: "nginx" })).toThrow(/TRUST_PROXY must be a number of proxies .*"nginx"/);
    expect(() => configFromEnv({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
  });

  it("never reads further out than the header goes, and ignores the header when no proxy is trusted", () => {
    expect(clientAddress(parseTrustProxy("3"), "127.0.0.1", "10.0.0.1")).toBe("10.0.0.1");
    expect(clientAddress(parseTrustProxy("1"), "127.0.0.1", undefined)).toBe("127.0.0.1");
    expect(clientAddress(parseTrustProxy(""), "203.0.113.1", "127.0.0.1")).toBe("203.0.113.1");
    expect(clientAddress(parseTrustProxy("127.0.0.1"), "127.0.0.1", "127.0.0.1")).toBe("127.0.0.1");
  });

  it("falls back to the request's own origin when the forwarded scheme or host is not usable", () => {
    const h = (headers: Record<string, string>) => (name: string) => headers[name];
    expect(publicOrigin(true, "http://a.test/x", h({ "x-forwarded-proto": "gopher", host: "a.test" }))).toBe(
      "http://a.test",
    );
    expect(publicOrigin(true, "http://a.test/x", h({ "x-forwarded-proto": "https, http", host: "a.test" }))).toBe(
      "https://a.test",
    );
    expect(publicOrigin(false, "http://a.test/x", h({ "x-forwarded-proto": "https" }))).toBe("http://a.test");
  });
});

describe("client addresses", () => {
  it("reads a Forwarded header's for= list like X-Forwarded-For, for a proxy that sends Forwarded alone", () => {
    expect(forwardedForList('for=192.0.2.60;proto=https;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"')).toBe(
      "192.0.2.60, 2001:db8:cafe::17",
    );
    expect(forwardedForList("for=198.51.100.17:8080;proto=http")).toBe("198.51.100.17");
    expect(forwardedForList("for=unknown")).toBe("unknown");
    expect(forwardedForList("proto=https")).toBeUndefined();
    expect(forwardedForList(undefined)).toBeUndefined();
    // Behind one proxy: a stranger named only in Forwarded is a stranger, not the proxy's loopback address.
    const client = clientAddress(parseTrustProxy("1"), "127.0.0.1", forwardedForList("for=8.8.8.8"));
    expect(client).toBe("8.8.8.8");
    expect(isLocalNetwork(client)).toBe(false);
    expect(isLocalNetwork(clientAddress(parseTrustProxy("1"), "127.0.0.1", forwardedForList("for=unknown")))).toBe(
      false,
    );
  });

  it("groups IPv6 by /64 and treats an IPv4-mapped address as IPv4", () => {
    expect(rateLimitKey("2001:db8:1:2:3:4:5:6")).toBe(rateLimitKey("2001:db8:1:2::9"));
    expect(rateLimitKey("2001:db8:1:2::9")).not.toBe(rateLimitKey("2001:db8:1:3::9"));
    expect(rateLimitKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
  });

  it("knows the school's own network: loopback, RFC 1918, fc00::/7 and link-local", () => {
    for (const a of ["127.0.0.1", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.20", "fd12::1", "fe80::1", "169.254.1.1"])
      expect(isLocalNetwork(a), a).toBe(true);
    for (const a of ["8.8.8.8", "172.32.0.1", "2001:db8::1", "::ffff:8.8.8.8", "unknown", ""])
      expect(isLocalNetwork(a), a).toBe(false);
    expect(isLocalNetwork("::ffff:10.0.0.1")).toBe(true);
  });
});

describe("the start log line", () => {
  it("says who may make inboxes", () => {
    expect(creationRule(configFromEnv({}))).toBe(
      "inboxes are made only from loopback and private networks; set CREATE_TOKEN to allow others",
    );
    expect(creationRule(configFromEnv({ TRUST_PROXY: "1" }))).toMatch(/as the trusted proxy forwards it/);
    expect(creationRule(configFromEnv({ CREATE_TOKEN: "t0ken" }))).toBe("inboxes are made by anyone with CREATE_TOKEN");
  });
});
