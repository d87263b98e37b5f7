package dsw.model.trace;

import dsw.model.value.Ids;
import java.util.Objects;

/**
 * One process of a run: an instance of a component. Immutable, thread-safe.
 *
 * @param id the process name in traces: the component id, or {@code id#n} (n from 1) when the
 *     component has several replicas
 * @param component the component id
 * @param kind the component's kind id
 * @param instance the instance number, from 1
 */
public record ProcessInfo(String id, String component, String kind, int instance) {
    public ProcessInfo {
        Objects.requireNonNull(id, "id");
        Ids.require("process component", component);
        Objects.requireNonNull(kind, "kind");
        if (instance < 1) {
            throw new IllegalArgumentException("instance numbers start at 1, got " + instance);
        }
    }

    /** The process name for instance {@code instance} of a component with {@code replicas}. */
    public static String name(String component, int instance, int replicas) {
        return replicas == 1 ? component : component + "#" + instance;
    }
}
