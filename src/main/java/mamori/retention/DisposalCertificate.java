package mamori.retention;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import mamori.core.NumberText;
import mamori.core.TenantId;
import mamori.entrustment.Purpose;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/*
 * Design. A disposal certificate (廃棄証明書) is what a city files to show that a run deleted what it
 * says: the tenant, the run, the day it was drawn up as of, who proposed and who approved it, when it
 * ran, its counts, each purpose with its retention rule and its source, and the persons by token,
 * never a number or a name (every text drawn is checked for a number, whatever its origin).
 *
 * The list of persons is pinned by a hash printed on the first page: SHA-256 over the tokens of the
 * persons erased, in ascending order (as LC_ALL=C sort orders them), each followed by a line feed.
 * Anyone holding the store or the CSV can compute it again (docs/retention-records.md says how).
 *
 * The run is read twice by a database cursor, in that canonical order: first for the hash, the counts
 * per purpose and (for a large run) the CSV, then for the pages of the list. So the first page can
 * carry the hash, and nothing of the run is held in memory but the purposes' counts. A run of more than
 * LARGE persons gets no list in the PDF (it would be thousands of pages): the PDF holds the summary and
 * the hash, and the tokens go to a CSV beside it. Page numbers ("n / N") are drawn last, on each page
 * in a second content stream, once N is known. The PDF's objects are cached in a temporary file, not
 * on the heap.
 */
/**
 * The disposal certificate (廃棄証明書) of a deletion run: a PDF a city can file, and a CSV of tokens.
 */
public final class DisposalCertificate {
  /** Above this many persons the PDF holds the summary and the hash, and the tokens go to a CSV. */
  public static final int LARGE = 20_000;

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** Times as 2026年12月07日 14:30 (Japan): the kanji keep the digits apart (no run of twelve). */
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu年MM月dd日 HH:mm").withZone(JAPAN);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

  private final DeletionRecords records;
  private final Function<TenantId, String> tenantName;
  private final Function<TenantId, List<Purpose>> purposes;

  /**
   * @param tenantName the tenant's name as printed (the city), its id when it has none
   * @param purposes the tenant's registered purposes, for their names and retention rules
   */
  public DisposalCertificate(
      DeletionRecords records,
      Function<TenantId, String> tenantName,
      Function<TenantId, List<Purpose>> purposes) {
    this.records = records;
    this.tenantName = tenantName;
    this.purposes = purposes;
  }

  /** What was written: the PDF, the CSV beside it for a large run, the hash and the pages. */
  public record Written(Path pdf, Optional<Path> csv, String sha256, int pages, int erased) {}

  /** A rendered PDF, with the hash of its token list and its page count. */
  public record Rendered(byte[] pdf, String sha256, int pages, int erased, boolean large) {}

  /** Whether the certificate of {@code run} leaves its tokens to a CSV. */
  public static boolean large(DeletionRecords.Run run) {
    return run.persons() > LARGE;
  }

  /**
   * Writes {@code <run>.pdf} into {@code folder}, and for a large run {@code <run>-tokens.csv}
   * beside it, each to a temporary file first and then moved into place.
   *
   * @return empty when the tenant has no such run
   * @throws IOException when the font is missing or a file cannot be written
   */
  public Optional<Written> write(TenantId tenant, String runId, Path folder, Path font)
      throws IOException {
    Optional<DeletionRecords.Run> found = records.run(tenant, runId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DeletionRecords.Run run = found.get();
    Files.createDirectories(folder);
    Optional<Path> csv = Optional.empty();
    Summary summary;
    if (large(run)) {
      Path out = folder.resolve(runId + "-tokens.csv");
      Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
      try (Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
        summary = summarise(run, w);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      csv = Optional.of(out);
    } else {
      summary = summarise(run, null);
    }
    Path pdf = folder.resolve(runId + ".pdf");
    Path tmp = pdf.resolveSibling(pdf.getFileName() + ".tmp");
    int pages;
    try (OutputStream out = Files.newOutputStream(tmp)) {
      pages = draw(run, summary, out, font);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return Optional.of(new Written(pdf, csv, summary.sha256, pages, summary.erased));
  }

  /**
   * The PDF of a run (for a large run the summary and the hash, without the list), drawn in memory
   * for a download.
   *
   * @return empty when the tenant has no such run
   */
  public Optional<Rendered> render(TenantId tenant, String runId, Path font) throws IOException {
    Optional<DeletionRecords.Run> found = records.run(tenant, runId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DeletionRecords.Run run = found.get();
    Summary summary = summarise(run, null);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int pages = draw(run, summary, out, font);
    return Optional.of(
        new Rendered(out.toByteArray(), summary.sha256, pages, summary.erased, large(run)));
  }

  /**
   * Writes the run's persons as CSV ({@link #CSV_HEADER}, then a line a person in the canonical
   * order), read by a database cursor.
   *
   * @return the hash of the token list, as the certificate prints it
   */
  public String csv(TenantId tenant, String runId, Writer out) throws IOException {
    DeletionRecords.Run run =
        records.run(tenant, runId).orElseThrow(() -> new IllegalArgumentException("no such run"));
    return summarise(run, out).sha256;
  }

  /** The first line of the CSV of tokens. */
  public static final String CSV_HEADER = "token,disposal,state,purposes,kept_reason,done_at";

  /** What the first pass over a run finds. */
  private static final class Summary {
    final Map<String, int[]> perPurpose = new TreeMap<>();
    int erased;
    int listed;
    String sha256 = "";
  }

  private Summary summarise(DeletionRecords.Run run, @Nullable Writer csv) throws IOException {
    MessageDigest sha = sha256();
    Summary s = new Summary();
    if (csv != null) {
      csv.write(CSV_HEADER + "\n");
    }
    try {
      records.eachPerson(
          run.tenant(),
          run.runId(),
          p -> {
            s.listed++;
            boolean erased = p.state() == DeletionRecords.PersonState.ERASED;
            if (erased) {
              s.erased++;
              sha.update((p.token().value() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            boolean kept = p.state() == DeletionRecords.PersonState.KEPT;
            for (String purpose : p.purposes()) {
              int[] c = s.perPurpose.computeIfAbsent(purpose, k -> new int[3]);
              // due and erasing persons (a run not finished) are neither erased nor kept
              if (erased || kept) {
                c[erased ? (p.disposal() == Purpose.Disposal.RECORD ? 0 : 1) : 2]++;
              }
            }
            if (csv != null) {
              try {
                csv.write(csvLine(p));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    s.sha256 = HexFormat.of().formatHex(sha.digest());
    return s;
  }

  static String csvLine(DeletionRecords.Person p) {
    String line =
        p.token().value()
            + ","
            + p.disposal().name()
            + ","
            + p.state().code()
            + ",\""
            + String.join(",", p.purposes())
            + "\","
            + quote(p.keptReason().orElse(""))
            + ","
            + p.doneAt().map(Instant::toString).orElse("")
            + "\n";
    NumberText.refuseNumberIn("a line of the token list", line);
    return line;
  }

  private static String quote(String text) {
    return text.isEmpty() ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private int draw(DeletionRecords.Run run, Summary summary, OutputStream out, Path font)
      throws IOException {
    if (!Files.isReadable(font)) {
      throw new IOException(
          "the certificate needs a Japanese font at "
              + font
              + ": apt-get install fonts-ipaexfont-gothic, or give another TrueType font");
    }
    try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PDType0Font f = PDType0Font.load(doc, font.toFile());
      try (CertificatePages pages = new CertificatePages(doc, f)) {
        Map<String, Integer> refs = front(pages, run, summary);
        if (!large(run) && summary.listed > 0) {
          list(pages, run, refs);
        }
      }
      int n = doc.getNumberOfPages();
      for (int i = 0; i < n; i++) {
        CertificatePages.foot(
            doc, doc.getPage(i), f, "廃棄証明書　実行 " + run.runId() + "　ページ " + (i + 1) + " / " + n);
      }
      doc.save(out);
      return n;
    }
  }

  /**
   * The first pages: the run, its counts, the hash, the statement, the purposes and their rules.
   */
  private Map<String, Integer> front(CertificatePages p, DeletionRecords.Run run, Summary summary)
      throws IOException {
    p.text("廃棄証明書", 20);
    p.text("Certificate of disposal of personal data (specific personal information)", 9);
    p.gap(8);
    if (run.state() != Model.RunState.DONE) {
      p.text("この実行は完了していません（状態: " + run.state().code() + "）。本書は削除予定の一覧であり、廃棄の証明ではありません。", 10);
      p.gap(4);
    }
    List<String[]> facts = new ArrayList<>();
    facts.add(
        new String[] {"団体", tenantName.apply(run.tenant()) + "（" + run.tenant().value() + "）"});
    facts.add(new String[] {"実行", run.runId()});
    facts.add(new String[] {"基準日", DAY.format(run.asOf())});
    facts.add(new String[] {"状態", run.state().code()});
    facts.add(
        new String[] {"提案", run.proposedBy().value() + "　" + MINUTE.format(run.proposedAt())});
    facts.add(
        new String[] {
          "承認",
          run.approvedBy()
              .map(u -> u.value() + "　" + run.approvedAt().map(MINUTE::format).orElse(""))
              .orElse(run.standing() ? "常設承認（目的ごとの承認による）" : "（未承認）")
        });
    facts.add(new String[] {"開始", run.startedAt().map(MINUTE::format).orElse("-")});
    facts.add(new String[] {"終了", run.finishedAt().map(MINUTE::format).orElse("-")});
    if (run.cancelledBy().isPresent()) {
      facts.add(
          new String[] {
            "取消",
            run.cancelledBy().get().value() + "　" + run.cancelledAt().map(MINUTE::format).orElse("")
          });
    }
    facts.add(new String[] {"対象者", run.persons() + " 人"});
    facts.add(new String[] {"記録全体を削除", run.whole() + " 人"});
    facts.add(new String[] {"番号のみ削除", run.numberOnly() + " 人"});
    StringBuilder kept = new StringBuilder(run.kept() + " 人");
    for (DeletionRecords.Count c : records.keptReasons(run.tenant(), run.runId())) {
      kept.append("　").append(keptReason(c.key())).append(": ").append(c.count());
    }
    facts.add(new String[] {"保持（削除せず）", kept.toString()});
    for (String[] fact : facts) {
      p.fact(fact[0], fact[1]);
    }
    p.gap(8);
    p.text("削除した者のトークン一覧の SHA-256（" + summary.erased + " 件）", 10);
    // the hash is hexadecimal and may hold twelve decimal digits in a row: it is drawn as it is
    // (it is computed here, never typed), and is the one text the number check leaves alone
    p.hash(summary.sha256, 9);
    p.text(
        "削除した者のトークンを昇順（LC_ALL=C sort の順）に並べ、各行を改行（LF）で終えた UTF-8 の列の"
            + " SHA-256 です。保存されている記録またはトークンの CSV から同じ値を計算して照合できます。",
        8);
    p.gap(8);
    p.text("削除の方法", 11);
    p.text(
        "削除は暗号学的に行われ、元に戻せません。記録全体の削除では、その者のデータ鍵を破棄（シュレッド）し、"
            + "暗号化された項目はどの複製・バックアップからも読めなくなります。番号のみの削除では、個人番号とその"
            + "検索用索引を取り除き、残りの項目を新しいデータ鍵で封印し直します。削除の記録（本書と実行の記録）は"
            + "機関別のトークン、目的と削除の種類のみを保持し、個人番号も氏名も保持しません。",
        9);
    p.text(
        "Deletion is cryptographic and irreversible: for a whole record the person's data key is"
            + " shredded; for a number-only disposal the number and its index are removed and the"
            + " remaining fields are sealed again under a fresh key. The deletion records hold"
            + " tokens, purposes and the kind of disposal, never a number or a name.",
        8);
    p.gap(8);
    p.text("目的ごとの保存期間と件数", 11);
    Map<String, Purpose> byId = new LinkedHashMap<>();
    for (Purpose pu : purposes.apply(run.tenant())) {
      byId.put(pu.id(), pu);
    }
    Map<String, Integer> refs = new LinkedHashMap<>();
    int ref = 0;
    for (Map.Entry<String, int[]> e : summary.perPurpose.entrySet()) {
      refs.put(e.getKey(), ++ref);
      Purpose pu = byId.get(e.getKey());
      int[] c = e.getValue();
      p.gap(3);
      p.text("[P" + ref + "] " + e.getKey() + "　" + (pu == null ? "（登録なし）" : pu.name()), 9.5f);
      if (pu != null) {
        Purpose.Retention r = pu.retention();
        p.text(
            "保存期間 "
                + r.years()
                + " 年、起算: "
                + start(r.from())
                + "、期間満了時に削除: "
                + (r.disposal() == Purpose.Disposal.RECORD ? "記録全体" : "個人番号のみ")
                + "、根拠: "
                + (r.source().isEmpty() ? "（記載なし）" : r.source()),
            8.5f,
            12);
      }
      p.text("記録全体を削除 " + c[0] + " 人、番号のみ削除 " + c[1] + " 人、保持・未実施 " + c[2] + " 人", 8.5f, 12);
    }
    if (large(run)) {
      p.gap(8);
      p.text(
          "対象者が "
              + LARGE
              + " 人を超えるため、トークンの一覧は本書に含めず、同じ場所の "
              + run.runId()
              + "-tokens.csv に書き出しています（上の SHA-256 で照合できます）。",
          9);
    }
    return refs;
  }

  private static String start(Purpose.Start from) {
    return switch (from) {
      case CASE_CLOSED -> "事案の終了の翌日";
      case AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE -> "提出期限の翌年1月11日";
    };
  }

  /** The persons by token, three columns a page, in the canonical order. */
  private void list(CertificatePages p, DeletionRecords.Run run, Map<String, Integer> refs)
      throws IOException {
    p.newPage();
    p.text("対象者の一覧（トークン順）", 11);
    p.text("種類: 記録＝記録全体を削除、番号＝個人番号のみ削除、保持＝削除せず、予定＝未実施。目的は上の [Pn] で示します。", 7.5f);
    p.gap(4);
    try {
      records.eachPerson(
          run.tenant(),
          run.runId(),
          person -> {
            StringBuilder purposes = new StringBuilder();
            for (String pu : person.purposes()) {
              if (!purposes.isEmpty()) {
                purposes.append(',');
              }
              purposes.append('P').append(refs.getOrDefault(pu, 0));
            }
            String kind =
                switch (person.state()) {
                  case ERASED -> person.disposal() == Purpose.Disposal.RECORD ? "記録" : "番号";
                  case KEPT -> "保持";
                  case DUE -> "予定";
                  // a batch under way when the run stopped: not erased as far as the records say
                  case ERASING -> "削除中";
                };
            try {
              p.cell(person.token().value(), kind, purposes.toString());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A kept reason as the certificate names it: the codes the runs write, in Japanese. */
  static String keptReason(String code) {
    return switch (code) {
      case "held" -> "保全中";
      case "not-due" -> "期限未到来";
      case "erased-already" -> "削除済み";
      case "unknown" -> "不明";
      case "" -> "理由なし";
      default -> code;
    };
  }
}
