package dsw.diagrams.plantuml;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.kind.KindCatalog;
import dsw.model.kind.PropertyValue;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Large designs made by rule, for rendering and benchmarks: the same size always gives the same design. */
public final class GeneratedDesigns {
    private static final String[] KINDS = {
        "service", "service", "database", "cache", "queue", "load-balancer", "api-gateway", "registry", "service"
    };

    private GeneratedDesigns() {}

    /**
     * A design of {@code size} components: a few clients and external systems outside any frame,
     * the rest spread over regions, each holding zones, each zone a chain of services calling the
     * next ones, with replicated components, async and two-way links across zones and regions.
     */
    public static Design of(int size) {
        KindCatalog kinds = KindCatalog.standard();
        List<Group> groups = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int regions = Math.max(1, size / 100);
        int zonesPerRegion = 3;
        int outside = Math.max(1, size / 30);
        for (int i = 0; i < outside; i++) {
            String kind = i % 3 == 2 ? "external-system" : (i % 3 == 1 ? "mobile-app" : "client");
            components.add(Component.of("client-" + i, "Client " + i, kinds.get(kind)));
        }
        for (int r = 0; r < regions; r++) {
            groups.add(new Group("region-" + r, "Region " + r, GroupKind.REGION, null, null));
            for (int z = 0; z < zonesPerRegion; z++) {
                groups.add(
                        new Group("zone-" + r + "-" + z, "Zone " + r + "." + z, GroupKind.ZONE, "region-" + r, null));
            }
        }
        int inGroups = size - outside;
        for (int i = 0; i < inGroups; i++) {
            int r = i % regions;
            int z = (i / regions) % zonesPerRegion;
            String kind = KINDS[i % KINDS.length];
            Component c =
                    Component.of("c-" + i, "Component " + i, kinds.get(kind)).withGroup("zone-" + r + "-" + z);
            if (i % 4 == 0 && c.kind().property("replicas").isPresent()) {
                c = c.withProperty("replicas", new PropertyValue.IntValue(3));
            }
            components.add(c);
        }
        for (int i = 0; i < outside; i++) {
            links.add(Link.of("l-client-" + i, "client-" + i, "c-" + (i % inGroups)));
        }
        for (int i = 1; i < inGroups; i++) {
            Link link =
                    Link.of("l-" + i, "c-" + ((i - 1) / 2), "c-" + i).withLabel(i % 5 == 0 ? "events" : "call " + i);
            if (i % 5 == 0) {
                link = link.withMode(LinkMode.ASYNC);
            }
            if (i % 11 == 0) {
                link = link.withDirection(LinkDirection.BOTH);
            }
            links.add(link);
            int other = (i * 13) % inGroups;
            if (i % 7 == 0 && other != i) {
                links.add(Link.of("x-" + i, "c-" + i, "c-" + other).withMode(LinkMode.ASYNC));
            }
        }
        return new Design("Generated " + size, "", components, links, groups, Scenario.DEFAULT);
    }
}
