package mamori.work;

import java.util.List;
import java.util.Optional;
import mamori.core.Field;

/**
 * The withholding slip's pinned field ids (COMMON.md's shared decisions), as the tests hold them;
 * the types tested against them.
 */
final class SlipTypes {
  static final List<String> FIELD_IDS =
      List.of(
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

  static final List<String> PART_IDS =
      List.of("payer", "payee-number", "payee", "amounts", "dependants");

  private SlipTypes() {}

  /** Every withholding-slip type there is to test against: the built-in one and this test's. */
  static List<DocumentType> all() {
    return List.of(DocumentTypes.builtIn(SyntheticSlips.TYPE), testBuilt());
  }

  /**
   * A withholding slip built here from the pinned parts and field ids, with a layout of its own
   * (the payer near the bottom, boxes of another size), so that the drawer is tested on more than
   * one layout.
   */
  static DocumentType testBuilt() {
    return new DocumentType(
        "withholding-slip",
        1,
        "給与所得の源泉徴収票",
        "Withholding slip (salary)",
        1,
        List.of(
            new DocumentType.Part(
                "payer",
                "支払者",
                "Payer",
                List.of(
                    field(
                        "payer_corporate_number",
                        "支払者 法人番号",
                        "Payer's corporate number",
                        0.06,
                        0.80,
                        0.40,
                        0.06,
                        Check.CORPORATE_NUMBER,
                        Field.Sensitivity.CONTACT,
                        null,
                        true,
                        13),
                    field(
                        "payer_name",
                        "支払者 氏名又は名称",
                        "Payer's name",
                        0.48,
                        0.80,
                        0.46,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.CONTACT,
                        null,
                        true,
                        80))),
            new DocumentType.Part(
                "payee-number",
                "受給者 個人番号",
                "Payee's number",
                List.of(
                    field(
                        "payee_my_number",
                        "受給者 個人番号",
                        "Payee's My Number",
                        0.06,
                        0.10,
                        0.44,
                        0.06,
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
                        0.06,
                        0.18,
                        0.21,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        Field.FAMILY_NAME,
                        true,
                        40),
                    field(
                        "payee_given_name",
                        "名",
                        "Given name",
                        0.28,
                        0.18,
                        0.21,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        Field.GIVEN_NAME,
                        true,
                        40),
                    field(
                        "payee_family_name_kana",
                        "氏（フリガナ）",
                        "Family name (kana)",
                        0.50,
                        0.18,
                        0.21,
                        0.06,
                        Check.KANA,
                        Field.Sensitivity.IDENTITY,
                        Field.FAMILY_NAME_KANA,
                        true,
                        40),
                    field(
                        "payee_given_name_kana",
                        "名（フリガナ）",
                        "Given name (kana)",
                        0.72,
                        0.18,
                        0.22,
                        0.06,
                        Check.KANA,
                        Field.Sensitivity.IDENTITY,
                        Field.GIVEN_NAME_KANA,
                        true,
                        40),
                    field(
                        "payee_birth_date",
                        "生年月日",
                        "Date of birth",
                        0.06,
                        0.26,
                        0.25,
                        0.06,
                        Check.DATE,
                        Field.Sensitivity.IDENTITY,
                        Field.BIRTH_DATE,
                        true,
                        10),
                    field(
                        "payee_address",
                        "住所又は居所",
                        "Address",
                        0.32,
                        0.26,
                        0.62,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.CONTACT,
                        Field.ADDRESS,
                        true,
                        120))),
            new DocumentType.Part(
                "amounts",
                "支払金額と源泉徴収税額",
                "Amounts",
                List.of(
                    field(
                        "payment_amount",
                        "支払金額",
                        "Payment",
                        0.06,
                        0.36,
                        0.42,
                        0.06,
                        Check.AMOUNT,
                        Field.Sensitivity.FINANCIAL,
                        null,
                        true,
                        12),
                    field(
                        "withheld_tax",
                        "源泉徴収税額",
                        "Tax withheld",
                        0.50,
                        0.36,
                        0.44,
                        0.06,
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
                        0.06,
                        0.46,
                        0.42,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        false,
                        80),
                    field(
                        "dependant_1_my_number",
                        "扶養親族1 個人番号",
                        "Dependant 1 My Number",
                        0.50,
                        0.46,
                        0.44,
                        0.06,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        null,
                        false,
                        12),
                    field(
                        "dependant_2_name",
                        "扶養親族2 氏名",
                        "Dependant 2 name",
                        0.06,
                        0.54,
                        0.42,
                        0.06,
                        Check.TEXT,
                        Field.Sensitivity.IDENTITY,
                        null,
                        false,
                        80),
                    field(
                        "dependant_2_my_number",
                        "扶養親族2 個人番号",
                        "Dependant 2 My Number",
                        0.50,
                        0.54,
                        0.44,
                        0.06,
                        Check.INDIVIDUAL_NUMBER,
                        Field.Sensitivity.NUMBER,
                        null,
                        false,
                        12)))));
  }

  private static DocumentType.FieldSpec field(
      String id,
      String labelJa,
      String labelEn,
      double x,
      double y,
      double w,
      double h,
      Check check,
      Field.Sensitivity sensitivity,
      @org.jspecify.annotations.Nullable Field personField,
      boolean required,
      int maxLength) {
    return new DocumentType.FieldSpec(
        id,
        labelJa,
        labelEn,
        1,
        new DocumentType.Region(x, y, w, h),
        check,
        sensitivity,
        Optional.ofNullable(personField),
        required,
        maxLength);
  }
}
