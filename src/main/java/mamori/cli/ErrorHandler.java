package mamori.cli;

import java.util.Objects;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one clear line and exit code 2. Messages come from our
 * own code, which never puts a full number in one; no stack trace is printed unless MAMORI_DEBUG is
 * set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    cl.getErr().println("mamori: " + mamori.number.Masking.maskNumbers(message(e)));
    if (System.getenv("MAMORI_DEBUG") != null) {
      e.printStackTrace(cl.getErr());
    }
    return 2;
  }

  /**
   * A usage error: the reason (with any number the user typed masked) and the usage, exit 2.
   * Picocli's own handler would echo the argument as typed, which may be a full number.
   */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr()
        .println(
            mamori.number.Masking.maskNumbers(
                Objects.requireNonNullElse(e.getMessage(), "bad usage")));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cl.getErr())) {
      cl.usage(cl.getErr());
    }
    return 2;
  }

  /**
   * Our own exceptions say what went wrong in their message. A failure wrapped by a framework
   * (Spring's start-up nests a port already in use many levels deep) is told by its innermost
   * cause.
   */
  static String message(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null
        && t.getCause() != t
        && t.getClass().getName().startsWith("org.springframework")) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
