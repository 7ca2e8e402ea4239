package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import mamori.core.TenantId;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;

/**
 * How fast a package of 100,000 persons is made on the embedded store, with every person logged
 * first: prints persons per second and the heap used after, never a person. The full figure
 * (460,000 persons, both sides) is {@code mamori bench package}'s.
 */
class PackagesRateTest extends PackagesTestBase {
  static final int PERSONS = 100_000;

  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }

  @Override
  int page() {
    return Packages.PAGE;
  }

  @Test
  void aHundredThousandPersons_arePackagedInAStream() throws Exception {
    register(PERSONS, 42);
    new TenantSettings(store.dataSource())
        .set(new TenantId(TENANT), "staff.daily-reads", "1000000");
    Path out = outDir.resolve("rate.mpkg");
    long[] aheadMost = {0};
    System.gc();
    long start = System.nanoTime();

    Packages.Created made =
        packages.create(
            CLERK,
            everyone(ALL_FIELDS),
            out,
            (written, logged, counted) -> aheadMost[0] = Math.max(aheadMost[0], logged - written));

    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "package.create_per_s %.0f (%d persons in %.2f s, page %d, heap used after %d MiB)%n",
        PERSONS / seconds,
        PERSONS,
        seconds,
        page(),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    assertThat(made.persons()).isEqualTo(PERSONS);
    assertThat(aheadMost[0]).isLessThanOrEqualTo(page());
  }
}
