package mamori.vault;

/**
 * How much of a field a reveal shows. {@code NONE} shows it in the clear; {@code PARTIAL} shows what a
 * counter clerk needs to tell people apart (see {@link Masks}); {@code FULL} hides it entirely, and the
 * field is then neither decrypted nor listed as read in the access record.
 */
public enum Mask { NONE, PARTIAL, FULL }
