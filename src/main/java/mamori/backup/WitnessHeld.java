package mamori.backup;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mamori.log.verify.Checkpoint;
import mamori.witness.WitnessAnswer;
import mamori.witness.WitnessEndpoint;

/*
 * Design. A restore must know the largest log its witnesses already cosigned, without a new
 * protocol. c2sp.org/tlog-witness gives it: an add-checkpoint whose old size is not the size the
 * witness holds is answered 409 with that size (text/x.tlog.size), and changes nothing. So the
 * backup's own newest checkpoint is offered with old size = its own size: a witness holding exactly
 * that size compares roots (the same: it cosigns again, which changes nothing; another root: a fork,
 * refused), and any other witness answers with the size it holds. This is what the log's own client
 * does after a restart.
 */
/** Asks a witness which size of a log it holds, by offering the backup's checkpoint. */
final class WitnessHeld {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final int MAX_ANSWER_BYTES = 64 * 1024;

  private WitnessHeld() {}

  /**
   * What a witness said.
   *
   * @param size the size it holds, -1 when unknown
   * @param problem empty when it answered with a size; else why the size is unknown, or "fork"
   */
  record Answer(long size, String problem) {
    boolean fork() {
      return problem.startsWith("fork");
    }
  }

  static Answer ask(WitnessEndpoint witness, String note, Checkpoint checkpoint) {
    String request = "old " + checkpoint.size() + "\n\n" + note;
    try {
      HttpResponse<InputStream> r =
          HTTP.send(
              HttpRequest.newBuilder(witness.addCheckpointUrl())
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(request, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      String body;
      try (InputStream in = r.body()) {
        // bounded as the log's own witness client reads: a size is a line, a refusal a few lines
        body = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
      }
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.statusCode() == 200) {
        return new Answer(checkpoint.size(), "");
      }
      if (r.statusCode() == 409
          && type.startsWith(WitnessAnswer.TREE_SIZE)
          && body.matches("(0|[1-9][0-9]{0,18})\n")) {
        return new Answer(Long.parseLong(body.strip()), "");
      }
      if (r.statusCode() == 409) {
        return new Answer(
            checkpoint.size(), "fork: it holds another root at size " + checkpoint.size());
      }
      String first = body.lines().findFirst().orElse("");
      return new Answer(
          -1, r.statusCode() + " " + (first.length() > 200 ? first.substring(0, 200) : first));
    } catch (IOException e) {
      return new Answer(-1, "unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "interrupted");
    }
  }
}
