package mamori.work;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Field;
import mamori.core.NumberText;
import mamori.core.SafeYaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/*
 * Design. Like the detection rule files (detect.RuleFile), the YAML is composed into nodes and never
 * constructed into Java objects (no tags, no anchors become types), so every key keeps its line and
 * every step is checked here. The first problem ends the reading: a type file is short and written
 * by hand, and one clear message with its line is what its author needs. A type is data about a
 * form, never about a person: a text that holds anything like a My Number is refused, comments
 * included, so the stored file can be shown and hashed without masking. A line is not the unit of
 * that check: a quoted or folded scalar, or a run of comment lines, spans several, so each composed
 * scalar is judged whole (core.SafeYaml.numbers) and a run of comments as one text.
 */
/**
 * Reads a document type file (docs/document-types.md): the form's id, names, pages, and its parts
 * with their fields, each field with its region, check, sensitivity and person field. Strict: an
 * unknown key, a duplicate id, a region outside the page, an unknown check, a person field that
 * does not fit its check, or a text that holds a My Number is refused with its line.
 */
public final class TypeFile {
  /** The largest type file read, in bytes. */
  public static final int MAX_BYTES = 256 * 1024;

  /** The most fields one type has. */
  public static final int MAX_FIELDS = 500;

  private TypeFile() {}

  /** A type file that does not read: the line (1 for the first) and what is wrong there. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    Invalid(int line, String problem) {
      super("line " + line + ": " + problem);
      this.line = line;
    }

    /** The line of the problem, 1 for the first. */
    public int line() {
      return line;
    }
  }

  /**
   * The type {@code text} declares, as version {@code version}.
   *
   * @throws Invalid with the line and the problem; the message never holds a number
   */
  public static DocumentType parse(String text, int version) {
    if (text.length() > MAX_BYTES) {
      throw new Invalid(1, "the file is larger than " + MAX_BYTES + " bytes");
    }
    String[] lines = text.split("\n", -1);
    StringBuilder comments = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (NumberText.holdsNumber(lines[i])) {
        throw new Invalid(i + 1, HOLDS_NUMBER);
      }
      if (lines[i].codePoints().anyMatch(cp -> mamori.core.Why.unprintable(cp) && cp != '\r')) {
        throw new Invalid(i + 1, "holds a control or format character");
      }
      int hash = comment(lines[i]);
      if (hash < 0) {
        comments.setLength(0);
      } else if (NumberText.holdsNumber(
          comments.append('\n').append(lines[i], hash, lines[i].length()))) {
        throw new Invalid(i + 1, HOLDS_NUMBER);
      }
    }
    Node root;
    try {
      // no aliases; duplicate keys are found below, with their line
      root = SafeYaml.reader(MAX_BYTES, 0).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new Invalid(
          m == null ? 1 : m.getLine() + 1, "is not YAML: " + String.valueOf(e.getProblem()));
    } catch (YAMLException e) {
      throw new Invalid(1, "is not YAML (aliases and anchors are not allowed)");
    }
    if (root == null) {
      throw new Invalid(1, "the file is empty");
    }
    for (ScalarNode s : SafeYaml.numbers(root)) {
      throw new Invalid(line(s), HOLDS_NUMBER);
    }
    return type(root, version);
  }

  private static final String HOLDS_NUMBER =
      "holds something like a My Number; a type file may not";

  /**
   * Where the comment of {@code line} begins (its '#' at the start or after a space), or -1. The
   * comments of consecutive lines are read as one text: a number may be split over them.
   */
  private static int comment(String line) {
    int hash = line.indexOf('#');
    while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
      hash = line.indexOf('#', hash + 1);
    }
    return hash;
  }

  private static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  /** The keys of a mapping, each once, only of {@code allowed}. */
  private static Map<String, Node> mapping(Node n, String what, Set<String> allowed) {
    if (!(n instanceof MappingNode m)) {
      throw new Invalid(line(n), what + " is a mapping of keys to values");
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        throw new Invalid(line(t.getKeyNode()), "a key is a plain word");
      }
      String key = k.getValue();
      if (!allowed.contains(key)) {
        throw new Invalid(
            line(k),
            "unknown key '"
                + key
                + "' in "
                + what
                + " (known: "
                + String.join(", ", allowed)
                + ")");
      }
      if (out.put(key, t.getValueNode()) != null) {
        throw new Invalid(line(k), "the key '" + key + "' is given twice in " + what);
      }
    }
    return out;
  }

  private static Node required(Map<String, Node> m, String key, Node at, String what) {
    Node v = m.get(key);
    if (v == null) {
      throw new Invalid(line(at), what + " has no '" + key + "'");
    }
    return v;
  }

  private static String text(Node n, String key, int max) {
    if (!(n instanceof ScalarNode s) || s.getValue().isBlank()) {
      throw new Invalid(line(n), "'" + key + "' is a text of 1 to " + max + " characters");
    }
    String v = s.getValue().strip();
    if (v.length() > max) {
      throw new Invalid(line(n), "'" + key + "' is longer than " + max + " characters");
    }
    return v;
  }

  private static int integer(Node n, String key, int min, int max) {
    String v = n instanceof ScalarNode s ? s.getValue().strip() : "";
    if (!v.matches("\\d{1,6}")) {
      throw new Invalid(line(n), "'" + key + "' is a whole number from " + min + " to " + max);
    }
    int i = Integer.parseInt(v);
    if (i < min || i > max) {
      throw new Invalid(line(n), "'" + key + "' is a whole number from " + min + " to " + max);
    }
    return i;
  }

  private static double fraction(Node n, String key) {
    String v = n instanceof ScalarNode s ? s.getValue().strip() : "";
    if (!v.matches("(0|1)(\\.\\d{1,6})?|\\.\\d{1,6}")) {
      throw new Invalid(line(n), "'" + key + "' is a fraction of the page from 0 to 1");
    }
    double d = Double.parseDouble(v);
    if (d > 1) {
      throw new Invalid(line(n), "'" + key + "' is a fraction of the page from 0 to 1");
    }
    return d;
  }

  private static boolean bool(Node n, String key) {
    String v = n instanceof ScalarNode s ? s.getValue().strip() : "";
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new Invalid(line(n), "'" + key + "' is true or false");
    };
  }

  private record Names(String ja, String en) {}

  private static Names names(Node n, String key) {
    Map<String, Node> m = mapping(n, "'" + key + "'", Set.of("ja", "en"));
    return new Names(
        text(required(m, "ja", n, "'" + key + "'"), key + ".ja", 200),
        text(required(m, "en", n, "'" + key + "'"), key + ".en", 200));
  }

  private static final Set<String> TYPE_KEYS = orderedSet("id", "name", "pages", "parts");
  private static final Set<String> PART_KEYS = orderedSet("id", "label", "fields");
  private static final Set<String> FIELD_KEYS =
      orderedSet(
          "id",
          "label",
          "page",
          "region",
          "check",
          "sensitivity",
          "person-field",
          "required",
          "max-length");
  private static final Set<String> REGION_KEYS = orderedSet("x", "y", "width", "height");

  private static Set<String> orderedSet(String... keys) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(keys)));
  }

  private static DocumentType type(Node root, int version) {
    Map<String, Node> m = mapping(root, "the type", TYPE_KEYS);
    Node idNode = required(m, "id", root, "the type");
    String id = text(idNode, "id", 64);
    if (!mamori.core.TenantId.PATTERN.matcher(id).matches()) {
      throw new Invalid(line(idNode), "'id' is 1 to 64 of a-z, 0-9 and '-'");
    }
    Names names = names(required(m, "name", root, "the type"), "name");
    int pages = integer(required(m, "pages", root, "the type"), "pages", 1, DocumentType.MAX_PAGES);
    Node partsNode = required(m, "parts", root, "the type");
    if (!(partsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw new Invalid(line(partsNode), "'parts' is a list of one or more parts");
    }
    Set<String> partIds = new HashSet<>();
    Map<String, Integer> fieldIds = new LinkedHashMap<>();
    List<DocumentType.Part> parts = new ArrayList<>();
    for (Node p : seq.getValue()) {
      parts.add(part(p, pages, partIds, fieldIds));
    }
    if (fieldIds.size() > MAX_FIELDS) {
      throw new Invalid(line(partsNode), "a type has at most " + MAX_FIELDS + " fields");
    }
    refuseOverlaps(parts, fieldIds);
    refuseWithoutPerson(parts, line(partsNode));
    return new DocumentType(id, version, names.ja(), names.en(), pages, parts);
  }

  private static DocumentType.Part part(
      Node n, int pages, Set<String> partIds, Map<String, Integer> fieldIds) {
    Map<String, Node> m = mapping(n, "a part", PART_KEYS);
    Node idNode = required(m, "id", n, "a part");
    String id = text(idNode, "id", 64);
    if (!mamori.core.TenantId.PATTERN.matcher(id).matches()) {
      throw new Invalid(line(idNode), "a part's 'id' is 1 to 64 of a-z, 0-9 and '-'");
    }
    if (!partIds.add(id)) {
      throw new Invalid(line(idNode), "the part id '" + id + "' is given twice");
    }
    Names label = names(required(m, "label", n, "a part"), "label");
    Node fieldsNode = required(m, "fields", n, "a part");
    if (!(fieldsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw new Invalid(line(fieldsNode), "'fields' is a list of one or more fields");
    }
    List<DocumentType.FieldSpec> fields = new ArrayList<>();
    for (Node f : seq.getValue()) {
      fields.add(field(f, pages, fieldIds));
    }
    return new DocumentType.Part(id, label.ja(), label.en(), fields);
  }

  private static DocumentType.FieldSpec field(Node n, int pages, Map<String, Integer> fieldIds) {
    Map<String, Node> m = mapping(n, "a field", FIELD_KEYS);
    Node idNode = required(m, "id", n, "a field");
    String id = text(idNode, "id", 64);
    if (!id.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new Invalid(line(idNode), "a field's 'id' is 1 to 64 of a-z, 0-9 and '_'");
    }
    if (fieldIds.containsKey(id)) {
      throw new Invalid(line(idNode), "the field id '" + id + "' is given twice");
    }
    Names label = names(required(m, "label", n, "field " + id), "label");
    int page = m.containsKey("page") ? integer(m.get("page"), "page", 1, pages) : 1;
    Node regionNode = required(m, "region", n, "field " + id);
    DocumentType.Region region = region(regionNode);
    fieldIds.put(id, line(regionNode));
    Node checkNode = required(m, "check", n, "field " + id);
    String checkCode = text(checkNode, "check", 64);
    Check check =
        Check.ofCode(checkCode)
            .orElseThrow(() ->
                new Invalid(
                    line(checkNode),
                    "unknown check '"
                        + checkCode
                        + "' (known: "
                        + String.join(
                            ", ", java.util.Arrays.stream(Check.values()).map(Check::code).toList())
                        + ")"));
    Node sensNode = required(m, "sensitivity", n, "field " + id);
    String sens = text(sensNode, "sensitivity", 16);
    Field.Sensitivity sensitivity;
    try {
      sensitivity = Field.Sensitivity.valueOf(sens.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Invalid(
          line(sensNode), "'sensitivity' is one of contact, identity, financial, number");
    }
    Optional<Field> personField = Optional.empty();
    Node pfNode = m.get("person-field");
    if (pfNode != null) {
      String pf = text(pfNode, "person-field", 64);
      Field f =
          Field.ofColumn(pf)
              .orElseThrow(() ->
                  new Invalid(line(pfNode), "'person-field' '" + pf + "' is no person field"));
      if (!fits(f, check)) {
        throw new Invalid(
            line(pfNode),
            "the person field '" + pf + "' does not fit the check '" + check.code() + "'");
      }
      if (f.sensitivity().compareTo(sensitivity) > 0) {
        throw new Invalid(
            line(sensNode),
            "the person field '"
                + pf
                + "' is of sensitivity "
                + f.sensitivity().name().toLowerCase(Locale.ROOT)
                + "; the field may not be lower");
      }
      personField = Optional.of(f);
    }
    if (check == Check.INDIVIDUAL_NUMBER && sensitivity != Field.Sensitivity.NUMBER) {
      throw new Invalid(line(sensNode), "an individual-number field has sensitivity number");
    }
    boolean required = m.containsKey("required") && bool(m.get("required"), "required");
    int maxLength =
        m.containsKey("max-length")
            ? integer(m.get("max-length"), "max-length", 1, 1000)
            : defaultLength(check);
    return new DocumentType.FieldSpec(
        id,
        label.ja(),
        label.en(),
        page,
        region,
        check,
        sensitivity,
        personField,
        required,
        maxLength);
  }

  private static int defaultLength(Check check) {
    return switch (check) {
      case INDIVIDUAL_NUMBER -> 12;
      case CORPORATE_NUMBER -> 13;
      case DATE -> 10;
      case AMOUNT -> 12;
      case POSTAL_CODE -> 8;
      case KANA, TEXT -> 100;
    };
  }

  /** Whether a value that passed {@code check} can fill the person field {@code f}. */
  static boolean fits(Field f, Check check) {
    return switch (f) {
      case MY_NUMBER -> check == Check.INDIVIDUAL_NUMBER;
      case FAMILY_NAME_KANA, GIVEN_NAME_KANA -> check == Check.KANA;
      case BIRTH_DATE -> check == Check.DATE;
      case POSTAL_CODE -> check == Check.POSTAL_CODE;
      case FAMILY_NAME, GIVEN_NAME, ADDRESS, SEX, HOUSEHOLD_ID, BANK_ACCOUNT -> check == Check.TEXT;
    };
  }

  private static DocumentType.Region region(Node n) {
    Map<String, Node> m = mapping(n, "'region'", REGION_KEYS);
    double x = fraction(required(m, "x", n, "'region'"), "x");
    double y = fraction(required(m, "y", n, "'region'"), "y");
    double w = fraction(required(m, "width", n, "'region'"), "width");
    double h = fraction(required(m, "height", n, "'region'"), "height");
    if (w <= 0 || h <= 0 || x + w > 1.0000001 || y + h > 1.0000001) {
      throw new Invalid(
          line(n),
          "the region lies within its page: width and height above 0, x+width and"
              + " y+height at most 1");
    }
    if (w * h > MAX_REGION_AREA) {
      throw new Invalid(
          line(n), "a region covers at most a quarter of its page (width × height at most 0.25)");
    }
    return new DocumentType.Region(x, y, w, h);
  }

  /**
   * Refuses two regions on one page that overlap when they belong to different parts, or when one
   * is a number's and the other's field needs no number in scope: an operator shown one region
   * would otherwise see part of the other.
   */
  private static void refuseOverlaps(List<DocumentType.Part> parts, Map<String, Integer> lines) {
    List<DocumentType.Part> owners = new ArrayList<>();
    List<DocumentType.FieldSpec> fields = new ArrayList<>();
    for (DocumentType.Part p : parts) {
      for (DocumentType.FieldSpec f : p.fields()) {
        owners.add(p);
        fields.add(f);
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      for (int j = 0; j < i; j++) {
        DocumentType.FieldSpec f = fields.get(i);
        DocumentType.FieldSpec g = fields.get(j);
        if (f.page() != g.page() || !overlap(f.region(), g.region())) {
          continue;
        }
        if (owners.get(i) != owners.get(j)) {
          throw new Invalid(
              lines.getOrDefault(f.id(), 1),
              "the region of '"
                  + f.id()
                  + "' overlaps the region of '"
                  + g.id()
                  + "' of another part");
        }
        if (number(f) != number(g) && !(numberScope(f) && numberScope(g))) {
          throw new Invalid(
              lines.getOrDefault(f.id(), 1),
              "the region of '"
                  + f.id()
                  + "' overlaps the region of the number field '"
                  + (number(f) ? f.id() : g.id())
                  + "'");
        }
      }
    }
  }

  /**
   * Refuses a type without exactly one field for the person's My Number, or without their family
   * and given names: each document is tied to its person by the individual-number check, and the
   * vault registers a person it does not know from those names; without them a document would stay
   * open for ever.
   */
  private static void refuseWithoutPerson(List<DocumentType.Part> parts, int line) {
    Map<Field, Integer> count = new java.util.EnumMap<>(Field.class);
    for (DocumentType.Part p : parts) {
      for (DocumentType.FieldSpec f : p.fields()) {
        f.personField().ifPresent(pf -> count.merge(pf, 1, Integer::sum));
      }
    }
    if (count.getOrDefault(Field.MY_NUMBER, 0) != 1) {
      throw new Invalid(
          line,
          "a type has exactly one field with person-field my_number (each document is tied to its"
              + " person by that number)");
    }
    for (Field name : List.of(Field.FAMILY_NAME, Field.GIVEN_NAME)) {
      if (count.getOrDefault(name, 0) != 1) {
        throw new Invalid(
            line,
            "a type has exactly one field with person-field "
                + name.column()
                + " (a person new to the vault is registered from the names)");
      }
    }
  }

  /** The largest share of its page a region covers. */
  static final double MAX_REGION_AREA = 0.25;

  private static boolean number(DocumentType.FieldSpec f) {
    return f.sensitivity() == Field.Sensitivity.NUMBER
        || f.personField().equals(Optional.of(Field.MY_NUMBER));
  }

  private static boolean numberScope(DocumentType.FieldSpec f) {
    return f.scopeField().equals(Optional.of(Field.MY_NUMBER));
  }

  private static boolean overlap(DocumentType.Region r, DocumentType.Region s) {
    return r.x() < s.x() + s.width()
        && s.x() < r.x() + r.width()
        && r.y() < s.y() + s.height()
        && s.y() < r.y() + r.height();
  }
}
