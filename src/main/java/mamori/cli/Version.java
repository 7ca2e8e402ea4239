package mamori.cli;

import mamori.MamoriApplication;
import picocli.CommandLine;

/** The version line of {@code mamori --version}. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"mamori " + MamoriApplication.version()};
  }
}
