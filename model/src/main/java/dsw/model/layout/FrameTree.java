package dsw.model.layout;

import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frames of a design as a tree of indices (design order), with each component's frame. Index
 * -1 stands for the canvas itself, the root around everything. Immutable after construction, so
 * thread-safe, though only one layout uses it.
 */
final class FrameTree {
    /** The chain of the root: no frames. */
    private static final int[] NO_FRAMES = new int[0];

    private final int[] parent;
    private final int[][] chain;
    private final int[] frameOf;
    private final int[] deepestFirst;
    private final int[][] childFrames;
    private final int[][] members;

    private FrameTree(Design design) {
        List<Group> groups = design.groups();
        int m = groups.size();
        Map<String, Integer> index = new HashMap<>();
        for (int g = 0; g < m; g++) {
            index.put(groups.get(g).id(), g);
        }
        parent = new int[m];
        for (int g = 0; g < m; g++) {
            String p = groups.get(g).parent();
            parent[g] = p == null ? -1 : index.get(p);
        }
        chain = new int[m][];
        for (int g = 0; g < m; g++) {
            fillChain(g);
        }
        List<Component> components = design.components();
        frameOf = new int[components.size()];
        List<List<Integer>> memberLists = lists(m);
        for (int c = 0; c < components.size(); c++) {
            String group = components.get(c).group();
            frameOf[c] = group == null ? -1 : index.get(group);
            if (frameOf[c] >= 0) {
                memberLists.get(frameOf[c]).add(c);
            }
        }
        List<List<Integer>> childLists = lists(m);
        for (int g = 0; g < m; g++) {
            if (parent[g] >= 0) {
                childLists.get(parent[g]).add(g);
            }
        }
        members = toArrays(memberLists);
        childFrames = toArrays(childLists);
        deepestFirst = java.util.stream.IntStream.range(0, m)
                .boxed()
                .sorted((a, b) -> Integer.compare(chain[b].length, chain[a].length))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static FrameTree of(Design design) {
        return new FrameTree(design);
    }

    /** Number of frames. */
    int size() {
        return parent.length;
    }

    /** The enclosing frame, or -1 for a top-level frame. */
    int parent(int frame) {
        return parent[frame];
    }

    /** The frame a component sits in directly, or -1. */
    int frameOf(int component) {
        return frameOf[component];
    }

    /** The frames from the top level down to {@code frame} itself; empty for the root (-1). */
    int[] chain(int frame) {
        return frame < 0 ? NO_FRAMES : chain[frame];
    }

    /** -1 for the root, 0 for a top-level frame. */
    int depth(int frame) {
        return chain(frame).length - 1;
    }

    /** The top-level frame around {@code frame}. */
    int top(int frame) {
        return chain[frame][0];
    }

    /** The innermost frame (or the root) holding both. */
    int commonAncestor(int a, int b) {
        int[] ca = chain(a);
        int[] cb = chain(b);
        int d = 0;
        while (d < ca.length && d < cb.length && ca[d] == cb[d]) {
            d++;
        }
        return d == 0 ? -1 : ca[d - 1];
    }

    /** The frame right inside {@code ancestor} on the way down to {@code frame}. */
    int childToward(int ancestor, int frame) {
        return chain[frame][depth(ancestor) + 1];
    }

    /** Frames sorted so that every frame comes before the one it sits in. */
    int[] deepestFirst() {
        return deepestFirst;
    }

    /** Frames directly inside the frame, in design order. */
    int[] childFrames(int frame) {
        return childFrames[frame];
    }

    /** Components directly inside the frame, in design order. */
    int[] members(int frame) {
        return members[frame];
    }

    /** True when the frame holds neither components nor frames. */
    boolean isEmpty(int frame) {
        return members[frame].length == 0 && childFrames[frame].length == 0;
    }

    private void fillChain(int g) {
        if (chain[g] == null) {
            // iterative: frames can nest deeply, and the design guarantees the parents end
            List<Integer> up = new ArrayList<>();
            int at = g;
            while (at >= 0 && chain[at] == null) {
                up.add(at);
                at = parent[at];
            }
            int[] base = at < 0 ? NO_FRAMES : chain[at];
            for (int i = up.size() - 1; i >= 0; i--) {
                int f = up.get(i);
                int[] c = java.util.Arrays.copyOf(base, base.length + 1);
                c[base.length] = f;
                chain[f] = c;
                base = c;
            }
        }
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> lists = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }
}
