package mamori.web;

import static mamori.web.ConsoleWorld.CITY;
import static mamori.web.ConsoleWorld.PURPOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.store.TestStores;
import mamori.vault.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The desk lists an entrustment's persons a page at a time with the API's cursor: a "next page"
 * link while there may be more, every person once, and a cursor made for someone else refused with
 * a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskPagingIT {
  static final Pattern NEXT = Pattern.compile("id=\"next\" href=\"[^\"]*after=([A-Za-z0-9_-]+)\"");
  ConsoleWorld c;
  int persons;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    c.w.vault.register(
        CITY,
        new Actor(
            new UserId("importer"), new OrganisationId(CITY), List.of(), new Why(PURPOSE, "i")),
        GateWorld.persons(60, 97));
    persons = (int) c.w.vault.count(CITY);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse page(String user, String after) throws Exception {
    return page(c.parent.id(), user, after);
  }

  MockHttpServletResponse page(String entrustment, String user, String after) throws Exception {
    var b =
        get("/desk/entrustments/" + entrustment)
            .with(c.as(user))
            .param("purpose", PURPOSE)
            .param("case", "page-1");
    if (after != null) {
      b.param("after", after);
    }
    MockHttpServletResponse r = c.mvc.perform(b).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  @Test
  void theDesk_walksEveryPersonOfItsSet_fiftyAPage() throws Exception {
    assertThat(persons).isGreaterThan(DeskController.LIMIT);
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      MockHttpServletResponse r = page("con-operator", after);
      assertThat(r.getStatus()).isEqualTo(200);
      String body = r.getContentAsString();
      Matcher t = ConsoleFlowIT.DESK_TOKEN.matcher(body);
      int onPage = 0;
      while (t.find()) {
        seen.add(t.group(1));
        onPage++;
      }
      assertThat(onPage).isLessThanOrEqualTo(DeskController.LIMIT);
      Matcher n = NEXT.matcher(body);
      after = n.find() ? n.group(1) : null;
      pages++;
    } while (after != null && pages < 10);
    assertThat(pages).isEqualTo(2);
    assertThat(seen).hasSize(persons).doesNotHaveDuplicates();
  }

  @Test
  void aCursorMadeForAnotherUser_orForged_isA400WithAMessage() throws Exception {
    String body = page("con-operator", null).getContentAsString();
    Matcher n = NEXT.matcher(body);
    assertThat(n.find()).isTrue();
    for (String[] attempt :
        new String[][] {
          {c.child.id(), n.group(1), "sub-operator"}, {c.parent.id(), "forged", "con-operator"}
        }) {
      MockHttpServletResponse r = page(attempt[0], attempt[2], attempt[1]);
      assertThat(r.getStatus()).isEqualTo(400);
      assertThat(r.getContentAsString()).contains("id=\"invalid\"");
      assertThat(ConsoleFlowIT.DESK_TOKEN.matcher(r.getContentAsString()).find()).isFalse();
    }
  }
}
