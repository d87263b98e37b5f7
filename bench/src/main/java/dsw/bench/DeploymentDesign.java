package dsw.bench;

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

/**
 * A design for diagram benchmarks, made by rule (the same size always gives the same design): one
 * client per 30 components outside any frame, the rest spread over one region per 100 components
 * of three zones each, each component called by the one at half its number (a binary tree of
 * labelled links), every fifth link async, every eleventh two-way, every seventh component with an
 * extra async link across zones, every fourth replicated. Thread-safe (stateless).
 */
public final class DeploymentDesign {
    private static final String[] KINDS = {
        "service", "service", "database", "cache", "queue", "load-balancer", "api-gateway", "registry", "service"
    };

    private DeploymentDesign() {}

    public static Design of(int size) {
        KindCatalog kinds = KindCatalog.standard();
        List<Group> groups = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int regions = Math.max(1, size / 100);
        int zones = 3;
        int outside = Math.max(1, size / 30);
        for (int i = 0; i < outside; i++) {
            String kind = i % 3 == 2 ? "external-system" : (i % 3 == 1 ? "mobile-app" : "client");
            components.add(Component.of("client-" + i, "Client " + i, kinds.get(kind)));
        }
        for (int r = 0; r < regions; r++) {
            groups.add(new Group("region-" + r, "Region " + r, GroupKind.REGION, null, null));
            for (int z = 0; z < zones; z++) {
                groups.add(
                        new Group("zone-" + r + "-" + z, "Zone " + r + "." + z, GroupKind.ZONE, "region-" + r, null));
            }
        }
        int inside = size - outside;
        for (int i = 0; i < inside; i++) {
            String zone = "zone-" + (i % regions) + "-" + ((i / regions) % zones);
            Component c = Component.of("c-" + i, "Component " + i, kinds.get(KINDS[i % KINDS.length]))
                    .withGroup(zone);
            if (i % 4 == 0 && c.kind().property("replicas").isPresent()) {
                c = c.withProperty("replicas", new PropertyValue.IntValue(3));
            }
            components.add(c);
        }
        for (int i = 0; i < outside; i++) {
            links.add(Link.of("l-client-" + i, "client-" + i, "c-" + (i % inside)));
        }
        for (int i = 1; i < inside; i++) {
            Link link =
                    Link.of("l-" + i, "c-" + ((i - 1) / 2), "c-" + i).withLabel(i % 5 == 0 ? "events" : "call " + i);
            if (i % 5 == 0) {
                link = link.withMode(LinkMode.ASYNC);
            }
            if (i % 11 == 0) {
                link = link.withDirection(LinkDirection.BOTH);
            }
            links.add(link);
            int other = (i * 13) % inside;
            if (i % 7 == 0 && other != i) {
                links.add(Link.of("x-" + i, "c-" + i, "c-" + other).withMode(LinkMode.ASYNC));
            }
        }
        return new Design("Deployment " + size, "", components, links, groups, Scenario.DEFAULT);
    }
}
