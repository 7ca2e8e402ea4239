package mamori.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR form ({@code 203.0.113.0/24}, {@code 2001:db8::/48}): the
 * networks from which an organisation's people may work, a machine token's allow-list, the trusted
 * proxies. Only literal addresses are taken (a host name would be looked up in DNS, whose answer
 * may change); an address without a prefix length is that one address. The bits past the prefix
 * must be zero, so that a block is written one way only ({@code 10.0.4.7/24} is refused, naming
 * {@code 10.0.4.0/24}).
 *
 * @param address the first address of the block
 * @param prefix the prefix length, 0 to 32 (IPv4) or 0 to 128 (IPv6)
 */
public record Network(InetAddress address, int prefix) {
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");
  // compiled once: every request of a contractor's user parses its organisation's networks
  private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");
  private static final Pattern SHOWN = Pattern.compile("[0-9a-fA-F:./]{1,50}");

  public Network {
    int bits = address.getAddress().length * 8;
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("a prefix length is 0 to " + bits);
    }
    if (!Arrays.equals(masked(address.getAddress(), prefix), address.getAddress())) {
      throw new IllegalArgumentException(
          "a network's address has no bits set past its prefix: "
              + literal(masked(address.getAddress(), prefix))
              + "/"
              + prefix);
    }
  }

  /**
   * Parses {@code 203.0.113.0/24}, {@code 198.51.100.7} (one address), {@code 2001:db8::/48}.
   *
   * @throws IllegalArgumentException naming the text when it is not a literal address or block
   */
  public static Network parse(String text) {
    String block = text.strip();
    int slash = block.indexOf('/');
    String host = slash < 0 ? block : block.substring(0, slash);
    boolean v6 = host.contains(":");
    if (!(v6 ? IPV6.matcher(host).matches() : IPV4.matcher(host).matches())) {
      throw new IllegalArgumentException(shown(text) + " is not an IP address or CIDR block");
    }
    InetAddress address;
    try {
      // a literal: no DNS lookup is made for text of only digits, dots, colons and hex letters
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(shown(text) + " is not an IP address or CIDR block", e);
    }
    int bits = address.getAddress().length * 8;
    int prefix;
    if (slash < 0) {
      prefix = bits;
    } else {
      String length = block.substring(slash + 1);
      if (!PREFIX.matcher(length).matches() || Integer.parseInt(length) > bits) {
        throw new IllegalArgumentException(shown(text) + " is not an IP address or CIDR block");
      }
      prefix = Integer.parseInt(length);
    }
    return new Network(address, prefix);
  }

  /** Whether {@code candidate} lies in this block; an address of the other family never does. */
  public boolean contains(InetAddress candidate) {
    byte[] bytes = candidate.getAddress();
    return bytes.length == address.getAddress().length
        && Arrays.equals(masked(bytes, prefix), address.getAddress());
  }

  /** Whether this whole block lies within {@code other} (the same block included). */
  public boolean within(Network other) {
    return prefix >= other.prefix && other.contains(address);
  }

  /** Whether the literal address {@code text} lies in this block; false for anything else. */
  public boolean containsLiteral(String text) {
    try {
      return contains(parse(text).address());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The text in a message when it could only be an address; otherwise words that hold nothing of
   * it.
   */
  private static String shown(String text) {
    return SHOWN.matcher(text).matches() ? text : "the value";
  }

  private static byte[] masked(byte[] bytes, int prefix) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.clamp(prefix - i * 8L, 0, 8);
      out[i] = (byte) (out[i] & (0xff << (8 - keep)));
    }
    return out;
  }

  private static String literal(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The block as written in settings and pages, e.g. {@code 203.0.113.0/24}. */
  @Override
  public String toString() {
    return address.getHostAddress() + "/" + prefix;
  }
}
