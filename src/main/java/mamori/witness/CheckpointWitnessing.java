package mamori.witness;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.identity.SecurityAlerts;
import mamori.log.TenantLog;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSignature;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has one tenant's checkpoints cosigned by its witnesses: listens to {@link
 * TenantLog#onCheckpoint}, sends each new checkpoint to every witness at once (with a consistency
 * proof from the size that witness last accepted), and stores the checkpoint again with the
 * cosignatures that verified ({@link TenantLog#storeCosigned}).
 *
 * <p>Never in the way of appends: the listener only puts the note in a one-slot mailbox and, if no
 * round is running, starts one on a virtual thread. A round waits for its witnesses (each call
 * bounded by the timeout, at most {@value WitnessCall#MAX_ATTEMPTS} attempts); checkpoints signed
 * meanwhile replace each other in the mailbox, so only the newest is witnessed next, and a witness
 * that is down costs one waiting thread, not a queue. A witness that misses a checkpoint catches up
 * with the next. Instances sharing one store each attach their own; a round whose checkpoint is no
 * longer the newest stored is skipped, as the instance that stored the newer one sends it.
 */
public final class CheckpointWitnessing implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CheckpointWitnessing.class);

  /** The time each request to a witness may take, connection included. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final TenantLog log;
  private final List<WitnessCall> calls;
  private final AtomicReference<@Nullable String> mailbox = new AtomicReference<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean closed;

  private CheckpointWitnessing(TenantLog log, List<WitnessCall> calls) {
    this.log = log;
    this.calls = calls;
  }

  /** Attaches {@code witnesses} to {@code log} with a default HTTP client and timeout. */
  public static CheckpointWitnessing attach(TenantLog log, List<WitnessEndpoint> witnesses) {
    return attach(log, witnesses, WitnessCall.Refusals.NONE);
  }

  /**
   * As {@link #attach(TenantLog, List)}, raising a high alert {@value #REFUSED} for the tenant's
   * security officers through {@code alerts} when a witness starts refusing its checkpoints.
   */
  public static CheckpointWitnessing attach(
      TenantLog log, List<WitnessEndpoint> witnesses, SecurityAlerts alerts) {
    return attach(log, witnesses, refusalAlerts(log.tenant(), alerts));
  }

  /** The kind of the alert raised when a witness refuses to cosign a checkpoint. */
  public static final String REFUSED = "witness.refused";

  /** Raises {@value #REFUSED} in {@code tenant} for each refusal it hears of. */
  static WitnessCall.Refusals refusalAlerts(String tenant, SecurityAlerts alerts) {
    return (witness, why) ->
        alerts.raise(
            tenant,
            new SecurityAlerts.Raised(
                REFUSED,
                "witness:" + witness.key().name(),
                "the witness "
                    + witness.key().name()
                    + " refused to cosign a checkpoint of the log: "
                    + why
                    + " (a fork of the log, or a witness out of step; see docs/operations.md)",
                Severity.HIGH,
                List.of(),
                AlertPolicy.NOTIFY,
                ""));
  }

  private static CheckpointWitnessing attach(
      TenantLog log, List<WitnessEndpoint> witnesses, WitnessCall.Refusals refusals) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(DEFAULT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return attach(log, witnesses, http, DEFAULT_TIMEOUT, refusals);
  }

  /**
   * Attaches {@code witnesses} to {@code log}: from now on each newly signed checkpoint is sent to
   * them, starting with the latest one already signed, if any.
   */
  public static CheckpointWitnessing attach(
      TenantLog log, List<WitnessEndpoint> witnesses, HttpClient http, Duration timeout) {
    return attach(log, witnesses, http, timeout, WitnessCall.Refusals.NONE);
  }

  static CheckpointWitnessing attach(
      TenantLog log,
      List<WitnessEndpoint> witnesses,
      HttpClient http,
      Duration timeout,
      WitnessCall.Refusals refusals) {
    List<WitnessCall> calls = new ArrayList<>();
    for (WitnessEndpoint w : witnesses) {
      calls.add(new WitnessCall(w, http, timeout, log::consistencyProof, refusals));
    }
    var witnessing = new CheckpointWitnessing(log, List.copyOf(calls));
    log.onCheckpoint(witnessing::offer);
    log.checkpoint().ifPresent(witnessing::offer);
    return witnessing;
  }

  /** Takes a newly signed checkpoint note; returns at once. */
  void offer(String note) {
    if (closed || calls.isEmpty()) {
      return;
    }
    mailbox.set(note);
    if (running.compareAndSet(false, true)) {
      Thread.ofVirtual().name("mamori-witnessing-" + log.tenant()).start(this::drain);
    }
  }

  private void drain() {
    while (true) {
      String note = mailbox.getAndSet(null);
      if (note == null) {
        running.set(false);
        if (mailbox.get() == null || !running.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      if (!closed) {
        round(note);
      }
    }
  }

  /** Sends one checkpoint to every witness and stores it with the cosignatures that verified. */
  private void round(String signed) {
    try {
      Note note = Note.parse(signed);
      Checkpoint checkpoint = Checkpoint.parse(note.text());
      if (storedBeyond(checkpoint.size())) {
        return; // another instance on the store signed a larger one since, and sends it itself
      }
      List<Future<List<NoteSignature>>> answers = new ArrayList<>();
      try (var each = Executors.newVirtualThreadPerTaskExecutor()) {
        for (WitnessCall call : calls) {
          answers.add(each.submit(() -> call.cosign(note, checkpoint)));
        }
      }
      Note cosigned = note;
      for (Future<List<NoteSignature>> answer : answers) {
        for (NoteSignature s : answer.get()) {
          cosigned = withNewSignature(cosigned, s);
        }
      }
      if (!cosigned.equals(note)) {
        log.storeCosigned(checkpoint.size(), cosigned.toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (NoteException | ExecutionException | RuntimeException e) {
      LOG.warn("witnessing a checkpoint of {} failed: {}", log.tenant(), e.toString());
    }
  }

  /**
   * Whether the log's newest stored checkpoint is larger than {@code size}: with several instances
   * on one store, a witness is sent only what is newest when the round begins, so it is never shown
   * a checkpoint older than one it may already hold.
   */
  private boolean storedBeyond(long size) throws NoteException {
    Optional<String> newest = log.checkpoint();
    return newest.isPresent() && Checkpoint.parse(Note.parse(newest.get()).text()).size() > size;
  }

  /**
   * {@code note} with {@code signature} added, unless it already carries a line by that key (a note
   * offered again, e.g. the latest one on attach, keeps the cosignatures it was stored with: the
   * log refuses to store a note that drops a line it had).
   */
  private static Note withNewSignature(Note note, NoteSignature signature) {
    boolean present =
        note.signatures().stream()
            .anyMatch(
                s -> s.keyName().equals(signature.keyName()) && s.keyId() == signature.keyId());
    return present ? note : note.withSignature(signature);
  }

  /** Stops sending checkpoints; a round under way finishes within the timeout. */
  @Override
  public void close() {
    closed = true;
  }
}
