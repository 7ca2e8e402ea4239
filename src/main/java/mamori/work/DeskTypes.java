package mamori.work;

import java.util.List;
import java.util.Optional;
import mamori.core.Field;

/**
 * The document types the desk keys, until the work-intake loader ({@code DocumentTypes}) is wired
 * in its place at integration: the built-in withholding slip (源泉徴収票) only, in the parts and field
 * ids every branch of issue 16 relies on. Kept in this one class so that the integrator replaces it
 * whole ({@link Desk.Types} is the seam).
 */
final class DeskTypes {
  private DeskTypes() {}

  /** The built-in types, by id and version; a stand-in for {@code DocumentTypes::type}. */
  static Desk.Types builtIn() {
    DocumentType slip = withholdingSlip();
    return (tenant, id, version) ->
        id.equals(slip.id()) && version == slip.version() ? Optional.of(slip) : Optional.empty();
  }

  /** The built-in withholding slip: parts payer, payee-number, payee, amounts, dependants. */
  static DocumentType withholdingSlip() {
    return new DocumentType(
        "withholding-slip",
        1,
        "給与所得の源泉徴収票",
        "Withholding slip",
        1,
        List.of(
            new DocumentType.Part(
                "payer",
                "支払者",
                "Payer",
                List.of(
                    field(
                        "payer_corporate_number",
                        "法人番号",
                        "Corporate number",
                        0.55,
                        0.80,
                        Check.CORPORATE_NUMBER,
                        Field.Sensitivity.IDENTITY,
                        null,
                        true,
                        13),
                    field(
                        "payer_name",
                        "支払者の名称",
                        "Payer's name",
                        0.05,
                        0.85,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        true,
                        100))),
            new DocumentType.Part(
                "payee-number",
                "受給者の個人番号",
                "Payee's My Number",
                List.of(
                    field(
                        "payee_my_number",
                        "個人番号",
                        "My Number",
                        0.55,
                        0.05,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        Field.MY_NUMBER,
                        true,
                        12))),
            new DocumentType.Part(
                "payee",
                "受給者",
                "Payee",
                List.of(
                    field(
                        "payee_family_name",
                        "氏",
                        "Family name",
                        0.05,
                        0.15,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        Field.FAMILY_NAME,
                        true,
                        50),
                    field(
                        "payee_given_name",
                        "名",
                        "Given name",
                        0.30,
                        0.15,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        Field.GIVEN_NAME,
                        true,
                        50),
                    field(
                        "payee_family_name_kana",
                        "氏（フリガナ）",
                        "Family name (kana)",
                        0.05,
                        0.10,
                        Check.KANA,
                        Field.Sensitivity.IDENTITY,
                        Field.FAMILY_NAME_KANA,
                        true,
                        50),
                    field(
                        "payee_given_name_kana",
                        "名（フリガナ）",
                        "Given name (kana)",
                        0.30,
                        0.10,
                        Check.KANA,
                        Field.Sensitivity.IDENTITY,
                        Field.GIVEN_NAME_KANA,
                        true,
                        50),
                    field(
                        "payee_birth_date",
                        "生年月日",
                        "Birth date",
                        0.55,
                        0.15,
                        Check.DATE,
                        Field.Sensitivity.IDENTITY,
                        Field.BIRTH_DATE,
                        true,
                        10),
                    field(
                        "payee_address",
                        "住所",
                        "Address",
                        0.05,
                        0.05,
                        Check.TEXT,
                        Field.Sensitivity.CONTACT,
                        Field.ADDRESS,
                        true,
                        200))),
            new DocumentType.Part(
                "amounts",
                "支払金額と源泉徴収税額",
                "Payment and tax withheld",
                List.of(
                    field(
                        "payment_amount",
                        "支払金額",
                        "Payment",
                        0.05,
                        0.25,
                        Check.AMOUNT,
                        Field.Sensitivity.FINANCIAL,
                        null,
                        true,
                        12),
                    field(
                        "withheld_tax",
                        "源泉徴収税額",
                        "Tax withheld",
                        0.55,
                        0.25,
                        Check.AMOUNT,
                        Field.Sensitivity.FINANCIAL,
                        null,
                        true,
                        12))),
            new DocumentType.Part(
                "dependants",
                "扶養親族",
                "Dependants",
                List.of(
                    field(
                        "dependant_1_name",
                        "扶養親族1 氏名",
                        "Dependant 1 name",
                        0.05,
                        0.40,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        false,
                        100),
                    field(
                        "dependant_1_my_number",
                        "扶養親族1 個人番号",
                        "Dependant 1 My Number",
                        0.55,
                        0.40,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        null,
                        false,
                        12),
                    field(
                        "dependant_2_name",
                        "扶養親族2 氏名",
                        "Dependant 2 name",
                        0.05,
                        0.45,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        false,
                        100),
                    field(
                        "dependant_2_my_number",
                        "扶養親族2 個人番号",
                        "Dependant 2 My Number",
                        0.55,
                        0.45,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        null,
                        false,
                        12)))));
  }

  private static DocumentType.FieldSpec field(
      String id,
      String ja,
      String en,
      double x,
      double y,
      Check check,
      Field.Sensitivity sensitivity,
      @org.jspecify.annotations.Nullable Field person,
      boolean required,
      int maxLength) {
    return new DocumentType.FieldSpec(
        id,
        ja,
        en,
        1,
        new DocumentType.Region(x, y, 0.4, 0.05),
        check,
        sensitivity,
        Optional.ofNullable(person),
        required,
        maxLength);
  }
}
