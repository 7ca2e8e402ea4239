package mamori.access;

import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import mamori.core.PersonTag;
import mamori.core.TenantId;
import mamori.vault.PersonSets;
import mamori.vault.Vault;

/**
 * The persons carrying a tag, as the tenant's own tokens and nothing else: what the detection of
 * accesses to protected persons needs (is this record's person tagged {@code protected}?). It
 * reveals no field and serves no user, so it is not a listing; it lives beside the gate because
 * only the gate reads a set's members from the vault.
 */
public final class TaggedPersons {
  private static final int PAGE = 10_000;
  private final Vault vault;

  public TaggedPersons(Vault vault) {
    this.vault = vault;
  }

  /** The tenant's own tokens of every person tagged {@code tag} now. */
  public Set<String> tokens(TenantId tenant, PersonTag tag) {
    PersonSets sets = vault.sets();
    Set<String> tokens = new HashSet<>();
    long after = Long.MIN_VALUE;
    while (true) {
      PersonSets.Page page =
          sets.page(
              tenant.value(), tenant.value(), new PersonSets.Members.Tagged(tag), after, PAGE);
      page.pairs().forEach(p -> tokens.add(p.own().person().value()));
      OptionalLong last = page.last();
      if (last.isEmpty()) {
        return tokens;
      }
      after = last.getAsLong();
    }
  }
}
