package mamori.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.access.AccessGate;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Purpose;
import mamori.handover.Documents;
import mamori.handover.Printing;
import mamori.handover.Returns;
import mamori.identity.Principal;
import mamori.store.OwnerOnly;
import org.springframework.context.ApplicationContext;

/*
 * Nerima, replayed in the demo town (issue 18). city-staff prints, through the gate, for the demo
 * resident (the first person the town lists, whose activation letter is in demo-credentials.json) a
 * pickup notice (交付通知書) and a notice of the card's papers, and the 「カード発行一覧表」 of the next fifty
 * residents: an INTERNAL list of two pages. Page 1 of the list is shredded and checked back in at once;
 * page 2 is not: it is the page that slips in among the resident's papers at the counter, and from
 * the next morning it is on the security officer's list of internal pages not accounted for. Everything
 * is printed under the purpose card-issue (個人番号カードの交付), which the city's admin registers first, as
 * a city does; every person printed has a print record in the town's log.
 *
 * The papers are printed once: the folder demo-prints in the data folder holds the three PDFs and
 * codes.txt, the codes a newcomer types at the counter (a code holds no personal data); a later start
 * finds the folder and prints nothing again.
 */
/**
 * The counter story of the demo town: a resident's papers and an internal list to stop at the
 * counter.
 */
final class DemoHandover {
  static final String FOLDER = "demo-prints";
  static final String CODES = "codes.txt";
  static final String PURPOSE = "card-issue";
  static final String CASE = "card-issue-demo";
  static final String LIST_TITLE = "カード発行一覧表";
  static final String PRINTER = "デモ市役所 本庁舎2階プリンター";
  static final int LISTED = 50;

  private DemoHandover() {}

  /** Prints the story's papers when the data folder has none yet; returns the codes file. */
  static Optional<Path> ensure(
      ApplicationContext context, DemoStory demo, Path data, PrintWriter err) throws IOException {
    Path folder = data.resolve(FOLDER);
    Path codes = folder.resolve(CODES);
    if (Files.exists(codes)) {
      return Optional.of(codes);
    }
    Entrustments entrustments = context.getBean(Entrustments.class);
    if (entrustments.purposes(DemoStory.TENANT).stream().noneMatch(p -> p.id().equals(PURPOSE))) {
      entrustments.addPurpose(
          new Purpose(
              DemoStory.TENANT,
              PURPOSE,
              "個人番号カードの交付",
              "番号法 第17条 (個人番号カードの交付)",
              // the demo's choice: the papers of a card handed over are kept a year after the case
              new Purpose.Retention(1, Purpose.Start.CASE_CLOSED)),
          demo.caller("city-admin"));
    }
    Principal staff = demo.as("city-staff");
    Why why = new Why(PURPOSE, CASE);
    List<AgencyToken> town = context.getBean(AccessGate.class).persons(staff, why, LISTED + 1);
    if (town.size() < LISTED + 1) {
      return Optional.empty(); // a town too small for the story
    }
    Printing printing = context.getBean(Printing.class);
    Printing.Press press = Printing.Press.on(PRINTER);
    AgencyToken resident = town.getFirst();
    Files.createDirectories(folder);
    Printing.Printout pickup = printing.pickup(staff, resident, why, Optional.empty(), press);
    pickup.write(folder.resolve("pickup-notice.pdf"));
    Printing.Printout papers =
        printing.notice(
            staff,
            resident,
            why,
            "個人番号カードの交付について",
            "個人番号カードをお渡しします。暗証番号の設定と、電子証明書の有効期限のご案内を同封しています。"
                + "カードは大切に保管し、暗証番号は他人に知られないようにしてください。"
                + "紛失したときは、個人番号カードコールセンターに連絡して一時利用停止を依頼してください。",
            press);
    papers.write(folder.resolve("card-papers.pdf"));
    Printing.Printout list =
        printing.list(
            staff,
            new ArrayList<>(town.subList(1, LISTED + 1)),
            why,
            LIST_TITLE,
            List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.POSTAL_CODE, Field.ADDRESS),
            press);
    list.write(folder.resolve("issuance-list.pdf"));
    Documents.Printed listed = list.documents().getFirst();
    // the first page is shredded and checked back in; the second never comes back
    context
        .getBean(Returns.class)
        .checkIn(staff, listed.pages().getFirst().shortCode(), Returns.Disposition.SHREDDED);
    StringBuilder text = new StringBuilder();
    text.append("# The demo's printed papers (issue 18); a code holds no personal data\n");
    text.append("resident ").append(resident.value()).append('\n');
    line(text, "pickup-notice.pdf", pickup.documents().getFirst(), "the resident's own code");
    line(text, "card-papers.pdf", papers.documents().getFirst(), "the resident's papers");
    line(text, "issuance-list.pdf", listed, "INTERNAL: page 1 shredded, page 2 not returned");
    OwnerOnly.createFile(codes);
    Files.writeString(codes, text, StandardCharsets.UTF_8);
    err.printf(
        "Demo town: printed the counter story's papers in %s (a pickup notice and the card's papers"
            + " for resident %s, and the INTERNAL %s of %d residents, its page 2 never returned);"
            + " the codes to type at /counter are in %s%n",
        folder, resident.value(), LIST_TITLE, LISTED, codes);
    err.flush();
    return Optional.of(codes);
  }

  private static void line(StringBuilder text, String file, Documents.Printed d, String what) {
    for (Documents.PageLabel page : d.pages()) {
      text.append(file)
          .append(" page ")
          .append(page.page())
          .append('/')
          .append(d.pages().size())
          .append("  ")
          .append(page.shortCode())
          .append("  ")
          .append(what)
          .append('\n');
    }
  }
}
