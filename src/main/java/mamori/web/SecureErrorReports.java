package mamori.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/*
 * Tomcat answers some requests itself, before any filter of the application runs: a request line that
 * does not parse, a URI it refuses (an encoded slash, a bad percent escape), an error no page of the
 * application handled. Those answers come from the host's ErrorReportValve, and Spring Security's
 * header writers never see them. So the host gets this one valve instead of Tomcat's and Spring Boot's:
 * the same short page, no server version, no stack trace, with the same security headers every other
 * answer carries. It replaces the others just before the host starts, when every customizer has run.
 */
/**
 * Tomcat's own error pages carry the security headers too (Content-Security-Policy,
 * X-Content-Type-Options, X-Frame-Options, Referrer-Policy, Permissions-Policy).
 */
@Component
class SecureErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Container host = context.getParent();
      host.addLifecycleListener(event -> {
        if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
          for (Valve v : host.getPipeline().getValves()) {
            if (v instanceof ErrorReportValve && !(v instanceof HeaderedValve)) {
              host.getPipeline().removeValve(v);
            }
          }
          if (host instanceof StandardHost h) {
            h.setErrorReportValveClass(HeaderedValve.class.getName());
          }
          if (java.util.Arrays.stream(host.getPipeline().getValves())
              .noneMatch(v -> v instanceof HeaderedValve)) {
            host.getPipeline().addValve(new HeaderedValve());
          }
        }
      });
    });
  }

  /** Tomcat's error report, terse, with the security headers set before it is written. */
  static final class HeaderedValve extends ErrorReportValve {
    HeaderedValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      if (!response.isCommitted()) {
        secure(response);
      }
      super.report(request, response, throwable);
    }

    static void secure(Response response) {
      response.setHeader("Content-Security-Policy", WebSecurity.CSP);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "no-referrer");
      response.setHeader("Permissions-Policy", WebSecurity.PERMISSIONS);
    }
  }
}
