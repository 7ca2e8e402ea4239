package mamori.web;

import java.util.Locale;
import mamori.access.AccessException;
import mamori.core.Reason;
import mamori.entrustment.EntrustmentException;
import mamori.identity.Principal;
import mamori.log.LogUnavailableException;
import mamori.vault.VaultException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * The refusals and failures of the console and desk pages as a page with a friendly sentence and
 * the right status: 403 for a refusal, 404 for what the caller cannot know of, 503 when the log
 * cannot record. No exception's message is ever shown, so nothing a caller typed comes back.
 */
@ControllerAdvice(
    assignableTypes = {
      ConsoleDashboardController.class,
      ConsolePagesOutController.class,
      ConsoleAlertsController.class,
      ConsolePersonsController.class,
      ConsoleEntrustmentsController.class,
      ConsoleLogController.class,
      ConsoleUsersController.class,
      ConsoleRegistryController.class,
      ConsoleEntrustmentNewController.class,
      ConsoleIncidentsController.class,
      ConsoleJobsController.class,
      ConsoleJobPagesController.class,
      DeskController.class,
      DeskWorkController.class,
      AccountController.class,
      PortalHistoryController.class,
      ConsoleIncidentReportController.class,
      PortalNoticesController.class,
      ConsoleTransferController.class,
      ConsolePackageNewController.class,
      CounterController.class,
      CounterReturnsController.class,
      ConsoleFoundController.class,
      ConsoleRetentionController.class,
      ConsoleRetentionActionsController.class
    })
class PageAdvice {
  private final Reasons reasons;
  private final MessageSource messages;

  PageAdvice(Reasons reasons, MessageSource messages) {
    this.reasons = reasons;
    this.messages = messages;
  }

  /** Every page shows who is signed in. */
  @ModelAttribute("me")
  @Nullable Principal me(@AuthenticationPrincipal @Nullable Principal p) {
    return p;
  }

  /** Which of the console's links a role-limited page the caller may follow. */
  record Nav(boolean jobs, boolean alerts, boolean incidents, boolean packages) {}

  /**
   * The navigation's links to pages only some roles may enter, shown by the rule each page's
   * controller enters by ({@link Pages#mayEnter}), so a link is never shown to a caller its page
   * refuses, nor hidden from one it lets in.
   */
  @ModelAttribute("nav")
  Nav nav(@AuthenticationPrincipal @Nullable Principal p) {
    return new Nav(
        Pages.mayEnter(p, mamori.work.WorkRoles.READERS),
        Pages.mayEnter(p, ConsoleAlertsController.READERS),
        Pages.mayEnter(p, ConsoleIncidentsController.READERS),
        Pages.mayEnter(p, ConsoleTransferController.MANAGERS));
  }

  /**
   * Whether the navigation links the counter ({@code /counter}), by the rule its page enters by.
   */
  @ModelAttribute("navCounter")
  boolean navCounter(@AuthenticationPrincipal @Nullable Principal p) {
    return Pages.mayEnter(p, mamori.handover.Counter.ROLES);
  }

  /**
   * Whether the navigation links the found-page reports ({@code /console/found}), by the rule its
   * page enters by.
   */
  @ModelAttribute("navFound")
  boolean navFound(@AuthenticationPrincipal @Nullable Principal p) {
    return Pages.mayEnter(p, mamori.handover.FoundReports.DECIDERS);
  }

  /**
   * Whether the navigation links the deletion runs ({@code /console/retention}), by the rule its
   * page enters by.
   */
  @ModelAttribute("navRetention")
  boolean navRetention(@AuthenticationPrincipal @Nullable Principal p) {
    return Pages.mayEnter(p, ConsoleRetentionController.READERS);
  }

  @ExceptionHandler
  ModelAndView refused(PageRefusal e, Locale locale) {
    return page(e.status(), messages.getMessage(e.messageKey(), null, locale));
  }

  @ExceptionHandler
  ModelAndView refused(AccessException e, Locale locale) {
    return e.notFound()
        ? page(HttpStatus.NOT_FOUND, messages.getMessage("console.error.not-found", null, locale))
        : page(HttpStatus.FORBIDDEN, reasons.text(e.reason(), locale));
  }

  @ExceptionHandler
  ModelAndView refused(EntrustmentException e, Locale locale) {
    return e.reason() == Reason.ENTRUSTMENT_UNKNOWN
        ? page(HttpStatus.NOT_FOUND, messages.getMessage("console.error.not-found", null, locale))
        : page(HttpStatus.FORBIDDEN, reasons.text(e.reason(), locale));
  }

  @ExceptionHandler
  ModelAndView gone(VaultException e, Locale locale) {
    return page(
        HttpStatus.NOT_FOUND,
        messages.getMessage(
            e.reason() == VaultException.Reason.ERASED
                ? "console.error.erased"
                : "console.error.not-found",
            null,
            locale));
  }

  @ExceptionHandler
  ModelAndView logDown(LogUnavailableException e, Locale locale) {
    return page(
        HttpStatus.SERVICE_UNAVAILABLE,
        messages.getMessage("console.error.log-unavailable", null, locale));
  }

  @ExceptionHandler
  ModelAndView badPage(HistoryPage.Invalid e, Locale locale) {
    return page(
        HttpStatus.BAD_REQUEST, messages.getMessage("portal.history.bad-page", null, locale));
  }

  @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
  ModelAndView malformed(Exception e, Locale locale) {
    return page(
        HttpStatus.BAD_REQUEST, messages.getMessage("console.error.malformed", null, locale));
  }

  static ModelAndView page(HttpStatus status, String message) {
    ModelAndView mv = new ModelAndView("console/error");
    mv.setStatus(status);
    mv.addObject("status", status.value());
    mv.addObject("message", message);
    return mv;
  }
}
