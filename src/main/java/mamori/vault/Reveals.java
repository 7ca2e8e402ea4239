package mamori.vault;

import static mamori.vault.VaultRecords.record;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.crypto.PersonKey;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import mamori.vault.PersonTable.Live;
import mamori.vault.PersonTable.Stored;
import org.jspecify.annotations.Nullable;

/**
 * {@link Vault#reveal} and {@link Vault#history}: a live person's fields opened under their data
 * key and masked as asked, only after the read is durable in the log. Fields asked {@link
 * Mask#FULL} are not decrypted at all, and not named in the record.
 */
final class Reveals {
  private final PersonTable table;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  Reveals(PersonTable table, TenantKeys keys, TransparencyLogs logs, Clock clock) {
    this.table = table;
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  Revealed reveal(
      String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor, Action action) {
    checkRevealAction(action);
    return reveal(tenant, token, stored(tenant, token), fields, actor, action);
  }

  /** As above, on the row {@code row} read of the person already ({@link Vault#hold}). */
  Revealed reveal(
      String tenant,
      AgencyToken token,
      Stored row,
      Map<Field, Mask> fields,
      Actor actor,
      Action action) {
    checkRevealAction(action);
    if (row.erased()) {
      throw erased(token);
    }
    Live stored = row.live();
    List<Field> shown = shown(fields);
    logs.forTenant(tenant)
        .append(record(tenant, actor, action, Optional.of(token.person()), shown, clock.instant()));
    PersonKey key = keys.personKey(tenant, stored.personId(), stored.dataKey());
    return new Revealed(token, stored.version(), open(key, stored.fields(), shown, fields));
  }

  List<PersonVersion> history(
      String tenant, AgencyToken token, Map<Field, Mask> fields, Actor actor) {
    Live stored = live(tenant, token);
    List<Field> shown = shown(fields);
    List<PersonTable.Version> versions =
        Sql.run(PersonTable.FAILED, () -> table.versions(tenant, stored.personId()));
    logs.forTenant(tenant)
        .append(
            record(
                tenant, actor, Action.READ, Optional.of(token.person()), shown, clock.instant()));
    PersonKey key = keys.personKey(tenant, stored.personId(), stored.dataKey());
    return versions.stream()
        .map(v ->
            new PersonVersion(
                v.version(),
                Instant.ofEpochMilli(v.replacedAt()),
                open(key, v.fields(), shown, fields)))
        .toList();
  }

  /**
   * The stored person the token names.
   *
   * @throws VaultException when the token names no person of the tenant, or an erased one
   */
  Live live(String tenant, AgencyToken token) {
    Stored stored = stored(tenant, token);
    if (stored.erased()) {
      throw erased(token);
    }
    return stored.live();
  }

  /** A reveal is recorded as what the fields are for: read or print, nothing else. */
  private static void checkRevealAction(Action action) {
    if (action != Action.READ && action != Action.PRINT) {
      throw new IllegalArgumentException(
          "a reveal is recorded as read or print, not " + action.code());
    }
  }

  /**
   * The stored row the token names, erased or not.
   *
   * @throws VaultException when the token names no person of the tenant
   */
  private Stored stored(String tenant, AgencyToken token) {
    return Sql.run(PersonTable.FAILED, () -> table.byToken(tenant, token.value()))
        .orElseThrow(() ->
            new VaultException(
                VaultException.Reason.NOT_FOUND,
                "no person of tenant " + tenant + " has the token " + token));
  }

  static VaultException erased(AgencyToken token) {
    return new VaultException(
        VaultException.Reason.ERASED,
        "the person with the token " + token + " was erased: the data is gone for good");
  }

  private static List<Field> shown(Map<Field, Mask> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("ask for at least one field");
    }
    return Arrays.stream(Field.values())
        .filter(f -> fields.containsKey(f) && fields.get(f) != Mask.FULL)
        .toList();
  }

  private static Map<Field, String> open(
      PersonKey key, byte[] column, List<Field> shown, Map<Field, Mask> masks) {
    byte[] @Nullable [] sealed = PersonCodec.unframe(column);
    Map<Field, String> values = new EnumMap<>(Field.class);
    for (Field f : shown) {
      Mask mask = Objects.requireNonNull(masks.get(f), "only fields asked for are shown");
      byte[] field = sealed[f.ordinal()];
      if (field == null) { // only the number can be missing: it was erased
        values.put(f, Revealed.NUMBER_ERASED);
        continue;
      }
      values.put(
          f, Masks.apply(f, mask, new String(key.open(f.column(), field), StandardCharsets.UTF_8)));
    }
    return values;
  }
}
