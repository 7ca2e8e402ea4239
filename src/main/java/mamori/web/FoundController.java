package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import mamori.handover.FoundReports;
import mamori.log.LogUnavailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /found}, open without sign-in: someone who received a page that is not theirs types its
 * code or uploads a photo of its QR code, and is told which office printed it and what to do
 * (return it, do not copy it), never whose it is. A real page becomes a report and an alert for the
 * office's security officer ({@link FoundReports}). Reports are throttled per address before the
 * body is read ({@link FoundGate}); a photo is read by {@link QrPhoto}.
 */
@Controller
class FoundController {
  static final String PATH = "/found";

  /** The most bytes of a report: a photo and the form's other fields. */
  static final long BODY_LIMIT = QrPhoto.MAX_BYTES + 64 * 1024L;

  /** The longest typed code looked at (a QR code's text is under a hundred characters). */
  static final int MAX_CODE = 400;

  private final FoundReports reports;

  FoundController(FoundReports reports) {
    this.reports = reports;
  }

  @GetMapping(PATH)
  String page(Model model) {
    model.addAttribute("code", "");
    return "found/found";
  }

  @PostMapping(PATH)
  String report(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("code", "");
    String scanned;
    if (photo != null && !photo.isEmpty()) {
      QrPhoto.Read read;
      try {
        read =
            photo.getSize() > QrPhoto.MAX_BYTES
                ? QrPhoto.Problem.TOO_LARGE
                : QrPhoto.read(bounded(photo));
      } catch (IOException e) {
        read = QrPhoto.Problem.NOT_AN_IMAGE;
      }
      switch (read) {
        case QrPhoto.Text t -> scanned = t.text();
        case QrPhoto.Problem p -> {
          return refused(response, model, problem(p), status(p));
        }
      }
    } else if (code.isBlank()) {
      return refused(response, model, "found.no-input", HttpStatus.BAD_REQUEST);
    } else {
      scanned = code.length() > MAX_CODE ? "" : code;
    }
    FoundReports.Answer answer;
    try {
      answer = reports.report(scanned, request.getRemoteAddr());
    } catch (LogUnavailableException e) {
      return refused(response, model, "found.unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    }
    switch (answer) {
      case FoundReports.Reported r -> {
        model.addAttribute("office", r.office());
        model.addAttribute("internal", r.internal());
        return "found/found";
      }
      case FoundReports.Typo _ -> {
        // the code comes back to be corrected: stripped, numbers masked, never a raw value
        model.addAttribute("code", Pages.echo(code.length() > 60 ? "" : code));
        return refused(response, model, "found.typo", HttpStatus.BAD_REQUEST);
      }
      case FoundReports.NotKnown _ -> {
        return refused(response, model, "found.unknown", HttpStatus.NOT_FOUND);
      }
    }
  }

  /**
   * The photo's bytes, read from its stream into a buffer of at most {@link QrPhoto#MAX_BYTES} + 1
   * (never more, whatever the part says its size is; one more byte tells a photo too large).
   */
  static byte[] bounded(MultipartFile photo) throws IOException {
    try (InputStream in = photo.getInputStream()) {
      return in.readNBytes(QrPhoto.MAX_BYTES + 1);
    }
  }

  private static String refused(
      HttpServletResponse response, Model model, String message, HttpStatus status) {
    response.setStatus(status.value());
    model.addAttribute("error", message);
    return "found/found";
  }

  private static String problem(QrPhoto.Problem p) {
    return switch (p) {
      case NOT_AN_IMAGE -> "found.photo.type";
      case TOO_LARGE -> "found.photo.large";
      case NO_CODE -> "found.photo.no-qr";
      case BUSY -> "found.busy";
    };
  }

  private static HttpStatus status(QrPhoto.Problem p) {
    return switch (p) {
      case NOT_AN_IMAGE, NO_CODE -> HttpStatus.BAD_REQUEST;
      case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
      case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
    };
  }
}
