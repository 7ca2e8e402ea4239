package mamori.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A replicated PostgreSQL as a city would run it, on this machine, for the failover test: one etcd,
 * three PostgreSQL servers each under its own Patroni (synchronous replication, strict: a commit is
 * acknowledged only once a second server has it), and HAProxy in front, with a TCP frontend that
 * routes to whichever server Patroni's REST API calls the primary ({@code GET /primary}) and an
 * HTTP frontend over the Mamori instances (the second a {@code backup} server, see {@code
 * FailoverIT}).
 *
 * <p>Why three servers: with two and {@code synchronous_mode_strict}, the survivor of a failover
 * has no standby to confirm its commits, so it accepts no write until the lost server is back; with
 * two and the non-strict mode, Patroni lets the survivor commit alone, and an acknowledged write
 * then lives on one disk. With three, the new primary's commits wait for the third server, so every
 * write acknowledged after the failover is on two servers too.
 *
 * <p>PostgreSQL refuses to run as root: when the test runs as root, etcd and Patroni (and so
 * PostgreSQL) run as the {@code postgres} user through {@code runuser}, in a folder it owns. The
 * configuration files this writes are the ones docs/operations.md shows. Every process it starts it
 * ends in {@link #close}, by its own id.
 */
public final class PatroniCluster implements AutoCloseable {
  /** One Patroni node: its name, PostgreSQL port, REST port, data folder and Patroni process. */
  public record Node(String name, int pgPort, int restPort, Path folder, Process patroni) {
    Path dataDir() {
      return folder.resolve("data");
    }
  }

  private final Path root;
  private final int haPgPort;
  private final int haHttpPort;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Process> others = new ArrayList<>();
  private final List<Node> killed = new ArrayList<>();

  private PatroniCluster(Path root, int haPgPort, int haHttpPort) {
    this.root = root;
    this.haPgPort = haPgPort;
    this.haHttpPort = haHttpPort;
  }

  /**
   * Starts etcd, three Patroni nodes and HAProxy in {@code root}, and waits until a primary with a
   * synchronous standby answers through HAProxy. {@code mamoriPorts}: the HTTP ports of the Mamori
   * instances behind HAProxy's HTTP frontend, the first active, the others backups.
   */
  public static PatroniCluster start(Path root, List<Integer> mamoriPorts) throws Exception {
    PatroniCluster c = new PatroniCluster(root, freePort(), freePort());
    try {
      c.startAll(mamoriPorts);
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  /** The JDBC URL of the database through HAProxy's TCP frontend. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + haPgPort + "/postgres?user=postgres";
  }

  /** The address of HAProxy's HTTP frontend over the Mamori instances, without a trailing slash. */
  public String httpUrl() {
    return "http://127.0.0.1:" + haHttpPort;
  }

  public Path root() {
    return root;
  }

  /** The node that is primary now, by Patroni's REST API. */
  public Optional<Node> primary() {
    return nodes.stream().filter(n -> !killed.contains(n) && isPrimary(n)).findFirst();
  }

  /**
   * Kills a node as a lost server: its Patroni, its postmaster and every process under them, with
   * SIGKILL, at once.
   */
  public void kill(Node node) throws Exception {
    List<ProcessHandle> victims = new ArrayList<>();
    victims.add(node.patroni().toHandle());
    victims.addAll(node.patroni().descendants().toList());
    Path pid = node.dataDir().resolve("postmaster.pid");
    if (Files.exists(pid)) {
      long postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
      ProcessHandle.of(postmaster)
          .ifPresent(p -> {
            victims.add(p);
            victims.addAll(p.descendants().toList());
          });
    }
    victims.forEach(ProcessHandle::destroyForcibly);
    killed.add(node);
  }

  /** Waits until a node other than those killed is primary; empty if none is within {@code d}. */
  public Optional<Node> awaitPrimary(Duration d) throws InterruptedException {
    long deadline = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Node> p = primary();
      if (p.isPresent()) {
        return p;
      }
      Thread.sleep(50);
    }
    return Optional.empty();
  }

  private void startAll(List<Integer> mamoriPorts) throws Exception {
    Files.createDirectories(root);
    String pgBin = postgresBin();
    int etcdClient = freePort();
    int etcdPeer = freePort();
    Files.writeString(
        root.resolve("etcd.sh"),
        """
        exec etcd --name etcd1 --data-dir %1$s/etcd \\
          --listen-client-urls http://127.0.0.1:%2$d --advertise-client-urls http://127.0.0.1:%2$d \\
          --listen-peer-urls http://127.0.0.1:%3$d --initial-advertise-peer-urls http://127.0.0.1:%3$d \\
          --initial-cluster etcd1=http://127.0.0.1:%3$d
        """
            .formatted(root, etcdClient, etcdPeer));
    List<int[]> ports = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      int pg = freePort();
      int rest = freePort();
      ports.add(new int[] {pg, rest});
      Path folder = root.resolve("node" + i);
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve("patroni.yml"),
          patroniYaml("node" + i, pg, rest, etcdClient, folder, pgBin));
    }
    Files.writeString(root.resolve("haproxy.cfg"), haproxyCfg(ports, mamoriPorts));
    asPostgres(root);

    others.add(start(List.of("sh", root.resolve("etcd.sh").toString()), "etcd.log", true));
    awaitHttp("http://127.0.0.1:" + etcdClient + "/health", Duration.ofSeconds(30));
    for (int i = 1; i <= 3; i++) {
      Path folder = root.resolve("node" + i);
      Process p =
          start(
              List.of("patroni", folder.resolve("patroni.yml").toString()),
              "node" + i + "/patroni.log",
              true);
      nodes.add(new Node("node" + i, ports.get(i - 1)[0], ports.get(i - 1)[1], folder, p));
      if (i == 1) { // the first bootstraps the cluster; the others copy it
        var unused =
            awaitPrimary(Duration.ofSeconds(90))
                .orElseThrow(() -> new IllegalStateException("no primary: " + logs()));
      }
    }
    others.add(
        start(
            List.of("haproxy", "-f", root.resolve("haproxy.cfg").toString()),
            "haproxy.log",
            false));
    awaitSyncStandby(Duration.ofSeconds(120));
  }

  private void awaitSyncStandby(Duration d) throws Exception {
    long deadline = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < deadline) {
      int streaming = 0;
      for (Node n : nodes) {
        if (get("http://127.0.0.1:" + n.restPort() + "/sync") == 200) {
          streaming++;
        }
      }
      if (streaming >= 1
          && nodes.stream()
              .allMatch(n -> get("http://127.0.0.1:" + n.restPort() + "/health") == 200)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no synchronous standby came up: " + logs());
  }

  static String patroniYaml(String name, int pg, int rest, int etcd, Path folder, String pgBin) {
    return """
    scope: mamori
    name: %1$s
    restapi:
      listen: 127.0.0.1:%3$d
      connect_address: 127.0.0.1:%3$d
    etcd3:
      hosts: 127.0.0.1:%4$d
    bootstrap:
      dcs:
        ttl: 10
        loop_wait: 1
        retry_timeout: 3
        maximum_lag_on_failover: 1048576
        synchronous_mode: true
        synchronous_mode_strict: true
        postgresql:
          use_pg_rewind: true
          parameters:
            max_connections: 60
            shared_buffers: 32MB
            wal_log_hints: 'on'
      initdb:
        - encoding: UTF8
        - auth: trust
      pg_hba:
        - local all all trust
        - host replication replicator 127.0.0.1/32 trust
        - host all all 127.0.0.1/32 trust
    postgresql:
      listen: 127.0.0.1:%2$d
      connect_address: 127.0.0.1:%2$d
      data_dir: %5$s/data
      bin_dir: %6$s
      pgpass: %5$s/pgpass
      authentication:
        replication:
          username: replicator
          password: replicator
        superuser:
          username: postgres
          password: postgres
      parameters:
        unix_socket_directories: %5$s
    """
        .formatted(name, pg, rest, etcd, folder, pgBin);
  }

  String haproxyCfg(List<int[]> nodePorts, List<Integer> mamoriPorts) {
    StringBuilder s =
        new StringBuilder(
            """
            global
              maxconn 500
            defaults
              timeout connect 2s
              timeout client 30m
              timeout server 30m
              timeout check 1s
            # PostgreSQL: only the server Patroni calls the primary takes connections; when it is
            # marked down, the connections to it are cut at once, so no client waits on a dead one
            listen postgres
              mode tcp
              bind 127.0.0.1:%d
              option httpchk GET /primary
              http-check expect status 200
              default-server inter 500ms fall 2 rise 1 on-marked-down shutdown-sessions
            """
                .formatted(haPgPort));
    int i = 1;
    for (int[] p : nodePorts) {
      s.append("  server node%d 127.0.0.1:%d check port %d\n".formatted(i++, p[0], p[1]));
    }
    s.append(
        """
        # Mamori: in this test one instance serves and the second is a backup, taking requests
        # only while the first is down (both may serve at once: see Two active instances)
        listen mamori
          mode http
          bind 127.0.0.1:%d
          option httpchk GET /livez
          http-check expect status 200
          timeout client 60s
          timeout server 60s
          default-server inter 1s fall 2 rise 2
        """
            .formatted(haHttpPort));
    for (int j = 0; j < mamoriPorts.size(); j++) {
      s.append(
          "  server mamori%d 127.0.0.1:%d check%s\n"
              .formatted(j + 1, mamoriPorts.get(j), j == 0 ? "" : " backup"));
    }
    return s.toString();
  }

  private Process start(List<String> command, String log, boolean postgresUser) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (postgresUser && isRoot()) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    return new ProcessBuilder(cmd)
        .directory(root.toFile())
        .redirectErrorStream(true)
        .redirectOutput(root.resolve(log).toFile())
        .start();
  }

  /** The newest PostgreSQL server binaries Debian installed. */
  static String postgresBin() throws IOException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .orElseThrow(
              () -> new IllegalStateException("no PostgreSQL server in /usr/lib/postgresql"))
          .resolve("bin")
          .toString();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Gives the folder to the postgres user when running as root. */
  private static void asPostgres(Path folder) throws IOException {
    if (!isRoot()) {
      return;
    }
    UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal user = users.lookupPrincipalByName("postgres");
    GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.toList()) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(user);
        view.setGroup(group);
      }
    }
  }

  private static boolean isPrimary(Node n) {
    return get("http://127.0.0.1:" + n.restPort() + "/primary") == 200;
  }

  /** The status of a GET, or -1 when nothing answers. */
  static int get(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(1000);
      try {
        return c.getResponseCode();
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return -1;
    }
  }

  private void awaitHttp(String url, Duration d) throws InterruptedException {
    long deadline = System.nanoTime() + d.toNanos();
    while (get(url) != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(url + " did not answer: " + logs());
      }
      Thread.sleep(100);
    }
  }

  /** The tail of every log of the cluster, for a failure's message. */
  public String logs() {
    StringBuilder s = new StringBuilder();
    try (Stream<Path> walk = Files.walk(root, 2)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
        List<String> lines = Files.readAllLines(p);
        s.append("\n--- ").append(root.relativize(p)).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 15), lines.size())
            .forEach(l -> s.append(l).append('\n'));
      }
    } catch (IOException e) {
      s.append(e);
    }
    return s.toString();
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops HAProxy, the Patroni nodes (and so PostgreSQL) and etcd, each by its own process id; a
   * postmaster still running after its Patroni stopped (Patroni starts it detached) is killed by
   * the id in its {@code postmaster.pid}.
   */
  @Override
  public void close() {
    for (Process p : others.reversed()) { // HAProxy first, etcd last
      if (p.info().command().map(c -> c.endsWith("haproxy")).orElse(false)) {
        stop(p);
      }
    }
    for (Node n : nodes) {
      if (!killed.contains(n)) {
        n.patroni().descendants().forEach(ProcessHandle::destroy); // Patroni itself, under runuser
        n.patroni().destroy();
      }
    }
    for (Node n : nodes) {
      stop(n.patroni());
      try {
        Path pid = n.dataDir().resolve("postmaster.pid");
        if (Files.exists(pid)) {
          long postmaster = Long.parseLong(Files.readAllLines(pid).getFirst().strip());
          ProcessHandle.of(postmaster)
              .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
              .ifPresent(h -> {
                h.descendants().forEach(ProcessHandle::destroyForcibly);
                h.destroyForcibly();
              });
        }
      } catch (IOException | RuntimeException e) {
        // nothing left to stop
      }
    }
    others.reversed().forEach(PatroniCluster::stop);
  }

  /** Ends a process and what it started, within 20 s, forcibly after that. */
  private static void stop(Process p) {
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    try {
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
