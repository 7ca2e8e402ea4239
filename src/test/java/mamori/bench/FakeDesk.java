package mamori.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/*
 * A stand-in for the desk API in the shapes pinned for issue 16, small enough to check what the load
 * generator sends: it hands out tasks of one job to operators (never the same side twice to one
 * token), sends a task to verification when its two entries differ, and keeps what was keyed.
 */
/** A fake desk API on a free port, for the load generator's tests. */
final class FakeDesk implements AutoCloseable {
  static final String JOB = "JOBFAKE1";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  final Map<String, Map<String, String>> answers = new LinkedHashMap<>();
  final Set<String> verifierTokens;
  private final Map<String, List<String>> keyedBy = new HashMap<>();
  private final Map<String, List<Map<String, String>>> entries = new HashMap<>();
  final Map<String, String> state = new HashMap<>();
  private final Set<String> held = new java.util.HashSet<>();
  final Map<String, Map<String, String>> accepted = new HashMap<>();
  final List<String> problems = new ArrayList<>();
  private final HttpServer server;

  FakeDesk(int tasks, Set<String> verifierTokens) throws IOException {
    this.verifierTokens = verifierTokens;
    for (int i = 1; i <= tasks; i++) {
      Map<String, String> v = new LinkedHashMap<>();
      v.put("payment_amount", Long.toString(3_000_000 + 1000L * i));
      v.put("withheld_tax", Long.toString(50_000 + 100L * i));
      answers.put("T" + i, v);
      state.put("T" + i, "entry");
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/api/v1/tasks/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      String token = x.getRequestHeaders().getFirst("Authorization");
      if (token == null || !token.startsWith("Bearer ")) {
        send(x, 401, "{}");
        return;
      }
      token = token.substring(7);
      String path = x.getRequestURI().getPath();
      String[] p = path.split("/"); // "", api, v1, tasks, {id}, {what}, {field}
      synchronized (this) {
        if (p.length == 5 && p[4].equals("next")) {
          next(x, token);
        } else if (p.length == 7 && p[5].equals("regions")) {
          if (!held.contains(p[4])) {
            problems.add("a region of a task not held");
          }
          x.getResponseHeaders().add("Content-Type", "image/png");
          x.sendResponseHeaders(200, PNG.length);
          x.getResponseBody().write(PNG);
        } else if (p.length == 6 && p[5].equals("entries") && x.getRequestMethod().equals("POST")) {
          entry(x, token, p[4]);
        } else if (p.length == 6 && p[5].equals("verification")) {
          verification(x, token, p[4]);
        } else {
          send(x, 404, "{}");
        }
      }
    } finally {
      x.close();
    }
  }

  private void next(HttpExchange x, String token) throws IOException {
    if (!("job=" + JOB).equals(x.getRequestURI().getQuery())) {
      problems.add("next without the job");
      send(x, 400, "{}");
      return;
    }
    boolean verifier = verifierTokens.contains(token);
    for (String task : answers.keySet()) {
      String s = state.get(task);
      List<String> sides = keyedBy.getOrDefault(task, List.of());
      boolean free = !held.contains(task);
      if (verifier
          ? s.equals("verify") && free
          : s.equals("entry") && free && sides.size() < 2 && !sides.contains(token)) {
        held.add(task);
        send(
            x,
            200,
            """
            {"task":"%s","job":"%s","part":"amounts","mode":"%s",\
            "fields":[\
            {"id":"payment_amount","labelJa":"支払金額","labelEn":"Payment","check":"amount",\
            "required":true,"maxLength":12,"region":"/api/v1/tasks/%1$s/regions/payment_amount"},\
            {"id":"withheld_tax","labelJa":"源泉徴収税額","labelEn":"Tax withheld","check":"amount",\
            "required":true,"maxLength":12,"region":"/api/v1/tasks/%1$s/regions/withheld_tax"}],\
            "heldUntil":"2026-12-06T10:00:00Z"}\
            """
                .formatted(task, JOB, verifier ? "verify" : "enter"));
        if (!verifier) {
          keyedBy.computeIfAbsent(task, t -> new ArrayList<>()).add(token); // held for this side
        }
        return;
      }
    }
    x.sendResponseHeaders(204, -1);
  }

  private void entry(HttpExchange x, String token, String task) throws IOException {
    Map<String, String> values = values(x);
    if (!held.remove(task) || !keyedBy.getOrDefault(task, List.of()).contains(token)) {
      problems.add("an entry of a task not held by its operator");
    }
    List<Map<String, String>> e = entries.computeIfAbsent(task, t -> new ArrayList<>());
    e.add(values);
    String side = Integer.toString(e.size());
    if (e.size() == 2) {
      if (e.get(0).equals(e.get(1))) {
        state.put(task, "done");
        accepted.put(task, e.get(0));
      } else {
        state.put(task, "verify");
      }
    }
    send(
        x,
        200,
        "{\"task\":\"%s\",\"state\":\"%s\",\"side\":%s}".formatted(task, state.get(task), side));
  }

  private void verification(HttpExchange x, String token, String task) throws IOException {
    if (!verifierTokens.contains(token) || !"verify".equals(state.get(task))) {
      send(x, 403, "{}");
      return;
    }
    if (x.getRequestMethod().equals("GET")) {
      send(x, 200, "{\"task\":\"" + task + "\",\"entries\":[]}");
      return;
    }
    accepted.put(task, values(x));
    state.put(task, "done");
    held.remove(task);
    send(x, 200, "{\"task\":\"" + task + "\",\"state\":\"done\"}");
  }

  private static Map<String, String> values(HttpExchange x) throws IOException {
    JsonNode n =
        WorkLoad.JSON.readTree(
            new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Map<String, String> v = new LinkedHashMap<>();
    n.path("values").properties().forEach(e -> v.put(e.getKey(), e.getValue().asString()));
    return v;
  }

  private static void send(HttpExchange x, int status, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
  }
}
