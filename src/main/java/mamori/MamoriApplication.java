package mamori;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web service: started by {@code mamori serve} and {@code mamori demo}, never by offline
 * commands.
 */
@SpringBootApplication
public class MamoriApplication {

  /** The version from the jar manifest, or "dev" when run from classes. */
  public static String version() {
    String v = MamoriApplication.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
