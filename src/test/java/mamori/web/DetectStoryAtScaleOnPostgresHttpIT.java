package mamori.web;

import mamori.store.TestStores;
import org.junit.jupiter.api.Tag;

/** The detection story with the seed's whole bulk read of 462,000 persons: a proof of scale. */
@Tag("heavy")
class DetectStoryAtScaleOnPostgresHttpIT extends DetectStoryHttpIT {
  @Override
  TestStores.Kind kind() {
    return TestStores.Kind.POSTGRESQL;
  }

  @Override
  int bulk() {
    return SEED_BULK;
  }
}
