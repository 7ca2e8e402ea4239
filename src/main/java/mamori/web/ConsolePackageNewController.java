package mamori.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mamori.access.AccessException;
import mamori.core.Field;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.transfer.PackageFolder;
import mamori.transfer.PackageRefused;
import mamori.transfer.Packages;
import mamori.transfer.Recipients;
import mamori.transfer.Releases;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/packages/new}: the tenant's own staff make a package for a registered recipient
 * on one form (recipient, purpose and case, whose persons, which fields, expiry, online or
 * offline), through {@link Packages#create} as {@code POST /api/v1/packages} does; the answer links
 * the file's download ({@code /console/packages/{id}/file}, for its maker and the security officer
 * only). A refusal is shown with its reason, bad input with what is wrong; nothing is made then.
 */
@Controller
class ConsolePackageNewController {
  /** Who may make a package here: the staff who work on person data. */
  static final Set<Role> MAKERS = Set.of(Role.STAFF, Role.OPERATOR);

  /** Who may download one: its maker, and the security officer. */
  static final Set<Role> DOWNLOADERS = Set.of(Role.STAFF, Role.OPERATOR, Role.SECURITY_OFFICER);

  private final Packages packages;
  private final Releases releases;
  private final PackageFolder folder;
  private final Recipients recipients;
  private final Reasons reasons;

  ConsolePackageNewController(
      Packages packages,
      Releases releases,
      PackageFolder folder,
      Recipients recipients,
      Reasons reasons) {
    this.packages = packages;
    this.releases = releases;
    this.folder = folder;
    this.recipients = recipients;
    this.reasons = reasons;
  }

  /** A recipient the form offers, with its key's fingerprint as words. */
  record Offered(String id, String name, String words) {}

  /** What was made: shown with its download link. */
  record Made(String id, long persons, String sha256, String words, String download) {}

  @GetMapping("/console/packages/new")
  ModelAndView form(@AuthenticationPrincipal @Nullable Principal principal) {
    Principal p = Pages.console(principal, MAKERS);
    return page(p, Map.of());
  }

  @PostMapping("/console/packages/new")
  ModelAndView create(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam MultiValueMap<String, String> form,
      Locale locale)
      throws IOException {
    Principal p = Pages.console(principal, MAKERS);
    String selection = one(form, "selection");
    String set = one(form, "persons");
    Packages.Created made;
    try {
      made =
          PackagesController.make(
              packages,
              folder,
              p,
              PackagesController.newPackage(
                  one(form, "to"),
                  one(form, "purpose"),
                  one(form, "case"),
                  selection.equals("set") ? set : null,
                  selection.equals("job") ? set : null,
                  selection.equals("all"),
                  form.getOrDefault("fields", List.of()),
                  one(form, "expires"),
                  form.containsKey("offline")));
    } catch (AccessException refused) {
      return refusal(p, form, HttpStatus.FORBIDDEN, reasons.text(refused.reason(), locale));
    } catch (PackageRefused refused) {
      return refusal(
          p,
          form,
          refused.reason() == mamori.core.Reason.PACKAGE_FIELDS
              ? HttpStatus.BAD_REQUEST
              : HttpStatus.FORBIDDEN,
          reasons.text(refused.reason(), locale));
    } catch (mamori.core.Why.Invalid invalid) {
      return invalid(p, form, invalid.problem().message());
    } catch (InvalidRequest invalid) {
      return invalid(p, form, invalid.text());
    } catch (IllegalArgumentException | mamori.transfer.TransferSettings.ReleaseUrlUnset invalid) {
      return invalid(p, form, String.valueOf(invalid.getMessage()));
    }
    ModelAndView mv = page(p, Map.of());
    mv.setStatus(HttpStatus.CREATED);
    mv.addObject(
        "made",
        new Made(
            made.id(),
            made.persons(),
            made.sha256(),
            made.recipient().words(),
            "/console/packages/" + made.id() + "/file"));
    return mv;
  }

  @GetMapping("/console/packages/{id}/file")
  ResponseEntity<Resource> file(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String id) {
    Principal p = Pages.console(principal, DOWNLOADERS);
    return PackagesController.download(releases, folder, p, id).orElseThrow(PageRefusal::notFound);
  }

  private ModelAndView refusal(
      Principal p, MultiValueMap<String, String> form, HttpStatus status, String text) {
    ModelAndView mv = page(p, form.toSingleValueMap());
    mv.setStatus(status);
    mv.addObject("refusal", text);
    return mv;
  }

  private ModelAndView invalid(Principal p, MultiValueMap<String, String> form, String text) {
    ModelAndView mv = page(p, form.toSingleValueMap());
    mv.setStatus(HttpStatus.BAD_REQUEST);
    mv.addObject("invalid", Pages.echo(text));
    return mv;
  }

  private ModelAndView page(Principal p, Map<String, String> values) {
    ModelAndView mv = new ModelAndView("console/package-new");
    mv.addObject(
        "recipients",
        recipients.list(p.tenantId()).stream()
            .filter(r -> r.state() == Recipients.State.ACTIVE)
            .map(r -> new Offered(r.id(), r.name(), r.words()))
            .toList());
    mv.addObject("fields", Arrays.stream(Field.values()).map(Field::column).toList());
    mv.addObject(
        "required",
        mamori.vault.PersonCsvReader.requiredFields().stream().map(Field::column).toList());
    // what was typed comes back masked: a number in any field is never shown again
    Map<String, String> shown = new java.util.HashMap<>();
    values.forEach((k, v) -> shown.put(k, Pages.echo(v)));
    mv.addObject("values", shown);
    return mv;
  }

  private static String one(MultiValueMap<String, String> form, String name) {
    String v = form.getFirst(name);
    return v == null ? "" : v;
  }
}
