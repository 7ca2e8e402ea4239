package mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mamori.WebServer;
import mamori.core.Action;
import mamori.core.TenantId;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.log.TransparencyLogs;
import mamori.store.StoreLocation;
import mamori.vault.Vault;
import mamori.work.Job;
import mamori.work.Task;
import mamori.work.WorkDocument;
import mamori.work.WorkStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo town's data-entry job in the running service, as {@code mamori demo} makes it: the job
 * of 200 drawn withholding slips with five tasks each, its entrustment to entry-co (ENTER and
 * VERIFY on job:withholding-slips-2026, approved by the town's officer) with the two operators and
 * the verifier on its staff list and their quotas, their tokens in demo-credentials.json; an
 * operator takes a task with their token, the two operators key the first slip alike and it is
 * accepted for the resident already in the vault; a second run changes nothing.
 */
class DemoJobHttpIT {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final TenantId TOWN = new TenantId(DemoStory.TENANT);

  @TempDir Path temp;

  @Test
  void theDemoTown_hasItsJob_entrusted_andAnOperatorKeysASlipThroughTheApi() throws Exception {
    Path data = temp.resolve("data");
    StringWriter err = new StringWriter();
    DemoTown.prepare(data, 1_000, new PrintWriter(err));
    try (var context = WebServer.start(new StoreLocation.Embedded(data), 0)) {
      DemoStory demo = DemoStory.found(context, Clock.systemUTC());
      Vault vault = context.getBean(Vault.class);
      DemoTown.importResidents(vault, data, new PrintWriter(err));
      Path file = DemoStory.tell(demo, context, data, Clock.systemUTC(), new PrintWriter(err));
      assertThat(err.toString())
          .contains("job withholding-slips-2026: 200 withholding slips drawn and loaded in");

      WorkStore work = context.getBean(WorkStore.class);
      Job job = work.job(TOWN, DemoJob.JOB).orElseThrow();
      assertThat(job.purpose()).isEqualTo("withholding-slip-entry");
      assertThat(job.typeId()).isEqualTo("withholding-slip");
      assertThat(job.deadline())
          .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(35)));
      assertThat(work.documentCounts(TOWN, DemoJob.JOB))
          .containsEntry(WorkDocument.State.OPEN, 200L);
      List<WorkDocument> documents = work.documents(TOWN, DemoJob.JOB, 0, 1000);
      assertThat(documents).hasSize(200);
      assertThat(documents)
          .allSatisfy(d ->
              assertThat(work.tasksOf(TOWN, d.id()))
                  .extracting(Task::part)
                  .containsExactly("payer", "payee-number", "payee", "amounts", "dependants"));
      assertThat(work.taskCounts(TOWN, DemoJob.JOB)).containsEntry(Task.State.ENTRY, 1000L);

      Entrustment e =
          context.getBean(Entrustments.class).heldBy(DemoStory.CONTRACTOR).stream()
              .filter(x -> x.scope().persons().equals(new PersonSet.Job(DemoJob.JOB.value())))
              .collect(Collectors.collectingAndThen(Collectors.toList(), l -> l.getFirst()));
      assertThat(e.status()).isEqualTo(Entrustment.Status.ACTIVE);
      assertThat(e.scope().actions()).containsExactlyInAnyOrder(Action.ENTER, Action.VERIFY);
      assertThat(e.scope().purposes()).containsExactly("withholding-slip-entry");
      assertThat(e.scope().fields()).containsKey(mamori.core.Field.MY_NUMBER);
      assertThat(e.contract().staff()).containsExactly("entry-op1", "entry-op2", "entry-verifier");
      assertThat(e.contract().missingClauses()).isEmpty();
      assertThat(work.quota(TOWN, e.id())).contains(DemoJob.QUOTA);

      var users = DemoCredentials.read(file);
      assertThat(users).containsKeys("entry-op1", "entry-op2", "entry-verifier");
      JsonNode written = JSON.readTree(file.toFile()).path("job");
      assertThat(written.path("id").asString()).isEqualTo("withholding-slips-2026");
      assertThat(written.path("entrustment").asString()).isEqualTo(e.id());

      String base = "http://127.0.0.1:" + WebServer.port(context);
      String op1 = users.get("entry-op1").token();
      String op2 = users.get("entry-op2").token();
      HttpResponse<String> next = get(base, "/api/v1/tasks/next?job=" + DemoJob.JOB, op1);
      assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
      JsonNode task = JSON.readTree(next.body());
      assertThat(task.get("mode").asString()).isEqualTo("enter");
      // a slip's number part comes first: its other parts wait until the number ties it
      assertThat(task.get("part").asString()).isEqualTo("payee-number");
      HttpResponse<byte[]> region =
          HttpClient.newHttpClient()
              .send(
                  request(base, task.get("fields").get(0).get("region").asString(), op1).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(region.statusCode()).isEqualTo(200);
      var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(region.body()));
      assertThat(image.getWidth()).as("the region at the page's 150 dpi").isGreaterThan(400);

      // both operators key the first slip as drawn: it is accepted for the resident in the vault
      WorkDocument oldest = documents.getFirst();
      assertThat(documents)
          .extracting(WorkDocument::source)
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.IntStream.rangeClosed(1, 200).mapToObj(DemoJob::fileName).toList());
      Map<String, String> truth =
          DemoJob.slips(data.resolve(DemoTown.RESIDENTS)).stream()
              .filter(s -> DemoJob.fileName(s.number()).equals(oldest.source()))
              .findFirst()
              .orElseThrow()
              .values();
      long persons = vault.count(DemoStory.TENANT);
      keyTasks(base, op1, truth, 1);
      keyTasks(base, op2, truth, 1);
      keyTasks(base, op1, truth, 4);
      keyTasks(base, op2, truth, 4);
      WorkDocument first = work.document(TOWN, oldest.id()).orElseThrow();
      assertThat(first.state()).isEqualTo(WorkDocument.State.ACCEPTED);
      assertThat(first.personToken()).isPresent();
      assertThat(vault.count(DemoStory.TENANT))
          .as("found by number, not registered")
          .isEqualTo(persons);

      long logged = context.getBean(TransparencyLogs.class).forTenant(DemoStory.TENANT).size();
      String before = Files.readString(file);
      StringWriter again = new StringWriter();
      DemoStory.tell(context, data, Clock.systemUTC(), new PrintWriter(again));
      assertThat(again.toString()).doesNotContain("drawn and loaded");
      assertThat(Files.readString(file)).isEqualTo(before);
      assertThat(work.documents(TOWN, DemoJob.JOB, 0, 1000)).hasSize(200);
      assertThat(context.getBean(TransparencyLogs.class).forTenant(DemoStory.TENANT).size())
          .isEqualTo(logged);
    }
  }

  /**
   * Takes the operator's next {@code n} tasks (parts of the first slip: its number, then, once the
   * number is decided, the others) and keys each as drawn.
   */
  static void keyTasks(String base, String token, Map<String, String> truth, int n)
      throws Exception {
    for (int i = 0; i < n; i++) {
      HttpResponse<String> next = get(base, "/api/v1/tasks/next?job=" + DemoJob.JOB, token);
      assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
      JsonNode t = JSON.readTree(next.body());
      Map<String, String> values = new java.util.LinkedHashMap<>();
      t.get("fields")
          .forEach(f -> values.put(f.get("id").asString(), truth.get(f.get("id").asString())));
      HttpResponse<String> entered =
          HttpClient.newHttpClient()
              .send(
                  request(base, "/api/v1/tasks/" + t.get("task").asString() + "/entries", token)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              JSON.writeValueAsString(Map.of("values", values))))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
    }
  }

  static HttpResponse<String> get(String base, String path, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(request(base, path, token).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder request(String base, String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token);
  }
}
