package mamori.transfer;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Field;
import mamori.core.Why;
import mamori.entrustment.PersonSet;

/**
 * A package to make: to which recipient, why (purpose and case), whose persons ({@code all}, a
 * {@code list:ID}, a {@code tag:NAME=VALUE} or a {@code job:ID}), which fields in which order, how
 * long until it expires, and whether it is released online (the default) or carries its release
 * share (offline).
 */
public record NewPackage(
    String to,
    Why why,
    PersonSet selection,
    List<Field> fields,
    Duration expires,
    boolean offline) {
  private static final Pattern EXPIRY = Pattern.compile("([0-9]{1,5})\\s*([hd])");

  public NewPackage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(expires, "expires");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("name the fields the package carries");
    }
    if (EnumSet.copyOf(fields).size() != fields.size()) {
      throw new IllegalArgumentException("a field is named twice");
    }
    if (why.purpose().isEmpty()) {
      throw new IllegalArgumentException("name the purpose and the case of the package");
    }
  }

  /**
   * The fields of a comma-separated list of column names ({@code my_number,family_name}).
   *
   * @throws IllegalArgumentException for an unknown name, naming the known ones
   */
  public static List<Field> fields(String columns) {
    List<Field> out = new java.util.ArrayList<>();
    for (String c : columns.split(",")) {
      String name = c.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      out.add(
          Field.ofColumn(name)
              .orElseThrow(() ->
                  new IllegalArgumentException(
                      "no field "
                          + mamori.core.NumberText.mask(
                              name.length() > 40 ? name.substring(0, 40) : name)
                          + "; the fields are "
                          + String.join(
                              ",",
                              java.util.Arrays.stream(Field.values())
                                  .map(Field::column)
                                  .toList()))));
    }
    return out;
  }

  /**
   * An expiry written as hours or days: {@code 72h}, {@code 30d}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Duration expiry(String text) {
    Matcher m = EXPIRY.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("an expiry is hours or days, such as 72h or 30d");
    }
    long n = Long.parseLong(m.group(1));
    return m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n);
  }
}
