package mamori.work;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/*
 * Design. A PDF page's size says nothing of the images it draws: a page of a few square centimetres
 * may draw an image that declares 20000×20000 pixels from a Flate stream of a few hundred kilobytes,
 * and the renderer decodes it whole. So before a page is rendered, everything the renderer could
 * reach from it (its resources, nested form XObjects, tiling patterns, Type 3 glyphs, annotation
 * appearances, soft masks) is walked as objects, without decoding an image, and every image
 * XObject's and inline image's declared width × height is weighed against the limit. Content streams
 * are decoded to find inline images, at most maxPageBytes of them each. The walk is bounded in
 * objects, so a file of a million tiny objects is refused rather than walked.
 *
 * Rendering never runs a PDF's scripts or actions, and never opens its attachments; still, a file
 * that carries JavaScript, an action that leaves the document (launch, submit, import, a remote
 * go-to), an opening action other than a plain go-to, or an embedded file is refused, so nothing
 * rides along into the job's records, and the officer learns the scan is not a plain scan.
 */
/** The checks on a PDF's content that bound the memory and the reach of rendering it. */
final class PdfContent {
  /** The most objects walked from one page, or in the whole document for actions. */
  static final int MAX_OBJECTS = 200_000;

  /** The images of a page may declare together at most this many times the limit of one. */
  static final int PAGE_IMAGES_FACTOR = 4;

  private static final Set<String> REFUSED_ACTIONS =
      Set.of("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "Rendition");

  /** Keys that lead away from what a page draws (to its parent, other pages, links). */
  private static final Set<COSName> NOT_DRAWN =
      Set.of(
          COSName.PARENT,
          COSName.P,
          COSName.DEST,
          COSName.A,
          COSName.getPDFName("Dests"),
          COSName.NEXT,
          COSName.PREV,
          COSName.FIRST,
          COSName.LAST,
          COSName.getPDFName("IRT"),
          COSName.getPDFName("Popup"));

  /** Container keys whose streams are content (drawn by operators, may hold inline images). */
  private static final Set<COSName> CONTENT_CONTAINERS =
      Set.of(
          COSName.getPDFName("CharProcs"),
          COSName.AP,
          COSName.N,
          COSName.getPDFName("R"),
          COSName.D);

  private PdfContent() {}

  /**
   * Refuses a document that carries JavaScript, an action that reaches outside it, an opening
   * action other than a go-to, or embedded files.
   */
  static void refuseActive(PDDocument doc) throws Intake.Refused {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    COSBase open = catalog.getDictionaryObject(COSName.getPDFName("OpenAction"));
    if (open instanceof COSDictionary d
        && !COSName.getPDFName("GoTo").equals(d.getCOSName(COSName.S))) {
      throw new Intake.Refused("is a PDF with an opening action (a scan has none)");
    }
    if (catalog.getDictionaryObject(COSName.getPDFName("AA")) != null) {
      throw new Intake.Refused("is a PDF with document actions (a scan has none)");
    }
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(doc.getDocument().getTrailer());
    while (!todo.isEmpty()) {
      COSBase b = deref(todo.pop());
      if (b == null || !seen.add(b)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new Intake.Refused("is a PDF of more than " + MAX_OBJECTS + " objects");
      }
      if (b instanceof COSDictionary d) {
        COSName s = d.getCOSName(COSName.S);
        if (s != null && REFUSED_ACTIONS.contains(s.getName()) || d.containsKey(COSName.JS)) {
          throw new Intake.Refused(
              "is a PDF with JavaScript or an outside action (a scan has none)");
        }
        if (d.containsKey(COSName.EMBEDDED_FILES)
            || d.containsKey(COSName.EF)
            || COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE))
            || COSName.getPDFName("FileAttachment").equals(d.getCOSName(COSName.SUBTYPE))) {
          throw new Intake.Refused("is a PDF with embedded files (a scan has none)");
        }
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
          todo.push(e.getValue());
        }
      } else if (b instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) {
          todo.push(a.get(i));
        }
      }
    }
  }

  /**
   * Refuses page {@code n} when an image it could draw declares more pixels than the limit, or its
   * images together more than {@link #PAGE_IMAGES_FACTOR} times it; no image is decoded.
   */
  static void refuseLargeImages(PDPage page, int n, Intake.Limits limits)
      throws Intake.Refused, IOException {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {page.getCOSObject(), null});
    long total = 0;
    while (!todo.isEmpty()) {
      Object[] next = todo.pop();
      COSBase b = deref((COSBase) next[0]);
      COSName key = (COSName) next[1];
      if (b == null || !seen.add(b)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new Intake.Refused("page " + n + " draws more than " + MAX_OBJECTS + " objects");
      }
      if (b instanceof COSStream s) {
        if (COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
          total += image(n, s.getLong(COSName.WIDTH, -1), s.getLong(COSName.HEIGHT, -1), limits);
        } else if (COSName.CONTENTS.equals(key)
            || COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE))
            || s.getInt(COSName.PATTERN_TYPE) == 1
            || CONTENT_CONTAINERS.contains(key)) {
          total += inlineImages(n, s, limits);
        }
      }
      if (total > limits.maxPixels() * PAGE_IMAGES_FACTOR) {
        throw new Intake.Refused(
            "page "
                + n
                + " draws images of more than "
                + limits.maxPixels() * PAGE_IMAGES_FACTOR / 1_000_000
                + " megapixels together (refused before decoding)");
      }
      if (b instanceof COSDictionary d) {
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
          if (!NOT_DRAWN.contains(e.getKey())) {
            todo.push(new Object[] {e.getValue(), e.getKey()});
          }
        }
      } else if (b instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) {
          todo.push(new Object[] {a.get(i), key});
        }
      }
    }
  }

  private static long image(int n, long w, long h, Intake.Limits limits) throws Intake.Refused {
    if (w < 1 || h < 1 || w * h > limits.maxPixels()) {
      throw new Intake.Refused(
          "page "
              + n
              + " draws an image that declares "
              + w
              + "×"
              + h
              + " pixels, over "
              + limits.maxPixels() / 1_000_000
              + " megapixels (refused before decoding)");
    }
    return w * h;
  }

  /** The pixels the inline images of content stream {@code s} declare together. */
  private static long inlineImages(int n, COSStream s, Intake.Limits limits)
      throws Intake.Refused, IOException {
    byte[] content;
    try (InputStream in = s.createInputStream()) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPageBytes() + 1));
    }
    if (content.length > limits.maxPageBytes()) {
      throw new Intake.Refused(
          "page " + n + " has a content stream of more than " + limits.maxPageBytes() + " bytes");
    }
    long total = 0;
    PDFStreamParser parser = new PDFStreamParser(content);
    for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
      if (token instanceof Operator op && "BI".equals(op.getName())) {
        COSDictionary params = op.getImageParameters();
        if (params != null) {
          total +=
              image(
                  n,
                  params.getLong(COSName.W, params.getLong(COSName.WIDTH, -1)),
                  params.getLong(COSName.H, params.getLong(COSName.HEIGHT, -1)),
                  limits);
        }
      }
    }
    return total;
  }

  private static COSBase deref(COSBase b) {
    return b instanceof COSObject o ? o.getObject() : b;
  }
}
