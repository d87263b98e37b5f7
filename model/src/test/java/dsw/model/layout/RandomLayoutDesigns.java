package dsw.model.layout;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.Position;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random designs for layout tests: components of every kind, frames nested a few deep (some
 * empty), links that make cycles and run both ways, components without links, some parts already
 * placed. Not thread-safe (one per random source).
 */
final class RandomLayoutDesigns {
    private static final List<ComponentKind> KINDS = KindCatalog.standard().all();

    private RandomLayoutDesigns() {}

    /** A design of {@code n} components, about {@code linksPerComponent * n} links and up to {@code maxFrames} frames. */
    static Design of(Random random, int n, double linksPerComponent, int maxFrames) {
        List<Group> groups = new ArrayList<>();
        int frameCount = maxFrames == 0 ? 0 : random.nextInt(maxFrames + 1);
        for (int i = 0; i < frameCount; i++) {
            String parent = i > 0 && random.nextInt(3) > 0
                    ? groups.get(random.nextInt(groups.size())).id()
                    : null;
            Bounds bounds = random.nextBoolean() ? null : new Bounds(5, 5, 50, 50);
            groups.add(new Group("g" + i, "Frame " + i, GroupKind.ZONE, parent, bounds));
        }
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Component c = Component.of("c" + i, "C" + i, KINDS.get(random.nextInt(KINDS.size())));
            if (!groups.isEmpty() && random.nextInt(3) > 0) {
                c = c.withGroup(groups.get(random.nextInt(groups.size())).id());
            }
            if (random.nextInt(4) == 0) {
                c = c.withPosition(new Position(random.nextInt(2000), random.nextInt(2000)));
            }
            components.add(c);
        }
        List<Link> links = new ArrayList<>();
        int linkCount = n < 2 ? 0 : (int) Math.round(random.nextDouble() * 2 * linksPerComponent * n);
        for (int i = 0; i < linkCount; i++) {
            int from = random.nextInt(n);
            // mostly "downstream", so there are flows, but every so often against it: cycles
            int to = random.nextInt(5) == 0
                    ? random.nextInt(n)
                    : Math.min(n - 1, from + 1 + random.nextInt(Math.max(1, n / 4)));
            if (to == from) {
                continue; // a design cannot link a component to itself
            }
            Link link = Link.of("l" + i, "c" + from, "c" + to);
            if (random.nextInt(5) == 0) {
                link = link.withDirection(LinkDirection.BOTH);
            }
            links.add(link);
        }
        return new Design("random", "", components, links, groups, Scenario.DEFAULT);
    }
}
