package mamori.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Why;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.TokenIssuer;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.tenancy.Enrolments;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * demo-credentials.json, for the demo only: per demo user a password and an authenticator secret, so that
 * a newcomer can sign in to the pages (`mamori demo code USER` prints the current code), and a bearer
 * token, so that they can call the API at once (`jq -r '.users["entry-operator"].token'`). It holds live secrets, so it is owner-only
 * (0600), written to a temporary file with those permissions and moved into place. A later run keeps
 * each token that still authenticates to its user for at least another day and issues new ones for the
 * rest; the file is rewritten only when a token changed. Each token issued is written to the town's log
 * (its id, never its secret).
 */
/**
 * The demo users' passwords, authenticator secrets and bearer tokens, in an owner-only JSON file of
 * the data folder.
 */
public final class DemoCredentials {
  public static final String FILE = "demo-credentials.json";
  static final Duration VALIDITY = Duration.ofDays(30);
  static final Duration MARGIN = Duration.ofDays(1);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private DemoCredentials() {}

  /** One user's entry in the file. */
  public record Entry(
      String organisation,
      String role,
      String token,
      String tokenId,
      Instant expiresAt,
      String password,
      String totpSecret) {}

  /**
   * The demo resident's letter, as the file keeps it: everything the resident would read on paper.
   */
  record ResidentLetter(String tenant, String letter, String code, String activate) {}

  /**
   * Makes sure the file holds a password, an authenticator secret and a valid token for every demo
   * user, making only what is missing or about to expire, and keeps the demo resident's letter,
   * asking {@code letter} for one only when the file has none; returns the file.
   */
  static Path ensure(
      Path data,
      ApiTokens tokens,
      Credentials credentials,
      Enrolments enrolments,
      DemoStory demo,
      TransparencyLogs logs,
      DemoStory.Seeded story,
      Clock clock,
      java.util.function.Supplier<ResidentLetter> letter)
      throws IOException {
    Path file = data.resolve(FILE);
    Map<String, Entry> previous = read(file);
    Map<String, Entry> current = new LinkedHashMap<>();
    boolean changed = !Files.exists(file) || !sameEntrustments(file, story);
    ResidentLetter resident = resident(file);
    if (resident == null) {
      resident = letter.get();
      changed |= resident != null;
    }
    for (DemoStory.DemoUser u : DemoStory.USERS) {
      Entry kept = previous.get(u.id());
      Credentials.Status status = credentials.status(u.id());
      boolean fresh = !status.hasPassword() && !status.enrolled();
      if (fresh) {
        // a new user, or one whose file entry went: they enrol from their address, as anyone does
        Enrolments.Issued address = story.addresses().get(u.id());
        String password = newPassword();
        String secret = Credentials.newSecret();
        enrol(enrolments, address == null ? demo.reissue(u) : address, u, password, secret, clock);
        kept =
            kept == null
                ? new Entry(u.organisation(), role(u), "", "", Instant.EPOCH, password, secret)
                : new Entry(
                    kept.organisation(),
                    kept.role(),
                    kept.token(),
                    kept.tokenId(),
                    kept.expiresAt(),
                    password,
                    secret);
        changed = true;
      } else if (kept == null) {
        // enrolled, but the file that held their password is gone: the demo cannot know it
        kept = new Entry(u.organisation(), role(u), "", "", Instant.EPOCH, "", "");
        changed = true;
      }
      if (!stillValid(kept, u.id(), tokens, clock)) {
        ApiTokens.Issued issued =
            tokens.issue(new TokenIssuer.Console("mamori-demo"), u.id(), "demo", VALIDITY);
        kept =
            new Entry(
                u.organisation(),
                role(u),
                issued.secret(),
                issued.tokenId(),
                issued.expiresAt(),
                kept.password(),
                kept.totpSecret());
        logs.forTenant(DemoStory.TENANT)
            .append(
                AccessRecord.of(
                    Attempt.withoutPerson(
                        DemoTown.SETUP,
                        List.of(),
                        new Why("demo-setup", u.id() + "/" + issued.tokenId()),
                        Action.TOKEN_ISSUE,
                        clock.instant()),
                    Outcome.allowed()));
        changed = true;
      }
      current.put(u.id(), kept);
    }
    if (changed) {
      write(file, current, story, resident);
    }
    return file;
  }

  /**
   * Uses a demo user's enrolment address with a new password and authenticator secret, proven by
   * the code of the time step before now: a sign-in in the same 30 seconds, with the code shown
   * now, is then not refused as a replay of the code used here.
   */
  private static void enrol(
      Enrolments enrolments,
      Enrolments.Issued address,
      DemoStory.DemoUser u,
      String password,
      String secret,
      Clock clock) {
    Enrolments.Result result = new Enrolments.WrongCode();
    // the password is hashed between the code's making and its check: on a loaded machine a step
    // boundary can fall in between and leave the code two steps old, so a refused code is made
    // once more (a wrong code leaves the address usable)
    for (int attempt = 0; attempt < 2 && result instanceof Enrolments.WrongCode; attempt++) {
      String code = Credentials.currentCode(secret, Clock.offset(clock, Duration.ofSeconds(-30)));
      result = enrolments.complete(address.code(), password.toCharArray(), secret, code);
    }
    if (!(result instanceof Enrolments.Enrolled)) {
      throw new IllegalStateException("demo user " + u.id() + " could not enrol: " + result);
    }
  }

  /**
   * A demo password: four groups of four lower-case letters and digits, easy to type from the file.
   */
  private static String newPassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder b = new StringBuilder("demo");
    for (int i = 0; i < 16; i++) {
      b.append(i % 4 == 0 ? '-' : "").append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static String role(DemoStory.DemoUser u) {
    return u.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static boolean stillValid(Entry e, String userId, ApiTokens tokens, Clock clock) {
    if (e.token().isEmpty() || e.expiresAt().isBefore(clock.instant().plus(MARGIN))) {
      return false;
    }
    Optional<Principal> p = tokens.authenticate(e.token());
    return p.isPresent()
        && p.get().userId().value().equals(userId)
        && p.get().tokenId().equals(e.tokenId());
  }

  private static boolean sameEntrustments(Path file, DemoStory.Seeded story) {
    try {
      JsonNode e = JSON.readTree(file.toFile()).path("entrustments");
      JsonNode job = JSON.readTree(file.toFile()).path("job");
      return e.path(DemoStory.CONTRACTOR).asString("").equals(story.contractor().id())
          && e.path(DemoStory.SUBCONTRACTOR).asString("").equals(story.subcontractor().id())
          && job.path("entrustment").asString("").equals(story.job().map(j -> j.id()).orElse(""));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The entries of an earlier file, by user; empty when there is none or it cannot be read. */
  public static Map<String, Entry> read(Path file) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return entries;
    }
    try {
      JsonNode users = JSON.readTree(file.toFile()).path("users");
      for (Map.Entry<String, JsonNode> u : users.properties()) {
        JsonNode n = u.getValue();
        entries.put(
            u.getKey(),
            new Entry(
                n.path("organisation").asString(),
                n.path("role").asString(),
                n.path("token").asString(),
                n.path("token_id").asString(),
                Instant.parse(n.path("expires_at").asString()),
                n.path("password").asString(""),
                n.path("totp_secret").asString("")));
      }
    } catch (RuntimeException e) {
      entries.clear(); // an unreadable file is replaced: every token is issued again
    }
    return entries;
  }

  /** The resident's letter an earlier run kept, or null. */
  static @Nullable ResidentLetter resident(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      JsonNode r = JSON.readTree(file.toFile()).path("resident");
      return r.isMissingNode() || r.path("code").asString("").isEmpty()
          ? null
          : new ResidentLetter(
              r.path("tenant").asString(),
              r.path("letter").asString(),
              r.path("code").asString(),
              r.path("activate").asString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void write(
      Path file, Map<String, Entry> entries, DemoStory.Seeded story, ResidentLetter resident)
      throws IOException {
    Map<String, Object> users = new LinkedHashMap<>();
    entries.forEach((id, e) ->
        users.put(
            id,
            ordered(
                "organisation",
                e.organisation(),
                "role",
                e.role(),
                "password",
                e.password(),
                "totp_secret",
                e.totpSecret(),
                "token",
                e.token(),
                "token_id",
                e.tokenId(),
                "expires_at",
                e.expiresAt().toString())));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tenant", DemoStory.TENANT);
    root.put(
        "entrustments",
        ordered(
            DemoStory.CONTRACTOR,
            story.contractor().id(),
            DemoStory.SUBCONTRACTOR,
            story.subcontractor().id()));
    story
        .job()
        .ifPresent(j ->
            root.put(
                "job",
                ordered(
                    "id", DemoJob.JOB.value(), "purpose", DemoJob.PURPOSE, "entrustment", j.id())));
    root.put("users", users);
    if (resident != null) {
      root.put(
          "resident",
          ordered(
              "tenant",
              resident.tenant(),
              "letter",
              resident.letter(),
              "code",
              resident.code(),
              "activate",
              resident.activate()));
    }
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
