package dsw.model;

import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.util.List;

/** Small designs for tests. */
public final class TestDesigns {
    private static final KindCatalog KINDS = KindCatalog.standard();

    private TestDesigns() {}

    public static Component component(String id, String kind) {
        return Component.of(id, id.toUpperCase(java.util.Locale.ROOT), KINDS.get(kind))
                .withPosition(new Position(100, 100));
    }

    /** client -> lb -> api -> db, with a zone around api and db. */
    public static Design chain() {
        return new Design(
                "Chain",
                "",
                List.of(
                        component("client", "client"),
                        component("lb", "load-balancer"),
                        component("api", "service").withGroup("zone"),
                        component("db", "database").withGroup("zone")),
                List.of(Link.of("l1", "client", "lb"), Link.of("l2", "lb", "api"), Link.of("l3", "api", "db")),
                List.of(new Group("zone", "Zone A", GroupKind.ZONE, null, new Bounds(0, 0, 500, 300))),
                Scenario.DEFAULT);
    }
}
