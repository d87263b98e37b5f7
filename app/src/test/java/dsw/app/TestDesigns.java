package dsw.app;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.KeyPartitioning;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.NetworkProfile;
import dsw.model.Position;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.pattern.LinkPatterns;
import dsw.model.scenario.KeySpace;
import dsw.model.scenario.Scenario;
import dsw.model.scenario.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Designs for tests, built in code or read from the bundled examples. */
public final class TestDesigns {
    private TestDesigns() {}

    /** The bundled example by file name, such as {@code three-tier-web.dsw.json}. */
    public static Design example(String fileName) {
        try (InputStream in = TestDesigns.class.getResourceAsStream("/dsw/app/examples/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no bundled example " + fileName);
            }
            return DesignFiles.read(fileName, in.readAllBytes()).design();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DesignFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The quorum-reads example (a 3-replica leaderless database {@code db}) with its keys in
     * {@code partitions} groups split by {@code by}, and a workload of {@code keys} keys.
     */
    public static Design partitionedQuorumReads(int partitions, String by, int keys) {
        Design example = example("quorum-reads.dsw.json");
        List<Component> components = example.components().stream()
                .map(c -> c.id().equals("db")
                        ? c.withProperty(KeyPartitioning.PARTITIONS, new PropertyValue.IntValue(partitions))
                                .withProperty(KeyPartitioning.PARTITION_BY, new PropertyValue.TextValue(by))
                        : c)
                .toList();
        List<Workload> workload = example.scenario().workload().stream()
                .map(w -> new Workload(
                        w.client(),
                        w.target(),
                        w.load(),
                        w.readRatio(),
                        new KeySpace(keys, 0),
                        w.start(),
                        w.stop(),
                        w.payloadBytes(),
                        w.writes()))
                .toList();
        return example.withScenario(example.scenario().withWorkload(workload)).withComponents(components);
    }

    /**
     * The leader-failover example (a single-leader database {@code orders-db} of 3 replicas) with its
     * keys in {@code partitions} replica groups, so it runs {@code partitions} × 3 instances.
     */
    public static Design partitionedLeaderFailover(int partitions) {
        Design example = example("leader-failover.dsw.json");
        return example.withComponents(example.components().stream()
                .map(c -> c.id().equals("orders-db")
                        ? c.withProperty(KeyPartitioning.PARTITIONS, new PropertyValue.IntValue(partitions))
                        : c)
                .toList());
    }

    /** Two placed components joined by one sync link, inside one frame with bounds. */
    public static Design small() {
        KindCatalog kinds = KindCatalog.standard();
        Component client = Component.of("client", "Client", kinds.get("client")).withPosition(new Position(100, 100));
        Component db = Component.of("db", "Orders DB", kinds.get("database"))
                .withPosition(new Position(500, 100))
                .withGroup("zone");
        Group zone = new Group("zone", "Zone A", GroupKind.ZONE, null, new Bounds(350, 20, 300, 160));
        Link link = new Link(
                "client-db",
                "client",
                "db",
                LinkDirection.FORWARD,
                LinkMode.SYNC,
                "SQL",
                NetworkProfile.DEFAULT.withLoss(0.001),
                LinkPatterns.NONE);
        return new Design("Small", "Two boxes.", List.of(client, db), List.of(link), List.of(zone), Scenario.DEFAULT);
    }

    /**
     * Components without positions: client -> gateway -> service -> database, a cache that the
     * service calls and that calls the service back (a cycle), and a frame without bounds.
     */
    public static Design unplaced() {
        KindCatalog kinds = KindCatalog.standard();
        List<Component> components = List.of(
                Component.of("db", "Database", kinds.get("database")).withGroup("backend"),
                Component.of("svc", "Service", kinds.get("service")).withGroup("backend"),
                Component.of("client", "Client", kinds.get("client")),
                Component.of("gw", "Gateway", kinds.get("api-gateway")),
                Component.of("cache", "Cache", kinds.get("cache")).withGroup("backend"));
        List<Link> links = List.of(
                Link.of("l1", "client", "gw"),
                Link.of("l2", "gw", "svc"),
                Link.of("l3", "svc", "db"),
                Link.of("l4", "svc", "cache"),
                Link.of("l5", "cache", "svc"));
        Group backend = new Group("backend", "Backend", GroupKind.SYSTEM, null, null);
        return new Design("Unplaced", "", components, links, List.of(backend), Scenario.DEFAULT);
    }
}
