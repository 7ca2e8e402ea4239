package mamori.core;

/**
 * How much of a field a reveal shows. {@code NONE} shows it in the clear; {@code PARTIAL} shows
 * what a counter clerk needs to tell people apart (the vault's {@code Masks} says how, field by
 * field); {@code FULL} hides it entirely, and the field is then neither decrypted nor listed as
 * read in the access record. Declared from least to most hidden: of two masks the stricter is the
 * later.
 */
public enum Mask {
  NONE,
  PARTIAL,
  FULL;

  /** The stricter of this and {@code other}. */
  public Mask stricter(Mask other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
