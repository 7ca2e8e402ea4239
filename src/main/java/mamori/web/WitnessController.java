package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import mamori.witness.Witness;
import mamori.witness.WitnessAnswer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /witness/add-checkpoint} of c2sp.org/tlog-witness in the web app: machine to machine,
 * open without sign-in and exempt from CSRF (the signature on the checkpoint is the only
 * authentication the protocol has). The answer is written as bytes so that its Content-Type, such
 * as {@code text/x.tlog.size}, goes out exactly as the spec asks, without a charset added.
 */
@RestController
class WitnessController {
  private final ObjectProvider<Witness> witness;

  WitnessController(ObjectProvider<Witness> witness) {
    this.witness = witness;
  }

  @PostMapping(Witness.ADD_CHECKPOINT_PATH)
  void addCheckpoint(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Witness w = witness.getIfAvailable();
    WitnessAnswer answer;
    if (w == null) {
      answer = new WitnessAnswer(404, WitnessAnswer.TEXT, "this service witnesses no log\n");
    } else {
      try (InputStream body = request.getInputStream()) {
        answer = w.addCheckpoint(body);
      }
    }
    byte[] bytes = answer.bytes();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
