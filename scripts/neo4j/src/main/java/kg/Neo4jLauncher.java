// Starts a real Neo4j 5 community DBMS (embedded API) with a Bolt connector on 127.0.0.1, auth on.
// In: --home <dir> --port <n> [--heap-hint], env NEO4J_PASSWORD. Out: a Bolt server until SIGTERM/SIGINT.
package kg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of("data/neo4j");
    String host = "127.0.0.1";
    int port = 7687;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--host" -> host = args[++i];
        default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
      }
    }
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "kg-local-password");
    if (password.length() < 8) {
      // Neo4j 5 refuses passwords shorter than 8 characters; say so before starting anything.
      System.err.println("kg-neo4j: NEO4J_PASSWORD must be at least 8 characters");
      System.exit(2);
    }
    home = home.toAbsolutePath();
    Files.createDirectories(home);
    Path ready = home.resolve("kg-neo4j.ready");
    Files.deleteIfExists(ready);

    long t0 = System.nanoTime();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // As the packaged server: LOAD CSV reads only under <home>/import, never anywhere on disk.
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
        // A development/CI server: small page cache (KG_NEO4J_PAGECACHE, e.g. 2g, for a large graph that
        // should be read from memory), short transaction-log retention.
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache())
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        // Bulk loads grow the graph from empty, which makes every plan look stale every few seconds;
        // replanning the ~20 write statements each time cost more than the writes themselves.
        .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(2))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and SIGINT run shutdown hooks: close the store cleanly so the next start needs no recovery.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("kg-neo4j: shutting down");
      try {
        Files.deleteIfExists(ready);
      } catch (Exception ignored) {
        // The ready file is advisory; the pid check in the wrapper is authoritative.
      }
      dbms.shutdown();
      stopped.countDown();
      System.out.println("kg-neo4j: stopped");
    }, "kg-neo4j-shutdown"));

    setPassword(dbms, password);
    String uri = "bolt://" + host + ":" + port;
    Files.writeString(ready, uri + "\n", StandardCharsets.UTF_8);
    System.out.printf("kg-neo4j: ready %s (Neo4j %s, started in %d ms, data %s)%n", uri,
        org.neo4j.kernel.internal.Version.getNeo4jVersion(), (System.nanoTime() - t0) / 1_000_000, home);
    stopped.await();
  }

  /** Page cache size from KG_NEO4J_PAGECACHE (Neo4j's byte syntax: 512m, 2g; default 512m). */
  private static long pageCache() {
    String raw = System.getenv().getOrDefault("KG_NEO4J_PAGECACHE", "512m").trim();
    try {
      return ByteUnit.parse(raw);
    } catch (IllegalArgumentException e) {
      System.err.println("kg-neo4j: KG_NEO4J_PAGECACHE=\"" + raw + "\" is not a size such as 512m or 2g");
      System.exit(2);
      return 0;
    }
  }

  /**
   * Embedded mode has no `neo4j-admin dbms set-initial-password`, so the password is set through the
   * system database (the documented `ALTER USER` command) on every start: the server always accepts
   * NEO4J_PASSWORD, whatever an earlier run used.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j rejects setting the current password again; that is the steady state after the first start.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }
}
