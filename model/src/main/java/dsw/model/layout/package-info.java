/**
 * Automatic layout of designs: {@link dsw.model.layout.LayeredLayout} arranges components in
 * columns the way requests flow, with frames drawn around their members. The steps, each its own
 * class: {@code Layering} (cycles and columns), {@code LayeredGraph} (virtual nodes for long
 * links), {@code CrossingReduction}, {@code VerticalPlacement}, {@code ColumnPlacement} and
 * {@code BlockStacking} (coordinates), {@code ShelfPacking} (what has no links) and
 * {@code FrameBounds}.
 */
package dsw.model.layout;
