// Starts a real Neo4j 5 community DBMS (embedded API) with a Bolt connector on 127.0.0.1, auth on; with --http <port>,
// the community server instead, which also serves Neo4j Browser and the HTTP API on 127.0.0.1:<port>.
// In: --home <dir> --port <n> [--http <n>], env NEO4J_PASSWORD. Out: a server until SIGTERM/SIGINT.
package kg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
import org.neo4j.server.CommunityBootstrapper;

public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of("data/neo4j");
    String host = "127.0.0.1";
    int port = 7687;
    int httpPort = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]);
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--host" -> host = args[++i];
        case "--http" -> httpPort = Integer.parseInt(args[++i]);
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
    CommunityBootstrapper server = null;
    DatabaseManagementService dbms;
    if (httpPort > 0) {
      server = startServer(home, host, port, httpPort);
      dbms = server.getDatabaseManagementService();
    } else dbms = new DatabaseManagementServiceBuilder(home)
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
    final CommunityBootstrapper running = server;

    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and SIGINT run shutdown hooks: close the store cleanly so the next start needs no recovery.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("kg-neo4j: shutting down");
      try {
        Files.deleteIfExists(ready);
      } catch (Exception ignored) {
        // The ready file is advisory; the pid check in the wrapper is authoritative.
      }
      if (running != null) running.stop();
      else dbms.shutdown();
      stopped.countDown();
      System.out.println("kg-neo4j: stopped");
    }, "kg-neo4j-shutdown"));

    setPassword(dbms, password);
    String uri = "bolt://" + host + ":" + port;
    Files.writeString(ready, uri + "\n", StandardCharsets.UTF_8);
    if (httpPort > 0) System.out.printf("kg-neo4j: Neo4j Browser on http://%s:%d/browser/%n", host, httpPort);
    System.out.printf("kg-neo4j: ready %s (Neo4j %s, started in %d ms, data %s)%n", uri,
        org.neo4j.kernel.internal.Version.getNeo4jVersion(), (System.nanoTime() - t0) / 1_000_000, home);
    stopped.await();
  }

  /**
   * The community server (as the packaged `neo4j console` starts it) with the same settings as the embedded path, plus
   * the HTTP connector on host:httpPort, which serves Neo4j Browser (the neo4j-browser jar) and the HTTP API.
   */
  private static CommunityBootstrapper startServer(Path home, String host, int port, int httpPort) {
    Map<String, String> config = new HashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", host + ":" + port);
    config.put("server.bolt.advertised_address", host + ":" + port);
    config.put("server.http.enabled", "true");
    config.put("server.http.listen_address", host + ":" + httpPort);
    config.put("server.http.advertised_address", host + ":" + httpPort);
    config.put("server.https.enabled", "false");
    config.put("dbms.security.auth_enabled", "true");
    config.put("server.directories.import", home.resolve("import").toString());
    config.put("server.memory.pagecache.size", Long.toString(pageCache()));
    config.put("db.tx_log.rotation.retention_policy", "2 files");
    config.put("db.transaction.timeout", "5m");
    config.put("dbms.cypher.min_replan_interval", "2m");
    CommunityBootstrapper server = new CommunityBootstrapper();
    int code = server.start(home, config);
    if (code != 0) {
      System.err.println("kg-neo4j: the Neo4j server did not start (code " + code + "); see " + home.resolve("logs"));
      System.exit(3);
    }
    return server;
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
