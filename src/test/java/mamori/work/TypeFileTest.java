package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import mamori.core.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Type files: the two built-in ones valid and pinned; every refusal named with its line. */
class TypeFileTest {
  static final String GOOD =
      """
      id: salary-report
      name: {ja: 給与支払報告書, en: Salary payment report}
      pages: 2
      parts:
        - id: person
          label: {ja: 受給者, en: Recipient}
          fields:
            - id: my_number
              label: {ja: 個人番号, en: My Number}
              page: 2
              region: {x: 0.1, y: 0.1, width: 0.3, height: 0.05}
              check: individual-number
              sensitivity: number
              person-field: my_number
              required: true
            - id: name
              label: {ja: 氏名, en: Name}
              region: {x: 0.1, y: 0.2, width: 0.3, height: 0.05}
              check: text
              sensitivity: identity
              max-length: 40
            - id: family_name
              label: {ja: 姓, en: Family name}
              region: {x: 0.1, y: 0.3, width: 0.3, height: 0.05}
              check: text
              sensitivity: identity
              person-field: family_name
            - id: given_name
              label: {ja: 名, en: Given name}
              region: {x: 0.1, y: 0.4, width: 0.3, height: 0.05}
              check: text
              sensitivity: identity
              person-field: given_name
      """;

  @Test
  void aGoodFile_reads() {
    DocumentType t = TypeFile.parse(GOOD, 3);
    assertThat(t.id()).isEqualTo("salary-report");
    assertThat(t.version()).isEqualTo(3);
    assertThat(t.pages()).isEqualTo(2);
    DocumentType.FieldSpec n = t.field("my_number").orElseThrow();
    assertThat(n.page()).isEqualTo(2);
    assertThat(n.personField()).contains(Field.MY_NUMBER);
    assertThat(n.required()).isTrue();
    assertThat(n.maxLength()).isEqualTo(12);
    DocumentType.FieldSpec name = t.field("name").orElseThrow();
    assertThat(name.page()).isEqualTo(1);
    assertThat(name.required()).isFalse();
    assertThat(name.maxLength()).isEqualTo(40);
  }

  @Test
  void theWithholdingSlip_isPinned() {
    DocumentType t = TypeFile.parse(DocumentTypes.builtInText("withholding-slip"), 1);
    assertThat(t.pages()).isEqualTo(1);
    assertThat(t.parts())
        .extracting(DocumentType.Part::id)
        .containsExactly("payer", "payee-number", "payee", "amounts", "dependants");
    assertThat(t.fields())
        .extracting(DocumentType.FieldSpec::id)
        .containsExactly(
            "payer_corporate_number",
            "payer_name",
            "payee_my_number",
            "payee_family_name",
            "payee_given_name",
            "payee_family_name_kana",
            "payee_given_name_kana",
            "payee_birth_date",
            "payee_address",
            "payment_amount",
            "withheld_tax",
            "dependant_1_name",
            "dependant_1_my_number",
            "dependant_2_name",
            "dependant_2_my_number");
    DocumentType.FieldSpec number = t.field("payee_my_number").orElseThrow();
    assertThat(number.check()).isEqualTo(Check.INDIVIDUAL_NUMBER);
    assertThat(number.sensitivity()).isEqualTo(Field.Sensitivity.NUMBER);
    assertThat(number.personField()).contains(Field.MY_NUMBER);
    assertThat(t.field("dependant_2_my_number").orElseThrow().personField()).isEmpty();
    assertThat(t.field("dependant_2_my_number").orElseThrow().required()).isFalse();
    assertThat(t.part("payee-number").orElseThrow().scopeFields()).containsExactly(Field.MY_NUMBER);
    // the payee at the top, the amounts in the middle, the payer at the bottom
    assertThat(t.field("payee_my_number").orElseThrow().region().y()).isLessThan(0.3);
    assertThat(t.field("payment_amount").orElseThrow().region().y()).isBetween(0.25, 0.6);
    assertThat(t.field("payer_name").orElseThrow().region().y()).isGreaterThan(0.7);
  }

  @Test
  void bothBuiltIns_haveRegionsWithinThePage_thatDoNotOverlap() {
    for (String id : DocumentTypes.BUILT_IN) {
      DocumentType t = TypeFile.parse(DocumentTypes.builtInText(id), 1);
      assertThat(t.id()).isEqualTo(id);
      List<DocumentType.FieldSpec> fs = t.fields();
      for (DocumentType.FieldSpec f : fs) {
        DocumentType.Region r = f.region();
        assertThat(r.x() + r.width()).as(f.id()).isLessThanOrEqualTo(1.0);
        assertThat(r.y() + r.height()).as(f.id()).isLessThanOrEqualTo(1.0);
        for (DocumentType.FieldSpec g : fs) {
          if (g != f && g.page() == f.page()) {
            DocumentType.Region s = g.region();
            boolean overlap =
                r.x() < s.x() + s.width()
                    && s.x() < r.x() + r.width()
                    && r.y() < s.y() + s.height()
                    && s.y() < r.y() + r.height();
            assertThat(overlap).as(f.id() + " and " + g.id()).isFalse();
          }
        }
        if (f.check() == Check.INDIVIDUAL_NUMBER) {
          assertThat(f.sensitivity()).isEqualTo(Field.Sensitivity.NUMBER);
        }
      }
    }
    DocumentType d = TypeFile.parse(DocumentTypes.builtInText("dependants-declaration"), 1);
    assertThat(d.field("declarant_my_number").orElseThrow().personField())
        .isEqualTo(Optional.of(Field.MY_NUMBER));
    assertThat(d.field("dependant_4_relationship")).isPresent();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'        sensitivity: number' | '        colour: red' | 13 | unknown key 'colour'",
        "'      - id: name' | '      - id: my_number' | 16 | given twice",
        "'  - id: person' | '  - id: person\n    label: {ja: a, en: b}\n    fields: []\n  - id: person' | 7 | 'fields'",
        "'{x: 0.1, y: 0.2, width: 0.3' | '{x: 0.1, y: 0.2, width: 0.95' | 18 | within its page",
        "'check: text' | 'check: roman-numeral' | 19 | unknown check 'roman-numeral'",
        "'check: individual-number' | 'check: text' | 14 | does not fit the check 'text'",
        "'{ja: 氏名, en: Name}' | '{ja: 氏名 123456789018, en: Name}' | 17 | like a My Number",
        "'pages: 2' | 'pages: 0' | 3 | 'pages'",
        "'page: 2' | 'page: 3' | 10 | 'page'",
        "'sensitivity: identity' | 'sensitivity: secret' | 20 | 'sensitivity'",
        "'person-field: my_number' | 'person-field: shoe_size' | 14 | no person field",
        "'id: salary-report' | 'id: Salary Report' | 1 | 'id'",
        "'        max-length: 40' | '        max-length: 4000' | 21 | 'max-length'",
        "'sensitivity: number' | 'sensitivity: identity' | 13 | 'sensitivity'",
      })
  void aBadFile_isRefused_withItsLine(String from, String to, int line, String message) {
    String bad = GOOD.replace(from, to);
    assertThat(bad).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> TypeFile.parse(bad, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((TypeFile.Invalid) e).line()).isEqualTo(line))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("123456789018"));
  }

  @Test
  void aRegionOfMoreThanAQuarterOfThePage_isRefused() {
    String whole =
        GOOD.replace(
            "{x: 0.1, y: 0.2, width: 0.3, height: 0.05}", "{x: 0, y: 0, width: 1, height: 1}");
    assertThatThrownBy(() -> TypeFile.parse(whole, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining("at most a quarter of its page")
        .satisfies(e -> assertThat(((TypeFile.Invalid) e).line()).isEqualTo(18));
    String quarter =
        GOOD.replace(
            "{x: 0.1, y: 0.2, width: 0.3, height: 0.05}",
            "{x: 0.5, y: 0.5, width: 0.5, height: 0.5}");
    assertThat(TypeFile.parse(quarter, 1).field("name")).isPresent();
  }

  @Test
  void aRegionOverlappingTheNumbersRegion_isRefused() {
    String bad =
        GOOD.replace(
            "        page: 2\n        region: {x: 0.1, y: 0.1,",
            "        region: {x: 0.1, y: 0.18,");
    assertThat(bad).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> TypeFile.parse(bad, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining("overlaps the region of the number field 'my_number'")
        .satisfies(e -> assertThat(((TypeFile.Invalid) e).line()).isEqualTo(17));
    // side by side is fine
    String beside =
        GOOD.replace(
            "        page: 2\n        region: {x: 0.1, y: 0.1,",
            "        region: {x: 0.1, y: 0.15,");
    assertThat(TypeFile.parse(beside, 1).field("my_number").orElseThrow().page()).isEqualTo(1);
  }

  @Test
  void regionsOfDifferentPartsThatOverlap_areRefused() {
    String bad =
        GOOD
            + """
              - id: other
                label: {ja: 他, en: Other}
                fields:
                  - id: remark
                    label: {ja: 摘要, en: Remark}
                    region: {x: 0.35, y: 0.22, width: 0.3, height: 0.05}
                    check: text
                    sensitivity: contact
            """;
    assertThatThrownBy(() -> TypeFile.parse(bad, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining(
            "the region of 'remark' overlaps the region of 'name' of another part");
    String apart = bad.replace("{x: 0.35, y: 0.22,", "{x: 0.45, y: 0.22,");
    assertThat(TypeFile.parse(apart, 1).parts()).hasSize(2);
  }

  @Test
  void aTypeWithoutOneMyNumberField_orWithoutTheNames_isRefused() {
    String noNumber = GOOD.replace("        person-field: my_number\n", "");
    assertThat(noNumber).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> TypeFile.parse(noNumber, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining("exactly one field with person-field my_number")
        .satisfies(e -> assertThat(((TypeFile.Invalid) e).line()).isEqualTo(5));
    String twoNumbers =
        GOOD.replace(
            "        check: text\n        sensitivity: identity\n        max-length: 40",
            "        check: individual-number\n        sensitivity: number\n"
                + "        person-field: my_number");
    assertThat(twoNumbers).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> TypeFile.parse(twoNumbers, 1))
        .hasMessageContaining("exactly one field with person-field my_number");
    String noFamily = GOOD.replace("        person-field: family_name\n", "");
    assertThat(noFamily).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> TypeFile.parse(noFamily, 1))
        .hasMessageContaining("person-field family_name");
    String noGiven = GOOD.replace("        person-field: given_name\n", "");
    assertThatThrownBy(() -> TypeFile.parse(noGiven, 1))
        .hasMessageContaining("person-field given_name");
  }

  @Test
  void notYaml_anAlias_andAnEmptyFile_areRefused() {
    assertThatThrownBy(() -> TypeFile.parse("id: [a\n", 1)).isInstanceOf(TypeFile.Invalid.class);
    assertThatThrownBy(() -> TypeFile.parse("", 1)).hasMessageContaining("empty");
    assertThatThrownBy(() -> TypeFile.parse("a: &x [1]\nb: *x\n", 1))
        .isInstanceOf(TypeFile.Invalid.class);
    assertThatThrownBy(() -> TypeFile.parse("- 1\n- 2\n", 1)).hasMessageContaining("mapping");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'>\n            Name 1234 5678\n            9018'",
        "'\"Name 1234 5678\n            9018\"'",
        "'|\n            Name 1234\n            5678 9018'",
      })
  void aMyNumberSplitOverTheLinesOfOneScalar_isRefused_withTheScalarsLine(String value) {
    String split =
        GOOD.replace(
            "        label: {ja: 氏名, en: Name}\n",
            "        label:\n          ja: 氏名\n          en: " + value + "\n");
    assertThat(split).isNotEqualTo(GOOD);
    assertThatThrownBy(() -> TypeFile.parse(split, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining("My Number")
        .satisfies(e -> assertThat(((TypeFile.Invalid) e).line()).isEqualTo(19));
  }

  @Test
  void aMyNumberSplitOverTheLinesOfAComment_isRefused() {
    assertThatThrownBy(() -> TypeFile.parse("# the form's 1234 5678\n# 9018\n" + GOOD, 1))
        .isInstanceOf(TypeFile.Invalid.class)
        .hasMessageContaining("line 2:")
        .hasMessageContaining("My Number");
    assertThat(TypeFile.parse("# version 1234 5678\n\n# 9018\n" + GOOD, 1).id())
        .as("comments apart are apart")
        .isEqualTo("salary-report");
  }

  @Test
  void aMyNumberInAComment_isRefused() {
    assertThatThrownBy(() -> TypeFile.parse("# 1234 5678 9018\n" + GOOD, 1))
        .hasMessageContaining("line 1:")
        .hasMessageContaining("My Number");
  }
}
