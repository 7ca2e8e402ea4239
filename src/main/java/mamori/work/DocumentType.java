package mamori.work;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import mamori.core.Field;

/**
 * A kind of paper form keyed in a job (issue 16 point 2): its fields, each with the region of the
 * page it is read from, the check its value must pass and its sensitivity, grouped into the parts
 * that become tasks. Data, not code: the withholding slip (源泉徴収票) and the dependants declaration
 * (扶養親族等申告書) are built in, and a city adds its own (給与支払報告書) as a file.
 *
 * @param id {@code withholding-slip}: 1 to 64 of a-z, 0-9 and '-'
 * @param version 1 for a built-in type; each load of a city's file adds one
 * @param nameJa the form's Japanese name
 * @param nameEn its English name
 * @param pages how many pages one document of the type has
 * @param parts the fields, grouped into tasks, in the order they are keyed
 */
public record DocumentType(
    String id, int version, String nameJa, String nameEn, int pages, List<Part> parts) {
  /** The most pages a type declares, and so the most pages a scan loaded into a job may have. */
  public static final int MAX_PAGES = 100;

  // a type id has the shape of a tenant id
  private static final Pattern ID = mamori.core.TenantId.PATTERN;

  public DocumentType {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a document type id is 1 to 64 of a-z, 0-9 and '-'");
    }
    if (version < 1 || pages < 1 || parts.isEmpty()) {
      throw new IllegalArgumentException("a document type has a version, pages and parts");
    }
    parts = List.copyOf(parts);
  }

  /** The same type as version {@code version}. */
  DocumentType at(int version) {
    return new DocumentType(id, version, nameJa, nameEn, pages, parts);
  }

  /** Every field of every part, in order. */
  public List<FieldSpec> fields() {
    return parts.stream().flatMap(p -> p.fields().stream()).toList();
  }

  /** The part {@code id}. */
  public Optional<Part> part(String id) {
    return parts.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The field {@code id}. */
  public Optional<FieldSpec> field(String id) {
    return fields().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * One task's worth of fields: what one operator sees and keys at a time.
   *
   * @param id {@code payee-number}
   * @param fields the fields, in keying order (Tab moves from one to the next)
   */
  public record Part(String id, String labelJa, String labelEn, List<FieldSpec> fields) {
    public Part {
      if (!ID.matcher(id).matches() || fields.isEmpty()) {
        throw new IllegalArgumentException("a part has an id of a-z, 0-9 and '-', and fields");
      }
      fields = List.copyOf(fields);
    }

    /**
     * The person fields an entrustment's scope must show for an operator to see this part: the
     * scope field of each of its fields.
     */
    public java.util.Set<Field> scopeFields() {
      java.util.Set<Field> s = java.util.EnumSet.noneOf(Field.class);
      fields.forEach(f -> f.scopeField().ifPresent(s::add));
      return s;
    }
  }

  /**
   * One field of the form.
   *
   * @param id {@code payee_my_number}: a-z, 0-9 and '_'
   * @param page the page it is on, from 1
   * @param region where on that page, as fractions of its width and height
   * @param check what its value must pass
   * @param sensitivity how much harm its disclosure does
   * @param personField the person record field it fills when the document is accepted ({@code
   *     my_number} for the payee's number), if any
   * @param required whether it must have a value
   * @param maxLength the longest value, in characters
   */
  public record FieldSpec(
      String id,
      String labelJa,
      String labelEn,
      int page,
      Region region,
      Check check,
      Field.Sensitivity sensitivity,
      Optional<Field> personField,
      boolean required,
      int maxLength) {
    private static final Pattern FIELD_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public FieldSpec {
      if (!FIELD_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("a field id is 1 to 64 of a-z, 0-9 and '_'");
      }
      Objects.requireNonNull(labelJa, "labelJa");
      Objects.requireNonNull(labelEn, "labelEn");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(sensitivity, "sensitivity");
      Objects.requireNonNull(personField, "personField");
      if (page < 1 || maxLength < 1 || maxLength > 1000) {
        throw new IllegalArgumentException("a field's page is 1 or more, its length 1 to 1000");
      }
    }

    /**
     * The person field an operator's scope must show to see this field's region: its person field;
     * for any other number (a dependant's), {@link Field#MY_NUMBER}; none for the rest.
     */
    public Optional<Field> scopeField() {
      if (personField.isPresent()) {
        return personField;
      }
      return sensitivity == Field.Sensitivity.NUMBER
          ? Optional.of(Field.MY_NUMBER)
          : Optional.empty();
    }
  }

  /**
   * A rectangle of a page, as fractions of its width and height (0 to 1), so that a scan of any
   * resolution is cut alike.
   */
  public record Region(double x, double y, double width, double height) {
    public Region {
      if (!(x >= 0
          && y >= 0
          && width > 0
          && height > 0
          && x + width <= 1.0000001
          && y + height <= 1.0000001)) {
        throw new IllegalArgumentException(
            "a region lies within its page: x, y, width, height in 0..1");
      }
    }
  }
}
