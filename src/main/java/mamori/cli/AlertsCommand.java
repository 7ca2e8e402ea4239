package mamori.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import mamori.VaultSession;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.detect.AlertChannels;
import mamori.detect.AlertHandling;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.store.ClockConfiguration;
import mamori.store.TenantSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mamori alerts ...}: the tenant's security alerts for the signed-in security officer (who
 * acknowledges, assigns and closes them, and sets where they are sent) or auditor (who reads),
 * under the same rules as the console and the API ({@link AlertHandling}).
 */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description =
        "List, show, acknowledge, assign and close a tenant's security alerts as the signed-in"
            + " officer; set the mail recipients and the SIEM webhook they are sent to.",
    subcommands = {
      AlertsCommand.ListAlerts.class,
      AlertsCommand.Show.class,
      AlertsCommand.Acknowledge.class,
      AlertsCommand.Assign.class,
      AlertsCommand.Close.class,
      AlertsCommand.Mail.class,
      AlertsCommand.Webhook.class
    })
final class AlertsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try 'mamori alerts --help'");
  }

  /** Runs {@code work} as the signed-in user of {@code tenant} (theirs when null). */
  static int with(
      CommandSpec spec,
      StoreOptions store,
      @Nullable String tenant,
      java.util.function.BiFunction<AlertHandling, Principal, Function<PrintWriter, Integer>>
          work) {
    try (VaultSession s = store.session()) {
      Clock clock = ClockConfiguration.systemClock();
      var ds = s.store.dataSource();
      AlertHandling handling =
          new AlertHandling(new SecurityAlerts(ds, clock), new Users(ds, clock), s.logs, clock);
      Principal p = LoginCommand.CliUser.require(s.store, spec, tenant);
      PrintWriter out = spec.commandLine().getOut();
      int code = work.apply(handling, p).apply(out);
      out.flush();
      return code;
    } catch (AlertHandling.Refused e) {
      throw new LoginCommand.CliUser.NotAllowed("role.not-allowed: " + e.getMessage());
    } catch (AlertHandling.Unknown | AlertHandling.Closed | AlertHandling.DecidedElsewhere e) {
      spec.commandLine().getErr().println("mamori: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static void line(PrintWriter out, SecurityAlerts.Alert a) {
    out.printf(
        "%-16s %-12s %-9s %-8s %-28s %s%n",
        a.id(),
        a.state().code(),
        a.severity().code(),
        a.raisedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        a.kind(),
        a.subject());
  }

  static void show(PrintWriter out, SecurityAlerts.Alert a) {
    out.printf("alert      %s%n", a.id());
    out.printf("state      %s%n", a.state().code());
    out.printf("kind       %s%n", a.kind());
    out.printf("severity   %s%n", a.severity().code());
    out.printf("subject    %s%n", a.subject());
    out.printf("detail     %s%n", mamori.core.NumberText.mask(a.detail()));
    out.printf("raised     %s%n", a.raisedAt());
    out.printf("evidence   %s%n", a.evidence());
    out.printf(
        "policy     %s%s%n", a.policy().code(), a.taken().isEmpty() ? "" : " (" + a.taken() + ")");
    if (a.acknowledgedAt() != null) {
      out.printf("acknowledged %s by %s%n", a.acknowledgedAt(), a.acknowledgedBy());
    }
    if (a.assignee() != null) {
      out.printf("assignee   %s%n", a.assignee());
    }
    if (a.closedAt() != null) {
      out.printf("closed     %s by %s: %s%n", a.closedAt(), a.closedBy(), a.closeReason());
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "The tenant's alerts, newest first: id, state, severity, raised, kind, subject.")
  static final class ListAlerts implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Option(names = "--state", paramLabel = "S", description = "open, acknowledged or closed.")
    @Nullable String state;

    @Option(names = "--severity", paramLabel = "V", description = "low, medium, high, critical.")
    @Nullable String severity;

    @Option(names = "--kind", paramLabel = "K", description = "e.g. detect.harvesting.")
    @Nullable String kind;

    @Option(names = "--limit", paramLabel = "N", description = "At most N (default 100).")
    int limit = 100;

    @Override
    public Integer call() {
      SecurityAlerts.State s =
          state == null
              ? null
              : SecurityAlerts.State.ofCode(state)
                  .orElseThrow(() ->
                      new ParameterException(
                          spec.commandLine(), "--state: open, acknowledged or closed"));
      Severity v =
          severity == null
              ? null
              : Severity.ofCode(severity)
                  .orElseThrow(() ->
                      new ParameterException(
                          spec.commandLine(), "--severity: low, medium, high or critical"));
      return with(
          spec,
          store,
          tenant,
          (h, p) ->
              out -> {
                List<SecurityAlerts.Alert> page = h.list(p, s, v, kind, null, limit).alerts();
                page.forEach(a -> line(out, a));
                if (page.isEmpty()) {
                  out.println("no alerts");
                }
                return 0;
              });
    }
  }

  /** The options every act on one alert takes. */
  abstract static class OnOne implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", paramLabel = "T", description = "Your tenant (checked).")
    @Nullable String tenant;

    @Parameters(index = "0", paramLabel = "ID")
    String id;
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "One alert in full.")
  static final class Show extends OnOne {
    @Override
    public Integer call() {
      return with(
          spec,
          store,
          tenant,
          (h, p) ->
              out -> {
                show(out, h.get(p, id));
                return 0;
              });
    }
  }

  @Command(
      name = "acknowledge",
      mixinStandardHelpOptions = true,
      description = "Acknowledges an open alert (logged first).")
  static final class Acknowledge extends OnOne {
    @Override
    public Integer call() {
      return with(
          spec,
          store,
          tenant,
          (h, p) ->
              out -> {
                line(out, h.acknowledge(p, id));
                return 0;
              });
    }
  }

  @Command(
      name = "assign",
      mixinStandardHelpOptions = true,
      description = "Assigns an open alert to a security officer of the tenant (logged first).")
  static final class Assign extends OnOne {
    @Option(names = "--to", required = true, paramLabel = "USER")
    String to;

    @Override
    public Integer call() {
      if (!UserId.isValid(to)) {
        throw new ParameterException(spec.commandLine(), "--to: a user id");
      }
      return with(
          spec,
          store,
          tenant,
          (h, p) ->
              out -> {
                show(out, h.assign(p, id, new UserId(to)));
                return 0;
              });
    }
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description =
          "Closes an open alert with a reason of 1 to 500 characters, without a My Number"
              + " (logged first).")
  static final class Close extends OnOne {
    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    public Integer call() {
      return with(
          spec,
          store,
          tenant,
          (h, p) ->
              out -> {
                show(out, h.close(p, id, reason));
                return 0;
              });
    }
  }

  @Command(
      name = "mail",
      mixinStandardHelpOptions = true,
      description =
          "Sets who receives the tenant's alerts by mail (the SMTP server is the service's"
              + " mamori.alerts.mail.* settings).")
  static final class Mail implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "ADDRESS", arity = "1..20")
    List<String> to;

    @Override
    public Integer call() {
      TenantId t = SettingsCommand.tenant(spec, tenant);
      try (VaultSession s = store.session()) {
        var p =
            LoginCommand.CliUser.officerOf(
                s, tenant, mamori.core.Action.SETTING_SET, "alerts.mail.to");
        AlertChannels.checkAddresses(to);
        LoginCommand.CliUser.log(
            s.logs,
            p,
            mamori.core.Action.SETTING_SET,
            "alerts.mail.to",
            mamori.core.Outcome.allowed());
        new AlertChannels(new TenantSettings(s.store.dataSource()), s.keys).setMail(t, to);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      spec.commandLine().getErr().printf("alerts of %s are mailed to %s%n", tenant, to);
      spec.commandLine().getErr().flush();
      return 0;
    }
  }

  @Command(
      name = "webhook",
      mixinStandardHelpOptions = true,
      description =
          "Sets the URL the tenant's alerts are posted to, signed (docs/security.md), and prints"
              + " the new signing secret once: give it to the SIEM; Mamori keeps it sealed and never"
              + " shows it again.")
  static final class Webhook implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--tenant", required = true, paramLabel = "T")
    String tenant;

    @Parameters(paramLabel = "URL")
    String url;

    @Override
    public Integer call() {
      TenantId t = SettingsCommand.tenant(spec, tenant);
      String secret;
      try (VaultSession s = store.session()) {
        var p =
            LoginCommand.CliUser.officerOf(
                s, tenant, mamori.core.Action.SETTING_SET, "alerts.webhook.url");
        AlertChannels.checkUrl(url);
        LoginCommand.CliUser.log(
            s.logs,
            p,
            mamori.core.Action.SETTING_SET,
            "alerts.webhook.url",
            mamori.core.Outcome.allowed());
        secret =
            new AlertChannels(new TenantSettings(s.store.dataSource()), s.keys, allowPrivate())
                .setWebhook(t, url);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("alerts of %s are posted to %s%n", tenant, url);
      out.printf("signing secret (shown once; give it to the SIEM only):%n  %s%n", secret);
      out.flush();
      return 0;
    }

    /**
     * The operator's mamori.alerts.webhook.allow-private, as the service reads it (default false).
     */
    static boolean allowPrivate() {
      String v =
          System.getProperty(
              "mamori.alerts.webhook.allow-private",
              System.getenv("MAMORI_ALERTS_WEBHOOK_ALLOW_PRIVATE"));
      return "true".equalsIgnoreCase(v == null ? "" : v.strip());
    }
  }
}
