package dsw.model;

import java.util.List;
import java.util.stream.Collectors;

/** A design was built with broken references or duplicate ids; lists every such problem. */
public final class InvalidDesignException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidDesignException(List<Problem> problems) {
        super(problems.stream().map(p -> p.pointer() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
