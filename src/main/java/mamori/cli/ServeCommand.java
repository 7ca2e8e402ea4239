package mamori.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mamori.WebServer;
import mamori.crypto.KeyPlacement;
import mamori.web.Tls;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori serve}: the web service on a chosen store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs the web service on 127.0.0.1 until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--keys-in-data",
      description =
          "Start although the key folder is inside the data folder, accepting that a copy of the"
              + " data folder then opens the data and signs the log.")
  boolean keysInData;

  @Option(
      names = "--management-port",
      paramLabel = "N",
      description =
          "Port on 127.0.0.1 of health and Prometheus metrics (default: management.server.port of"
              + " the settings, else 8081; 0 picks a free one, -1 turns it off).")
  @Nullable Integer managementPort;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      description =
          "The service's own log: text or json (one JSON object a line); default:"
              + " mamori.logging.format of the settings, else text.")
  @Nullable String logFormat;

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "PEM certificate (chain) to serve HTTPS with; needs --tls-key.")
  @Nullable Path tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE", description = "Its PEM private key.")
  @Nullable Path tlsKey;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description =
          "PKCS#12 keystore to serve HTTPS with instead; its password from "
              + PASSWORD_VARIABLE
              + " or --tls-keystore-password-file.")
  @Nullable Path tlsKeystore;

  @Option(
      names = "--tls-keystore-password-file",
      paramLabel = "FILE",
      description = "A file holding the keystore's password (its first line).")
  @Nullable Path tlsPasswordFile;

  /** The environment variable of the keystore's password. */
  static final String PASSWORD_VARIABLE = "MAMORI_TLS_KEYSTORE_PASSWORD";

  @Override
  public Integer call() throws Exception {
    checkPort(spec, port);
    if (managementPort != null && (managementPort < -1 || managementPort > 65_535)) {
      throw new ParameterException(
          spec.commandLine(), "--management-port must be between -1 and 65535");
    }
    if (logFormat != null && !logFormat.equals("text") && !logFormat.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--log-format must be text or json");
    }
    Optional<Tls> tls = tls();
    var location = store.location();
    checkKeysApart(spec, store, keysInData);
    WebServer.serveUntilStopped(
        WebServer.start(location, port, settings(tls).toArray(String[]::new)),
        location,
        spec.commandLine().getOut());
    return 0;
  }

  /**
   * The service's settings from the options. The management port and the log format are passed only
   * when given: a command-line setting wins over every file, so a default passed here would
   * silently undo management.server.port or mamori.logging.format of /etc/mamori/mamori.properties.
   */
  List<String> settings(Optional<Tls> tls) {
    List<String> settings = new ArrayList<>();
    settings.add("--mamori.keys.dir=" + store.keyFolder().toAbsolutePath());
    if (managementPort != null) {
      settings.add("--management.server.port=" + managementPort);
    }
    if (logFormat != null) {
      settings.add("--mamori.logging.format=" + logFormat);
    }
    tls.ifPresent(t -> settings.addAll(t.settings()));
    return settings;
  }

  /** The TLS options checked, files and password, before anything starts. */
  private Optional<Tls> tls() {
    boolean pem = tlsCert != null || tlsKey != null;
    if (pem && tlsKeystore != null) {
      throw new ParameterException(
          spec.commandLine(), "give --tls-cert and --tls-key, or --tls-keystore, not both");
    }
    if (tlsPasswordFile != null && tlsKeystore == null) {
      throw new ParameterException(
          spec.commandLine(), "--tls-keystore-password-file goes with --tls-keystore");
    }
    try {
      if (pem) {
        if (tlsCert == null || tlsKey == null) {
          throw new ParameterException(spec.commandLine(), "--tls-cert and --tls-key go together");
        }
        return Optional.of(Tls.pem(tlsCert, tlsKey));
      }
      if (tlsKeystore != null) {
        if (!Files.isRegularFile(tlsKeystore)) { // said before asking for its password
          throw new IllegalArgumentException("the TLS keystore " + tlsKeystore + " does not exist");
        }
        return Optional.of(Tls.keystore(tlsKeystore, password()));
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private char[] password() {
    if (tlsPasswordFile != null) {
      try {
        List<String> lines = Files.readAllLines(tlsPasswordFile);
        return (lines.isEmpty() ? "" : lines.getFirst()).toCharArray();
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "the keystore's password file " + tlsPasswordFile + " cannot be read", e);
      }
    }
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment == null) {
      throw new IllegalArgumentException(
          "the keystore's password: set "
              + PASSWORD_VARIABLE
              + " or give --tls-keystore-password-file FILE (never on the command line)");
    }
    return fromEnvironment.toCharArray();
  }

  /**
   * Refuses a key folder inside the data folder unless {@code accepted}: a backup or a stolen copy
   * of the data folder would then hold the root key with the data it opens, and the keys that sign
   * the log (docs/operations.md, Keys).
   */
  static void checkKeysApart(CommandSpec spec, StoreOptions store, boolean accepted) {
    if (!accepted && KeyPlacement.within(store.keyFolder(), store.dataFolder())) {
      throw new ParameterException(
          spec.commandLine(),
          "the key folder "
              + store.keyFolder()
              + " is inside the data folder "
              + store.dataFolder()
              + ": a copy of the data folder would open the data and sign the log. Give --keys DIR"
              + " outside it (and mamori.keys.root=pkcs11 to keep the root key in a token), or"
              + " --keys-in-data to accept it; 'mamori keys check' shows where each key is.");
    }
  }

  /** Checks a {@code --port} (of serve, demo or witness) before anything starts. */
  static void checkPort(CommandSpec spec, int port) {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
  }
}
