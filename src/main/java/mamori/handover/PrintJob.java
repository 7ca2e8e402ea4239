package mamori.handover;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.Why;
import mamori.identity.Principal;

/**
 * One print job: documents drawn one after another into one PDF by one user for one purpose, each
 * registered in {@link Documents} for the pages drawn and each page coded for its document. A
 * resident's document holds that resident alone, so a job's sheets never mix residents even when
 * its PDF holds the letters of many: each sheet's code names the one it is for.
 *
 * <p>The PRINT records of the persons on it are the caller's: reveal them through {@code
 * AccessGate.print} before drawing ({@link Printing} does).
 */
public final class PrintJob implements AutoCloseable {
  private final Documents documents;
  private final PagePdf pdf;
  private final Principal by;
  private final Why why;
  private final String printer;
  private final List<Documents.Printed> printed = new ArrayList<>();

  /**
   * A job printed by {@code by} for {@code why} on {@code printer} (a label such as 本庁舎2階プリンター,
   * stored with each document), in the font at {@code font}.
   *
   * @throws IOException when the font cannot be read
   */
  public PrintJob(Documents documents, Path font, Principal by, Why why, String printer)
      throws IOException {
    this.documents = documents;
    this.pdf = new PagePdf(font);
    this.by = by;
    this.why = why;
    this.printer = printer;
  }

  /**
   * Draws a document for one resident (a letter, a pickup notice or a notice) and registers it.
   *
   * @param expires until when a letter or pickup notice opens a handover; empty for a notice
   * @throws IllegalArgumentException when the title or a text is refused (a number, too long, a
   *     list's kind); nothing of the document is kept
   */
  public Documents.Printed resident(
      Documents.Kind kind,
      PersonToken person,
      String title,
      Optional<Instant> expires,
      PagePdf.Content content)
      throws IOException {
    Documents.Printed p =
        pdf.document(
            false,
            content,
            pages ->
                documents.register(
                    by.who(),
                    kind,
                    title,
                    Optional.of(person),
                    List.of(person),
                    pages,
                    why,
                    printer,
                    expires));
    printed.add(p);
    return p;
  }

  /**
   * Draws a list of persons, INTERNAL, and registers it with the persons on it.
   *
   * @throws IllegalArgumentException when the title or a text is refused, or no one is on it
   */
  public Documents.Printed list(List<PersonToken> persons, String title, PagePdf.Content content)
      throws IOException {
    if (persons.isEmpty()) {
      throw new IllegalArgumentException("a list holds at least one person");
    }
    Documents.Printed p =
        pdf.document(
            true,
            content,
            pages ->
                documents.register(
                    by.who(),
                    Documents.Kind.LIST,
                    title,
                    Optional.empty(),
                    persons,
                    pages,
                    why,
                    printer,
                    Optional.empty()));
    printed.add(p);
    return p;
  }

  /**
   * Pads each document of this job to an even number of pages (a coded blank page of its own), so
   * that printed on both sides no sheet holds two documents; for a job of several residents'
   * papers.
   */
  public PrintJob separateSheets() {
    pdf.separateSheets();
    return this;
  }

  /** The documents drawn so far, first first. */
  public List<Documents.Printed> printed() {
    return List.copyOf(printed);
  }

  /** The pages of the job. */
  public int pages() {
    return pdf.pages();
  }

  /** The job's PDF. */
  public byte[] bytes() throws IOException {
    return pdf.bytes();
  }

  /** What the job printed: its documents, its pages and its PDF. */
  public Printing.Printout printout() throws IOException {
    return new Printing.Printout(printed, pdf.pages(), pdf.bytes());
  }

  /** Writes the job's PDF to {@code out}, owner-only. */
  public void write(Path out) throws IOException {
    pdf.write(out);
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }
}
