package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every table has a decided place on a distributed PostgreSQL (docs/scaling.md): the migrated
 * schema, read on both stores, is held against the document. A table must carry {@code tenant_id},
 * the distribution column, or be named in the document's list of tables without a tenant (with what
 * they are instead: reference, local or distributed by their own key); and every table of the
 * schema must have its row in the document's table of tables, while the document names no table the
 * schema lacks. A new table without a distribution decision fails the build here, naming the table
 * and what to write.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DistributionKeysTest {
  static final Path DOC = Path.of("docs/scaling.md");

  /** A row of the document's table of tables: its first cell is the table's name in backticks. */
  static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z_][a-z0-9_]*)` \\|");

  /** The heading of the section of tables without a tenant, one {@code - `name`} a line. */
  static final String NO_TENANT_HEADING = "## Tables without a tenant";

  static final Pattern LIST_ITEM = Pattern.compile("(?m)^- `([a-z_][a-z0-9_]*)`");

  @Parameter TestStores.Kind kind;

  private StoreLocation location;

  @AfterEach
  void dropStore() {
    if (location != null) {
      TestStores.drop(location);
    }
  }

  @Test
  void everyTable_hasTheTenantOrIsListedWithoutOne_andIsInTheDocument() throws Exception {
    location = TestStores.fresh(kind);
    TreeMap<String, Set<String>> columns;
    try (Store store = Store.open(location);
        Connection c = store.dataSource().getConnection()) {
      columns = columnsByTable(c);
    }
    assertThat(columns).as("the migrated schema's tables").containsKey("person");

    String doc = Files.readString(DOC);
    Set<String> documented = names(TABLE_ROW, doc);
    Set<String> noTenant = names(LIST_ITEM, section(doc, NO_TENANT_HEADING));

    List<String> problems = new ArrayList<>();
    for (var t : columns.entrySet()) {
      String table = t.getKey();
      if (!documented.contains(table)) {
        problems.add(
            table
                + ": not in "
                + DOC
                + "; add its row (size class, key and indexes, distribution on Citus and"
                + " YugabyteDB) to the table of tables");
      }
      boolean tenant = t.getValue().contains("tenant_id");
      if (!tenant && !noTenant.contains(table)) {
        problems.add(
            table
                + ": has no tenant_id column, the distribution column, and is not listed under '"
                + NO_TENANT_HEADING
                + "' in "
                + DOC
                + "; give it tenant_id or say there why it has none and where its rows live");
      }
      if (tenant && noTenant.contains(table)) {
        problems.add(table + ": carries tenant_id but is listed under '" + NO_TENANT_HEADING + "'");
      }
    }
    for (String table : documented) {
      if (!columns.containsKey(table)) {
        problems.add(table + ": named in " + DOC + " but the schema has no such table");
      }
    }
    for (String table : noTenant) {
      if (!columns.containsKey(table)) {
        problems.add(
            table + ": listed under '" + NO_TENANT_HEADING + "' but the schema has no such table");
      }
    }
    assertThat(problems).as("the distribution decisions of docs/scaling.md").isEmpty();
  }

  /** The schema's own tables (not SQLite's internal ones) with their columns, lower-cased. */
  private static TreeMap<String, Set<String>> columnsByTable(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    TreeMap<String, Set<String>> tables = new TreeMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("sqlite_")) {
          tables.put(name, new TreeSet<>());
        }
      }
    }
    String escape = meta.getSearchStringEscape();
    for (var t : tables.entrySet()) {
      String pattern = t.getKey().replace("_", escape + "_"); // '_' matches any one character
      try (ResultSet rs = meta.getColumns(null, schema, pattern, "%")) {
        while (rs.next()) {
          t.getValue().add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      assertThat(t.getValue()).as("the columns of %s", t.getKey()).isNotEmpty();
    }
    return tables;
  }

  private static Set<String> names(Pattern pattern, String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The text under {@code heading} up to the next heading of the same or a higher level. */
  private static String section(String doc, String heading) throws IOException {
    int start = doc.indexOf("\n" + heading + "\n");
    assertThat(start).as("%s has a section '%s'", DOC, heading).isNotNegative();
    int end = doc.indexOf("\n## ", start + heading.length() + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }
}
