package mamori.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.PersonToken;
import mamori.core.TenantId;

/**
 * Seeds an incident and its affected persons in the store directly, as the incidents service would
 * compute them, for the HTTP tests of other packages (the table is the module's own).
 */
public final class IncidentSeeds {
  private IncidentSeeds() {}

  /**
   * An open incident {@code id} of {@code tenant} affecting {@code persons}, each with {@code
   * evidence.get(k)} as the log indexes that concern them.
   */
  public static void incident(
      DataSource dataSource,
      String tenant,
      String id,
      List<String> persons,
      List<List<Long>> evidence,
      Instant at) {
    IncidentTable t = new IncidentTable(dataSource);
    t.insert(
        IncidentWorld.incident(
            new TenantId(tenant),
            id,
            Classification.classify(
                    persons.size(),
                    List.of(),
                    Classification.Assessment.NONE,
                    Classification.Findings.NONE)
                .toJson()));
    List<Affected> affected = new ArrayList<>();
    for (int k = 0; k < persons.size(); k++) {
      affected.add(
          new Affected(
              new PersonToken(persons.get(k)), List.of(Action.READ), evidence.get(k), at, at));
    }
    t.replaceAffected(new TenantId(tenant), id, affected, at);
  }
}
