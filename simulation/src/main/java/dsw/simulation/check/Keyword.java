package dsw.simulation.check;

/** An EDN keyword such as {@code :read}, kept apart from strings so {@code :x} and {@code "x"} differ. Immutable. */
public record Keyword(String name) {
    @Override
    public String toString() {
        return ":" + name;
    }
}
