package mamori.work;

import java.util.List;

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

  /** Every withholding-slip type there is to test against. */
  static List<DocumentType> all() {
    return List.of(SyntheticSlips.provisionalType());
  }
}
