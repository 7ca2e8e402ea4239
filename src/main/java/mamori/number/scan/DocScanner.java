package mamori.number.scan;

import java.io.IOException;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * Scans a Word 97-2003 .doc file with POI's HWPF: body paragraphs ({@code paragraph N}; a table's
 * cells are paragraphs too, their cell marks breaking runs of digits), then footnotes, endnotes,
 * comments and text boxes ({@code footnote N}), then headers and footers ({@code header line N}).
 */
final class DocScanner {
  private DocScanner() {}

  /** Scans the Word document in {@code root}; the caller owns and closes its file system. */
  static void scan(DirectoryNode root, Judge judge) throws IOException {
    WordExtractor extractor = new WordExtractor(root);
    units(judge, extractor.getParagraphText(), "paragraph ");
    units(judge, extractor.getFootnoteText(), "footnote ");
    units(judge, extractor.getEndnoteText(), "endnote ");
    units(judge, extractor.getCommentsText(), "comment ");
    units(judge, extractor.getMainTextboxText(), "text box ");
    units(judge, extractor.getHeaderText().split("\r\n|\r|\n", -1), "header line ");
    units(judge, extractor.getFooterText().split("\r\n|\r|\n", -1), "footer line ");
  }

  private static void units(Judge judge, String[] texts, String where) {
    String previous = null;
    for (int i = 0; i < texts.length; i++) {
      int n = i + 1;
      previous = judge.judge(texts[i], previous, null, () -> where + n);
    }
  }
}
