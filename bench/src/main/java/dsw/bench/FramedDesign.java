package dsw.bench;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large design for layout benchmarks, never laid out: {@value #CLIENTS} clients calling into two
 * regions of four zones each ({@value #FRAMES} frames), {@value #COMPONENTS} components in
 * {@value #TIERS} tiers from load balancers to databases, and {@value #LINKS} links: one from the
 * tier before into every component (mostly within its zone), the rest random and mostly
 * downstream, one in twenty back upstream (cycles) and one in ten two-way. The same seed gives the
 * same design. Thread-safe (stateless).
 */
public final class FramedDesign {
    public static final int COMPONENTS = 300;
    public static final int LINKS = 600;
    public static final int FRAMES = 10;
    public static final int CLIENTS = 20;
    public static final int TIERS = 8;

    private static final int ZONES = 8;

    private FramedDesign() {}

    public static Design of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        KindCatalog kinds = KindCatalog.standard();
        List<Group> groups = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            groups.add(new Group("region-" + r, "Region " + r, GroupKind.REGION, null, null));
        }
        for (int z = 0; z < ZONES; z++) {
            groups.add(new Group("zone-" + z, "Zone " + z, GroupKind.ZONE, "region-" + z / 4, null));
        }
        List<Component> components = new ArrayList<>();
        int[] tier = new int[COMPONENTS];
        int[] zone = new int[COMPONENTS];
        for (int i = 0; i < COMPONENTS; i++) {
            if (i < CLIENTS) {
                components.add(Component.of("c" + i, "client " + i, kinds.get("web-browser")));
                zone[i] = -1;
                continue;
            }
            int k = i - CLIENTS;
            tier[i] = 1 + k * TIERS / (COMPONENTS - CLIENTS);
            zone[i] = k % ZONES;
            String kind = tier[i] == 1 ? "load-balancer" : tier[i] < TIERS - 1 ? "service" : pick(random);
            components.add(
                    Component.of("c" + i, kind + " " + i, kinds.get(kind)).withGroup("zone-" + zone[i]));
        }
        List<Link> links = new ArrayList<>();
        for (int i = CLIENTS; i < COMPONENTS; i++) {
            links.add(link(links.size(), caller(random, tier, zone, i), i, random));
        }
        while (links.size() < LINKS) {
            int from = random.nextInt(COMPONENTS);
            int to = random.nextInt(CLIENTS, COMPONENTS);
            boolean downstream = tier[to] > tier[from];
            if (from != to && (downstream || random.nextInt(20) == 0)) {
                links.add(link(links.size(), from, to, random));
            }
        }
        return new Design(
                "framed " + COMPONENTS,
                "layout benchmark design, seed " + seed,
                components,
                links,
                groups,
                Scenario.DEFAULT);
    }

    /** A component in the tier before {@code to}, in the same zone four times out of five. */
    private static int caller(SplittableRandom random, int[] tier, int[] zone, int to) {
        if (tier[to] == 1) {
            return random.nextInt(CLIENTS);
        }
        boolean sameZone = random.nextInt(5) > 0;
        while (true) {
            int from = random.nextInt(CLIENTS, COMPONENTS);
            if (tier[from] == tier[to] - 1 && (!sameZone || zone[from] == zone[to])) {
                return from;
            }
        }
    }

    private static String pick(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> "database";
            case 1 -> "cache";
            default -> "queue";
        };
    }

    private static Link link(int index, int from, int to, SplittableRandom random) {
        Link link = Link.of("l" + index, "c" + from, "c" + to);
        return random.nextInt(10) == 0 ? link.withDirection(LinkDirection.BOTH) : link;
    }
}
