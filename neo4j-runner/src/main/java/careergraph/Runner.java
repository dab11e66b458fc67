package careergraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import java.time.Duration;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with its Bolt connector on 127.0.0.1, prints one READY line, and shuts
 * the database down cleanly on SIGTERM/SIGINT or when standard input closes (the Node parent went away).
 *
 * Usage: java -cp ... careergraph.Runner <homeDir> <boltPort> <pluginDir> <pageCache>
 */
public final class Runner {
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Runner <homeDir> <boltPort> <pluginDir> <pageCache e.g. 256m>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Path plugins = Path.of(args[2]).toAbsolutePath();
    long pageCache = ByteUnit.parse(args[3]);

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("career.*"))
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        // Bolt waits 5 s per connector for idle connections at shutdown; our clients are gone by then.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
        // At shutdown, open transactions get 2 s to finish (default 10 s), then are rolled back.
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the database did not start

    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    waitForStdinToClose();
    System.exit(0); // runs the shutdown hook
  }

  /** The parent keeps our stdin open; EOF means it exited (even by SIGKILL), so we must not outlive it. */
  private static void waitForStdinToClose() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // discard
      }
    } catch (IOException ignored) {
      // stdin broken: same as closed
    }
  }
}
