package mamori.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;

/*
 * Design. Tomcat's RemoteIpValve, as Spring Boot's forward-headers-strategy=native sets it up, trusts
 * X-Forwarded-For from every private and loopback address, so anyone on the same host or network could
 * name any client address (and walk past the per-address sign-in throttle by rotating it). Here no
 * peer is trusted unless listed: with the setting empty (the default) no valve is added and the
 * headers are ignored; with CIDRs listed, a valve trusts exactly those peers, and walks the header from
 * the right, past listed proxies, to the first address that is not one: the client.
 */
/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed: the setting
 * {@code mamori.web.trusted-proxies}, comma-separated addresses or CIDR blocks (e.g. {@code
 * 127.0.0.1/32,10.0.4.0/24}); none by default.
 */
final class TrustedProxies {
  static final String SETTING = "mamori.web.trusted-proxies";
  private static final java.util.regex.Pattern IPV4 =
      java.util.regex.Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

  private final List<String> blocks;

  private TrustedProxies(List<String> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Parses the setting; an address without a prefix length is that one address. A host name or a
   * malformed block is refused, naming it.
   */
  static TrustedProxies parse(String setting) {
    List<String> blocks = new ArrayList<>();
    for (String part : setting.split(",", -1)) {
      String block = part.strip();
      if (block.isEmpty()) {
        continue;
      }
      String address = block.contains("/") ? block.substring(0, block.indexOf('/')) : block;
      // only literal addresses: a host name would be looked up in DNS, whose answer may change;
      // an IPv4 address in four parts (Java would also take 1.2.3 as 1.2.0.3)
      if (address.isEmpty()
          || !address.chars().allMatch(TrustedProxies::addressChar)
          || (!address.contains(":") && !IPV4.matcher(address).matches())) {
        throw new IllegalArgumentException(
            SETTING + ": " + block + " is not an IP address or CIDR block");
      }
      if (!block.contains("/")) {
        block = block + (block.contains(":") ? "/128" : "/32");
      }
      try {
        new NetMask(block);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            SETTING + ": " + block + " is not an IP address or CIDR block", e);
      }
      blocks.add(block);
    }
    return new TrustedProxies(blocks);
  }

  private static boolean addressChar(int c) {
    return (c >= '0' && c <= '9')
        || (c >= 'a' && c <= 'f')
        || (c >= 'A' && c <= 'F')
        || c == '.'
        || c == ':';
  }

  /** The CIDR blocks trusted, each with its prefix length. */
  List<String> blocks() {
    return blocks;
  }

  /** The valve that believes the listed proxies only, or none when none is listed. */
  java.util.Optional<RemoteIpValve> valve() {
    if (blocks.isEmpty()) {
      return java.util.Optional.empty();
    }
    RemoteIpValve valve = new RemoteIpValve();
    // a value with "/" is read as CIDR blocks, not as a regular expression
    valve.setInternalProxies(String.join(",", blocks));
    valve.setTrustedProxies("");
    valve.setRemoteIpHeader("X-Forwarded-For");
    valve.setProtocolHeader("X-Forwarded-Proto");
    return java.util.Optional.of(valve);
  }
}
