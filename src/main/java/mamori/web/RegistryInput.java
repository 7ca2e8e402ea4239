package mamori.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import mamori.core.Network;
import mamori.core.NumberText;
import mamori.entrustment.Organisation;
import mamori.entrustment.Purpose;
import mamori.number.CorporateNumber;
import org.jspecify.annotations.Nullable;

/**
 * What the API and the console pages share to read an organisation or a purpose from what a caller
 * sent: each value checked on its own, so that a refusal names the field at fault ({@link
 * InvalidRequest}) with a sentence that never repeats a number sent (any is masked).
 */
final class RegistryInput {
  /** The most networks, or list entries, one request names. */
  static final int MAX_NETWORKS = Organisation.MAX_NETWORKS;

  private RegistryInput() {}

  /** A contractor or subcontractor of {@code tenant}, as registered. */
  static Organisation organisation(
      String tenant,
      @Nullable String id,
      @Nullable String name,
      @Nullable String kind,
      @Nullable String corporateNumber,
      @Nullable String address,
      @Nullable String country,
      @Nullable List<String> networks,
      @Nullable String parent) {
    String k = required(kind, "kind").strip().toUpperCase(Locale.ROOT);
    Organisation.Kind parsed =
        switch (k) {
          case "CONTRACTOR" -> Organisation.Kind.CONTRACTOR;
          case "SUBCONTRACTOR" -> Organisation.Kind.SUBCONTRACTOR;
          default -> throw new InvalidRequest("kind", "is contractor or subcontractor");
        };
    CorporateNumber number = corporateNumber(required(corporateNumber, "corporateNumber"));
    List<Network> nets = networks(networks == null ? List.of() : networks);
    String c =
        country == null || country.isBlank()
            ? Organisation.JAPAN
            : country.strip().toUpperCase(Locale.ROOT);
    String p = parent == null || parent.isBlank() ? null : parent.strip();
    return checked(
        "body",
        () ->
            new Organisation(
                required(id, "id").strip(),
                required(name, "name").strip(),
                parsed,
                tenant,
                number,
                required(address, "address").strip(),
                c,
                nets,
                p));
  }

  /**
   * A change of an organisation's details: what is given replaces the stored value, what is left
   * out (null) stays.
   */
  static UnaryOperator<Organisation> change(
      @Nullable String name,
      @Nullable String corporateNumber,
      @Nullable String address,
      @Nullable String country,
      @Nullable List<String> networks) {
    CorporateNumber number = corporateNumber == null ? null : corporateNumber(corporateNumber);
    List<Network> nets = networks == null ? null : networks(networks);
    return o ->
        checked(
            "body",
            () ->
                o.withDetails(
                    name == null ? o.name() : name.strip(),
                    number == null ? o.corporateNumber() : number,
                    address == null ? o.address() : address.strip(),
                    country == null ? o.country() : country.strip().toUpperCase(Locale.ROOT),
                    nets == null ? o.networks() : nets));
  }

  static CorporateNumber corporateNumber(String text) {
    return checked("corporateNumber", () -> Organisation.corporateNumber(text));
  }

  /** Networks, each entry a CIDR block or address, or several separated by commas or spaces. */
  static List<Network> networks(List<String> entries) {
    if (entries.size() > MAX_NETWORKS) {
      throw new InvalidRequest("networks", "holds at most " + MAX_NETWORKS + " entries");
    }
    return checked(
        "networks",
        () ->
            entries.stream()
                .map(e -> Organisation.networks(required(e, "networks")))
                .flatMap(List::stream)
                .toList());
  }

  /** A purpose of {@code tenant}. */
  static Purpose purpose(
      String tenant,
      @Nullable String id,
      @Nullable String name,
      @Nullable String legalBasis,
      @Nullable Integer retentionYears,
      @Nullable String retentionFrom) {
    Purpose.Retention r = retention(retentionYears, retentionFrom);
    return checked(
        "body",
        () ->
            new Purpose(
                tenant,
                required(id, "id").strip(),
                required(name, "name").strip(),
                required(legalBasis, "legalBasis").strip(),
                r));
  }

  /** A purpose changed: what is given replaces the stored value, what is left out stays. */
  static Purpose changed(
      Purpose p,
      @Nullable String name,
      @Nullable String legalBasis,
      @Nullable Integer retentionYears,
      @Nullable String retentionFrom) {
    Purpose.Retention given =
        retention(
            retentionYears == null ? p.retention().years() : retentionYears,
            retentionFrom == null ? start(p.retention().from()) : retentionFrom);
    // what is deleted at the end, and the rule's source, stay as stored
    Purpose.Retention r =
        new Purpose.Retention(
            given.years(), given.from(), p.retention().disposal(), p.retention().source());
    return checked(
        "body",
        () ->
            p.with(
                name == null ? p.name() : name.strip(),
                legalBasis == null ? p.legalBasis() : legalBasis.strip(),
                r));
  }

  /** A retention rule's start as the API and the pages write it: {@code case-closed}, ... */
  static String start(Purpose.Start s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Purpose.Retention retention(@Nullable Integer years, @Nullable String from) {
    int y = required(years, "retentionYears");
    String f = required(from, "retentionFrom").strip().toUpperCase(Locale.ROOT).replace('-', '_');
    Purpose.Start start = null;
    for (Purpose.Start s : Purpose.Start.values()) {
      if (s.name().equals(f)) {
        start = s;
      }
    }
    if (start == null) {
      throw new InvalidRequest(
          "retentionFrom", "is case-closed or after-january-10-following-filing-deadline");
    }
    Purpose.Start s = start;
    return checked("retentionYears", () -> new Purpose.Retention(y, s));
  }

  static <T> T required(@Nullable T value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InvalidRequest(field, "is required");
    }
    return value;
  }

  /**
   * Runs a check; its refusal becomes a 400 naming {@code field}, with any number in the sentence
   * masked (a block's message may repeat what was typed when it could be an address).
   */
  private static <T> T checked(String field, Supplier<T> make) {
    try {
      return make.get();
    } catch (NumberText.Held e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(field, NumberText.mask(String.valueOf(e.getMessage())), e);
    }
  }
}
