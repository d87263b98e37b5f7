package dsw.bench;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.GroupKind;
import dsw.model.Link;
import dsw.model.Position;
import dsw.model.kind.ComponentKind;
import dsw.model.kind.KindCatalog;
import dsw.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large, laid-out design for the editor benchmark: components in frames on a grid, joined by
 * random links (seeded, so every run draws the same design), most of them inside a frame and the
 * rest to the next frame, as people draw systems. Thread-safe (stateless).
 */
final class EditorDesign {
    private EditorDesign() {}

    static Design of(int components, int links, int frames, long seed) {
        List<ComponentKind> kinds = KindCatalog.standard().all();
        int perFrame = (components + frames - 1) / frames;
        int columns = (int) Math.ceil(Math.sqrt(perFrame));
        int framesPerRow = (int) Math.ceil(Math.sqrt(frames));
        double cell = 240;
        double frameSize = columns * cell + 80;
        List<Group> groups = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            double fx = (f % framesPerRow) * (frameSize + 80);
            double fy = (f / framesPerRow) * (frameSize + 80);
            groups.add(new Group(
                    "zone-" + f, "Zone " + f, GroupKind.ZONE, null, new Bounds(fx, fy, frameSize, frameSize)));
        }
        List<Component> list = new ArrayList<>();
        for (int i = 0; i < components; i++) {
            int f = i / perFrame;
            int k = i % perFrame;
            Bounds b = groups.get(f).bounds();
            double x = b.x() + 40 + (k % columns) * cell + cell / 2;
            double y = b.y() + 60 + (k / columns) * cell + cell / 2;
            ComponentKind kind = kinds.get(i % kinds.size());
            list.add(Component.of("c" + i, kind.name() + " " + i, kind)
                    .withPosition(new Position(x, y))
                    .withGroup(groups.get(f).id()));
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Link> linkList = new ArrayList<>();
        java.util.Set<String> pairs = new HashSet<>();
        while (linkList.size() < links) {
            int a = random.nextInt(components);
            int frame = a / perFrame;
            int to = random.nextInt(5) == 0 ? Math.min(frames - 1, frame + 1) : frame;
            int b = Math.min(components - 1, to * perFrame + random.nextInt(perFrame));
            if (a != b && pairs.add(a + ">" + b)) {
                linkList.add(Link.of("l" + linkList.size(), "c" + a, "c" + b)
                        .withLabel(linkList.size() % 3 == 0 ? "gRPC" : ""));
            }
        }
        return new Design("Editor benchmark", "", list, linkList, groups, Scenario.DEFAULT);
    }
}
