package mamori.entrustment;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import mamori.core.Network;
import mamori.core.NumberText;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.number.CorporateNumber;
import org.jspecify.annotations.Nullable;

/**
 * A body that works on a tenant's data: the controller itself (its tenant is its own id), or one of
 * its contractors and subcontractors, with what the city must know of it (issue 14): its corporate
 * number, its address, the country where the work is done, and the networks from which its people
 * may work.
 *
 * @param id lower-case letters, digits and hyphens, 1 to 64, like a tenant id
 * @param name the display name, 1 to 200 characters
 * @param kind what the body is to the tenant
 * @param tenant the controller's id
 * @param corporateNumber the 法人番号, checked with its check digit; none for a controller (and for
 *     bodies registered before it was asked)
 * @param address where the body is, at most 400 characters
 * @param country where the work is done, ISO 3166-1 alpha-2 ({@code JP})
 * @param networks the CIDR blocks from which the body's people may work; a contractor with none
 *     works from nowhere (see {@link #mayWorkFrom})
 * @param parent for a subcontractor a contractor registered, that contractor
 */
public record Organisation(
    String id,
    String name,
    Kind kind,
    String tenant,
    @Nullable CorporateNumber corporateNumber,
    String address,
    String country,
    List<Network> networks,
    @Nullable String parent) {
  /** The most networks one organisation registers. */
  public static final int MAX_NETWORKS = 64;

  /** The longest address. */
  public static final int MAX_ADDRESS = 400;

  /** The country a city's work is done in unless a contract says otherwise. */
  public static final String JAPAN = "JP";

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** What a body is to the tenant. */
  public enum Kind {
    CONTROLLER,
    CONTRACTOR,
    SUBCONTRACTOR
  }

  public Organisation {
    checkId(id, "an organisation id");
    checkId(tenant, "a tenant id");
    if (name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an organisation's name is 1 to 200 characters");
    }
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.CONTROLLER) != id.equals(tenant)) {
      throw new IllegalArgumentException(
          "a controller is its own tenant, and only a controller is");
    }
    checkText(name, "an organisation's name");
    if (address.length() > MAX_ADDRESS) {
      throw new IllegalArgumentException(
          "an organisation's address is at most " + MAX_ADDRESS + " characters");
    }
    checkText(address, "an organisation's address");
    if (!COUNTRIES.contains(country)) {
      throw new IllegalArgumentException(
          "a country is an ISO 3166-1 alpha-2 code in capitals, e.g. JP");
    }
    networks = List.copyOf(networks);
    if (networks.size() > MAX_NETWORKS) {
      throw new IllegalArgumentException(
          "an organisation registers at most " + MAX_NETWORKS + " networks");
    }
    if (new HashSet<>(networks).size() != networks.size()) {
      throw new IllegalArgumentException("an organisation's networks are each listed once");
    }
    if (parent != null) {
      checkId(parent, "a parent organisation id");
      if (kind != Kind.SUBCONTRACTOR || parent.equals(id) || parent.equals(tenant)) {
        throw new IllegalArgumentException(
            "only a subcontractor is tied to a contractor, and not to itself or the tenant");
      }
    }
  }

  /** A body without its issue-14 details yet: no corporate number or address, JP, no networks. */
  public Organisation(String id, String name, Kind kind, String tenant) {
    this(id, name, kind, tenant, null, "", JAPAN, List.of(), null);
  }

  /** A controller: the tenant itself. */
  public static Organisation controller(String id, String name) {
    return new Organisation(id, name, Kind.CONTROLLER, id);
  }

  /** The same body with other details; its id, kind, tenant and parent never change. */
  public Organisation withDetails(
      String name,
      @Nullable CorporateNumber corporateNumber,
      String address,
      String country,
      List<Network> networks) {
    return new Organisation(
        id, name, kind, tenant, corporateNumber, address, country, networks, parent);
  }

  /** The same body with other networks. */
  public Organisation withNetworks(List<Network> networks) {
    return withDetails(name, corporateNumber, address, country, networks);
  }

  /** Whether the work is done outside Japan: shown prominently wherever the body is. */
  public boolean abroad() {
    return !country.equals(JAPAN);
  }

  /**
   * Whether this body's people may work from {@code address}: the controller's own staff anywhere
   * (the city's network is its own concern), a contractor or subcontractor only from a network it
   * registered, and so from nowhere until it registers one.
   */
  public boolean mayWorkFrom(InetAddress address) {
    return kind == Kind.CONTROLLER || networks.stream().anyMatch(n -> n.contains(address));
  }

  /**
   * Parses a corporate number as people write it (full-width digits, spaces and hyphens allowed).
   *
   * @throws IllegalArgumentException saying what is wrong, never repeating the digits
   */
  public static CorporateNumber corporateNumber(String text) {
    try {
      return CorporateNumber.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a corporate number (法人番号) is 13 digits whose first is the check digit: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Parses networks written one per line or separated by commas or spaces, e.g. {@code
   * 203.0.113.0/24, 2001:db8::/48}; blank parts are skipped.
   *
   * @throws IllegalArgumentException naming the block at fault
   */
  public static List<Network> networks(String text) {
    return java.util.Arrays.stream(text.split("[,\\s]+"))
        .filter(s -> !s.isBlank())
        .map(Network::parse)
        .toList();
  }

  static void checkId(String id, String what) {
    if (!TenantId.isValid(id)) {
      throw new IllegalArgumentException(what + " is 1 to 64 of a-z, 0-9 and '-'");
    }
  }

  /**
   * Refuses free text shown to admins, officers and auditors that holds a control or format
   * character or a number (twelve digits or more in any spelling).
   */
  static void checkText(String text, String what) {
    if (text.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException(what + " holds a control or format character");
    }
    NumberText.refuseNumberIn(what, text);
  }
}
