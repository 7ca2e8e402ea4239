package mamori.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one clear line and exit code 2. Messages come from our own
 * code, which never puts a full number in one; no stack trace is printed unless MAMORI_DEBUG is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cl.getErr().println("mamori: " + message);
    if (System.getenv("MAMORI_DEBUG") != null) {
      e.printStackTrace(cl.getErr());
    }
    return 2;
  }
}
