package mamori.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import mamori.identity.Principal;
import mamori.work.DocumentType;
import mamori.work.Job;
import mamori.work.JobException;
import mamori.work.JobId;
import mamori.work.Jobs;
import mamori.work.LoadReport;
import mamori.work.NewJob;
import mamori.work.WorkRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/jobs/new} and {@code /console/jobs/{id}/documents}: the controller's security
 * officer or organisation admin creates a job and loads scans into it, and sees what became of each
 * file. Every act goes through {@link Jobs} (logged first). The list of jobs and a job's page are
 * the job pages' ({@code /console/jobs}, {@code /console/jobs/{id}}); these link to them.
 */
@Controller
class ConsoleJobsController {

  private final Jobs jobs;

  ConsoleJobsController(Jobs jobs) {
    this.jobs = jobs;
  }

  /** A type as offered in the form. */
  record TypeOption(String id, String name, int pages) {}

  @GetMapping("/console/jobs/new")
  ModelAndView form(@AuthenticationPrincipal @Nullable Principal principal) {
    Principal p = Pages.console(principal, WorkRoles.ADMINS);
    return newJob(p, null, "", "withholding-slip-entry", "withholding-slip", "", "");
  }

  private ModelAndView newJob(
      Principal p,
      @Nullable String error,
      String name,
      String purpose,
      String type,
      String deadline,
      String id) {
    ModelAndView mv = new ModelAndView("console/job-new");
    mv.addObject("area", "console");
    mv.addObject("error", error);
    mv.addObject("name", Pages.echo(name));
    mv.addObject("purpose", Pages.echo(purpose));
    mv.addObject("type", type);
    mv.addObject("deadline", Pages.echo(deadline));
    mv.addObject("id", Pages.echo(id));
    List<DocumentType> types = jobs.types(p);
    mv.addObject(
        "types",
        types.stream()
            .map(t -> new TypeOption(t.id(), t.nameJa() + " / " + t.nameEn(), t.pages()))
            .toList());
    return mv;
  }

  @PostMapping("/console/jobs/new")
  ModelAndView create(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String purpose,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String deadline,
      @RequestParam(defaultValue = "") String id) {
    Principal p = Pages.console(principal, WorkRoles.ADMINS);
    Job job;
    try {
      if (!id.isBlank() && !JobId.isValid(id.strip())) {
        throw new IllegalArgumentException("a job id is 1 to 32 of a-z, 0-9 and '-'");
      }
      job =
          jobs.create(
              p,
              new NewJob(
                  name,
                  purpose.strip(),
                  type.strip(),
                  NewJob.deadline(deadline),
                  id.isBlank() ? Optional.empty() : Optional.of(new JobId(id.strip()))));
    } catch (JobException | IllegalArgumentException e) {
      if (e instanceof JobException j && j.kind() == JobException.Kind.REFUSED) {
        throw PageRefusal.forbidden();
      }
      ModelAndView mv =
          newJob(p, String.valueOf(e.getMessage()), name, purpose, type, deadline, id);
      mv.setStatus(HttpStatus.BAD_REQUEST);
      return mv;
    }
    return new ModelAndView("redirect:/console/jobs/" + job.id() + "/documents?created=1");
  }

  @GetMapping("/console/jobs/{id}/documents")
  ModelAndView documents(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String created) {
    Principal p = Pages.console(principal, WorkRoles.ADMINS);
    ModelAndView mv = page(p, find(p, id), List.of());
    mv.addObject("created", !created.isEmpty());
    return mv;
  }

  @PostMapping("/console/jobs/{id}/documents")
  ModelAndView upload(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) @Nullable List<MultipartFile> files)
      throws IOException {
    Principal p = Pages.console(principal, WorkRoles.ADMINS);
    Job job = find(p, id);
    List<MultipartFile> given =
        files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (given.isEmpty()) {
      ModelAndView mv = page(p, job, List.of());
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("error", "no file was chosen");
      return mv;
    }
    List<LoadReport> reports;
    try {
      reports = jobs.addDocuments(p, job.id(), JobsController.uploads(given));
    } catch (JobException e) {
      if (e.kind() == JobException.Kind.REFUSED) {
        throw PageRefusal.forbidden();
      }
      ModelAndView mv = page(p, job, List.of());
      mv.setStatus(
          e.kind() == JobException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
      mv.addObject("error", String.valueOf(e.getMessage()));
      return mv;
    }
    return page(p, job, reports);
  }

  private Job find(Principal p, String id) {
    if (!JobId.isValid(id)) {
      throw PageRefusal.notFound();
    }
    try {
      return jobs.job(p, new JobId(id));
    } catch (JobException e) {
      throw e.kind() == JobException.Kind.NOT_FOUND
          ? PageRefusal.notFound()
          : PageRefusal.forbidden();
    }
  }

  /** A file's line of the report. */
  record Line(String name, boolean loaded, String document, int pages, String reason) {}

  private ModelAndView page(Principal p, Job job, List<LoadReport> reports) {
    ModelAndView mv = new ModelAndView("console/job-documents");
    mv.addObject("area", "console");
    mv.addObject("job", job);
    mv.addObject("deadline", Pages.time(job.deadline()));
    mv.addObject("open", job.state() == Job.State.OPEN);
    mv.addObject(
        "lines",
        reports.stream()
            .map(r ->
                new Line(
                    r.name(),
                    r.loaded(),
                    r.document().map(Jobs::documentRef).orElse(""),
                    r.pages(),
                    r.refused()))
            .toList());
    long loaded = reports.stream().filter(LoadReport::loaded).count();
    mv.addObject("loaded", loaded);
    mv.addObject("refused", reports.size() - loaded);
    mv.addObject("reported", !reports.isEmpty());
    return mv;
  }
}
