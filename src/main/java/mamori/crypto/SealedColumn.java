package mamori.crypto;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link FieldSealed} over one binary column, from the owning module's three statements, each
 * with the tenant as first parameter and the id (one text expression) as second: {@code ids}
 * selects the ids of the tenant's sealed values; {@code read} selects the one sealed value of an
 * id; {@code swap} sets the value (first parameter) where tenant, id and the old value (fourth)
 * match.
 *
 * @param associatedData the associated data of a value, from tenant and id
 */
public record SealedColumn(
    String kind,
    DataSource store,
    String idsSql,
    String readSql,
    String swapSql,
    BiFunction<String, String, byte[]> associatedData)
    implements FieldSealed {

  @Override
  public List<String> ids(String tenant) {
    return JdbcClient.create(store)
        .sql(idsSql)
        .params(tenant)
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  @Override
  public Optional<Sealed> read(String tenant, String id) {
    return JdbcClient.create(store)
        .sql(readSql)
        .params(tenant, id)
        .query((rs, n) -> rs.getBytes(1))
        .list()
        .stream()
        .filter(b -> b != null)
        .findFirst()
        .map(b -> new Sealed(b, associatedData.apply(tenant, id)));
  }

  @Override
  public boolean swap(String tenant, String id, byte[] old, byte[] resealed) {
    return JdbcClient.create(store).sql(swapSql).params(resealed, tenant, id, old).update() == 1;
  }
}
