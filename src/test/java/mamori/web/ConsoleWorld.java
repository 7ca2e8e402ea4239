package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/*
 * The console and desk pages need a session signed in with two factors: each user has a password and an
 * authenticator secret, and signs in through the real pages once per world (password, then the current
 * code); the session is then set on each MockMvc request against the running service of a GateWorld.
 */
/**
 * A city with its own staff, a contractor holding an active entrustment and a subcontractor whose
 * re-entrustment is requested, another city, one user per role, and persons including one whose
 * name is markup and one whose number the tests know.
 */
final class ConsoleWorld implements AutoCloseable {
  static final String CITY = "c-city";
  static final String OTHER = "o-city";
  static final String CON = "c-con";
  static final String SUB = "c-sub";

  /** A second subcontractor, for approvals that must not open the first one's chain. */
  static final String SUB2 = "c-sub2";

  static final String PURPOSE = "resident-tax";

  /** The number of the markup person, as a person types it: full-width digits and hyphens. */
  static final IndividualNumber NUMBER = IndividualNumber.withCheckDigit("31415926535");

  static final String DIGITS = NUMBER.digits(InsecureNumberAccess.get());
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String BOLD = "<b>x</b>";
  static final LocalDate BORN = LocalDate.of(1990, 4, 1);

  final GateWorld w;
  final MockMvc mvc;
  final Entrustment parent;
  final Entrustment child;
  private final Map<String, Principal> principals = new HashMap<>();
  private final Map<String, MockHttpSession> sessions = new HashMap<>();
  static final String PASSWORD = "console world passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  ConsoleWorld(TestStores.Kind kind) throws Exception {
    this(kind, true);
  }

  /**
   * With {@code signInEveryone}, every user signs in through the pages at once (a test counting log
   * records then never counts a sign-in); without, they sign in when first used, as a browser test
   * needs (a code is accepted once, so a user signed in here could not sign in again within 30
   * seconds).
   */
  ConsoleWorld(TestStores.Kind kind, boolean signInEveryone) throws Exception {
    w = new GateWorld(Files.createTempDirectory("mamori-console"), kind);
    mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) w.context)
            .apply(springSecurity())
            .build();
    w.tenant(CITY, 4, 11);
    w.tenant(OTHER, 2, 12);
    Actor importer =
        new Actor(
            new UserId("importer"),
            new OrganisationId(CITY),
            List.of(),
            new Why(PURPOSE, "import"));
    w.vault.register(
        CITY,
        importer,
        List.of(
            new PersonData(
                NUMBER,
                SCRIPT,
                BOLD,
                "スクリプト",
                "ビー",
                BORN,
                "1",
                "660-0052",
                "兵庫県尼崎市七松町<i>1</i>",
                "H-x",
                "")));
    w.organisation(CON, Organisation.Kind.CONTRACTOR, CITY);
    w.organisation(SUB, Organisation.Kind.SUBCONTRACTOR, CITY);
    w.organisation(SUB2, Organisation.Kind.SUBCONTRACTOR, CITY);
    parent =
        w.entrust(
            CITY,
            null,
            CON,
            scope(
                fields(
                    Field.FAMILY_NAME,
                    Mask.NONE,
                    Field.GIVEN_NAME,
                    Mask.NONE,
                    Field.ADDRESS,
                    Mask.NONE,
                    Field.MY_NUMBER,
                    Mask.PARTIAL),
                TODAY,
                1000));
    child =
        w.entrust(
            CON, parent.id(), SUB, scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 100));
    for (Role r : Role.values()) {
      user(CITY, CITY, "city-" + slug(r), r);
    }
    user(CITY, CON, "con-operator", Role.OPERATOR);
    user(CITY, CON, "con-admin", Role.ORG_ADMIN);
    user(CITY, SUB, "sub-operator", Role.OPERATOR);
    user(OTHER, OTHER, "other-staff", Role.STAFF);
    user(OTHER, OTHER, "other-officer", Role.SECURITY_OFFICER);
    if (signInEveryone) {
      for (String id : principals.keySet()) {
        session(id);
      }
    }
  }

  static String slug(Role r) {
    return r.name().toLowerCase().replace('_', '-');
  }

  private void user(String tenant, String org, String id, Role role) {
    w.user(tenant, org, id, role);
    Credentials credentials = w.context.getBean(Credentials.class);
    credentials.setPassword(id, PASSWORD.toCharArray());
    credentials.setSecondFactor(id, SECRET);
    principals.put(
        id,
        new Principal(
            new UserId(id), new TenantId(tenant), new OrganisationId(org), role, "tok_" + id));
  }

  /** Signs {@code user} in through the pages, password then code; returns the signed-in session. */
  MockHttpSession signIn(String user) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            post("/signin")
                .session(session)
                .with(csrf())
                .param("user", user)
                .param("password", PASSWORD))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/signin/code")
                .session(session)
                .with(csrf())
                .param("code", Credentials.currentCode(SECRET, java.time.Clock.systemUTC())))
        .andExpect(status().is3xxRedirection());
    return session;
  }

  /** Performs {@code request} and answers its response, its body read as UTF-8. */
  org.springframework.mock.web.MockHttpServletResponse send(
      org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    var r = mvc.perform(request).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  Principal principal(String user) {
    return principals.get(user);
  }

  /** Makes the request in {@code user}'s session, signed in with both factors once per world. */
  RequestPostProcessor as(String user) {
    MockHttpSession session = session(user);
    return request -> {
      request.setSession(session);
      return request;
    };
  }

  /**
   * {@code user}'s session, signed in once per world: a second sign-in within the same 30 seconds
   * would need the same code again, which is refused as a replay.
   */
  MockHttpSession session(String user) {
    return sessions.computeIfAbsent(
        user,
        u -> {
          try {
            return signIn(u);
          } catch (Exception e) {
            throw new IllegalStateException("cannot sign " + u + " in", e);
          }
        });
  }

  /** A fresh first entrustment from the city to its contractor, for changes that use one up. */
  Entrustment fresh() {
    return w.entrust(CITY, null, CON, scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 5));
  }

  /** A fresh requested re-entrustment under the parent, for approvals. */
  Entrustment requested() {
    return w.entrust(
        CON, parent.id(), SUB2, scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 5));
  }

  TenantLog log(String tenant) {
    return w.logs.forTenant(tenant);
  }

  /** The newest record of a tenant's log. */
  AccessRecord last(String tenant) {
    TenantLog log = log(tenant);
    return log.records(log.size() - 1, log.size()).getFirst();
  }

  /** The number as a person types it: full-width digits in groups of four joined by hyphens. */
  static String typed(String digits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append('－');
      }
      b.append((char) ('０' + (digits.charAt(i) - '0')));
    }
    return b.toString();
  }

  @Override
  public void close() {
    w.close();
  }
}
