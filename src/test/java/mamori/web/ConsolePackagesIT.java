package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.PackageCrypto;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import mamori.transfer.Recipients;
import mamori.transfer.TransferSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The console's package form: a member of staff makes a package of the city and downloads it; the
 * security officer may download it, an auditor may not; fields an import cannot read are shown with
 * their reason and nothing is made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePackagesIT {
  static final Pattern DOWNLOAD = Pattern.compile("/console/packages/([0-9a-f]{32})/file");
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    c.w
        .context
        .getBean(Recipients.class)
        .add(
            new Who(
                new UserId("city-security-officer"),
                new OrganisationId(ConsoleWorld.CITY),
                new TenantId(ConsoleWorld.CITY)),
            true,
            Role.SECURITY_OFFICER,
            "benefits",
            "給付システム",
            PackageCrypto.newKeyPair().publicKey());
    new TenantSettings(c.w.context.getBean(mamori.store.Store.class).dataSource())
        .set(
            new TenantId(ConsoleWorld.CITY),
            TransferSettings.RELEASE_URL,
            "https://mamori.c-city.example");
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletRequestBuilder make(String... fields) {
    MockHttpServletRequestBuilder b =
        post("/console/packages/new")
            .with(c.as("city-staff"))
            .with(csrf())
            .param("to", "benefits")
            .param("purpose", ConsoleWorld.PURPOSE)
            .param("case", "R8-console")
            .param("selection", "all")
            .param("expires", "72h");
    for (String f : fields) {
      b = b.param("fields", f);
    }
    return b;
  }

  @Test
  void staff_makeAPackage_andItsMakerAndTheOfficerDownloadIt() throws Exception {
    MockHttpServletResponse form = c.send(get("/console/packages/new").with(c.as("city-staff")));
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(form.getContentAsString()).contains("id=\"new-package\"", "_csrf", "benefits");

    MockHttpServletResponse made =
        c.send(
            make(
                "my_number",
                "family_name",
                "given_name",
                "family_name_kana",
                "given_name_kana",
                "birth_date",
                "sex",
                "address"));

    assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
    Matcher m = DOWNLOAD.matcher(made.getContentAsString());
    assertThat(m.find()).isTrue();
    String file = m.group();
    assertThat(c.send(get(file).with(c.as("city-staff"))).getStatus()).isEqualTo(200);
    assertThat(c.send(get(file).with(c.as("city-security-officer"))).getStatus()).isEqualTo(200);
    assertThat(c.send(get(file).with(c.as("city-auditor"))).getStatus()).isEqualTo(403);
  }

  @Test
  void fieldsAnImportCannotRead_areShownWithTheirReason_andNothingIsMade() throws Exception {
    long before =
        c.w
            .context
            .getBean(mamori.transfer.Releases.class)
            .list(new TenantId(ConsoleWorld.CITY))
            .size();
    MockHttpServletResponse r = c.send(make("my_number", "family_name"));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentAsString()).contains("id=\"refusal\"").doesNotContain("id=\"made\"");
    assertThat(
            c.w
                .context
                .getBean(mamori.transfer.Releases.class)
                .list(new TenantId(ConsoleWorld.CITY)))
        .hasSize((int) before);
  }
}
