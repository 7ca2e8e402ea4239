package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Bad arguments to serve and demo are refused before anything starts. */
class ServeCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    var cl = MamoriCommand.newCommandLine();
    var out = new StringWriter();
    var err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void portOutOfRange_isRefused() {
    Run r = run("serve", "--port", "70000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--port must be between 0 and 65535");
  }

  @Test
  void portThatIsNotANumber_isRefused() {
    assertThat(run("serve", "--port", "http").exit()).isEqualTo(2);
  }

  @Test
  void dbThatIsNotPostgres_isRefused() {
    Run r = run("serve", "--db", "jdbc:mysql://localhost/x", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("jdbc:postgresql://");
  }

  @Test
  void demoWithTooManyPersons_isRefused() {
    Run r = run("demo", "--persons", "5000000", "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--persons must be between 0 and 1000000");
    assertThat(run("demo", "--persons", "-1").exit()).isEqualTo(2);
  }

  @Test
  void unknownCommand_isAUsageError() {
    Run r = run("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void noCommand_isAUsageError() {
    Run r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command");
  }
}
