package dsw.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Bounds;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every arranged design must satisfy, as a user would see it on the canvas: every box and
 * frame placed on the canvas, no box on another, frames around their members and nested frames,
 * and no frame over anything that is not in it. Thread-safe (stateless).
 */
final class LayoutChecks {
    private LayoutChecks() {}

    /** Checks {@code after} is a well-formed layout of {@code before}. */
    static void assertArranged(Design before, Design after, LayoutOptions options) {
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.links()).isEqualTo(before.links());
        assertThat(after.scenario()).isEqualTo(before.scenario());
        assertThat(after.components()).hasSameSizeAs(before.components());
        for (int i = 0; i < before.components().size(); i++) {
            Component was = before.components().get(i);
            Component is = after.components().get(i);
            assertThat(is.position()).as("position of %s", is.id()).isNotNull();
            assertThat(is.withPosition(was.position())).isEqualTo(was);
            assertThat(is.position().x() - options.boxWidth() / 2)
                    .as("left of %s", is.id())
                    .isGreaterThanOrEqualTo(0);
            assertThat(is.position().y() - options.boxHeight() / 2)
                    .as("top of %s", is.id())
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(after.groups()).hasSameSizeAs(before.groups());
        for (int i = 0; i < before.groups().size(); i++) {
            Group is = after.groups().get(i);
            assertThat(is.bounds()).as("bounds of %s", is.id()).isNotNull();
            assertThat(is.withBounds(before.groups().get(i).bounds()))
                    .isEqualTo(before.groups().get(i));
        }
        assertNoOverlaps(after, options);
    }

    static void assertNoOverlaps(Design design, LayoutOptions options) {
        assertThat(overlaps(design, options)).isEmpty();
    }

    /** Every box on a box, frame over a box not in it, and frame over another frame, in words. */
    static List<String> overlaps(Design design, LayoutOptions options) {
        List<String> problems = new ArrayList<>();
        List<Component> byLeft = new ArrayList<>(design.components());
        byLeft.sort(Comparator.comparingDouble(c -> c.position().x()));
        for (int i = 0; i < byLeft.size(); i++) {
            Bounds a = box(byLeft.get(i), options);
            // boxes further on start further right: only those starting before this one ends can overlap
            for (int j = i + 1; j < byLeft.size() && box(byLeft.get(j), options).x() < a.x() + a.width(); j++) {
                if (overlap(a, box(byLeft.get(j), options))) {
                    problems.add("boxes " + byLeft.get(i).id() + " and "
                            + byLeft.get(j).id() + " overlap");
                }
            }
        }
        for (Group frame : design.groups()) {
            Set<String> inside = new HashSet<>();
            design.allMembersOf(frame.id()).forEach(c -> inside.add(c.id()));
            for (Component c : design.components()) {
                Bounds box = box(c, options);
                if (inside.contains(c.id()) && !contains(frame.bounds(), box)) {
                    problems.add("frame " + frame.id() + " does not hold its member " + c.id());
                } else if (!inside.contains(c.id()) && overlap(frame.bounds(), box)) {
                    problems.add("frame " + frame.id() + " covers " + c.id() + ", which is not in it");
                }
            }
            for (Group other : design.groups()) {
                if (other.id().equals(frame.id())) {
                    continue;
                }
                if (isInside(design, other, frame)) {
                    if (!contains(frame.bounds(), other.bounds())) {
                        problems.add("frame " + frame.id() + " does not hold frame " + other.id());
                    }
                } else if (!isInside(design, frame, other)
                        && other.id().compareTo(frame.id()) > 0
                        && overlap(frame.bounds(), other.bounds())) {
                    problems.add("frames " + frame.id() + " and " + other.id() + " overlap");
                }
            }
        }
        return problems;
    }

    /**
     * Crossings between straight links whose ends are in neighbouring columns (the distinct x
     * positions of the boxes).
     */
    static int crossings(Design design) {
        List<Double> columns = new ArrayList<>(new TreeSet<>(
                design.components().stream().map(c -> c.position().x()).toList()));
        List<double[]> segments = new ArrayList<>(); // column, y at the left, y at the right
        for (Link link : design.links()) {
            Position a = design.requireComponent(link.from()).position();
            Position b = design.requireComponent(link.to()).position();
            Position left = a.x() < b.x() ? a : b;
            Position right = a.x() < b.x() ? b : a;
            int column = columns.indexOf(left.x());
            if (columns.indexOf(right.x()) == column + 1) {
                segments.add(new double[] {column, left.y(), right.y()});
            }
        }
        int crossings = 0;
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                double[] s = segments.get(i);
                double[] t = segments.get(j);
                if (s[0] == t[0] && (s[1] - t[1]) * (s[2] - t[2]) < 0) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    /** The design without positions or bounds, as if imported. */
    static Design unplaced(Design design) {
        return design.withTopology(
                design.components().stream().map(c -> c.withPosition(null)).toList(),
                design.links(),
                design.groups().stream().map(g -> g.withBounds(null)).toList());
    }

    static Bounds box(Component c, LayoutOptions options) {
        return new Bounds(
                c.position().x() - options.boxWidth() / 2,
                c.position().y() - options.boxHeight() / 2,
                options.boxWidth(),
                options.boxHeight());
    }

    private static boolean isInside(Design design, Group inner, Group outer) {
        for (String at = inner.parent();
                at != null;
                at = design.group(at).orElseThrow().parent()) {
            if (at.equals(outer.id())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.x() > outer.x()
                && inner.y() > outer.y()
                && inner.x() + inner.width() < outer.x() + outer.width()
                && inner.y() + inner.height() < outer.y() + outer.height();
    }
}
