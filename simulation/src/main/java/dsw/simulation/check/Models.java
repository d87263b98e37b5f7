package dsw.simulation.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The models by command-line name, and a guess from the functions a history uses. Stateless, thread-safe. */
public final class Models {
    /** The names {@link #named} knows. */
    public static final List<String> NAMES = List.of("register", "cas-register", "mutex", "multi-register", "kv");

    private static final Long ZERO = 0L;

    private Models() {}

    /** The model called {@code name}, starting at {@code initial} when given (registers start at 0, kv keys at ""). */
    public static Optional<Model> named(String name, Optional<Object> initial) {
        return Optional.ofNullable(
                switch (name) {
                    case "register" -> new RegisterModel(false, initial.orElse(ZERO));
                    case "cas-register" -> new RegisterModel(true, initial.orElse(ZERO));
                    case "mutex" -> new MutexModel();
                    case "multi-register" -> new MultiRegisterModel(initial.orElse(ZERO));
                    case "kv" -> new KeyValueModel(initial.orElse(""));
                    default -> null;
                });
    }

    /** The model a history declares, or else the one its functions suggest: txn, acquire/release, get/put/append, else a cas register. */
    public static String guess(ClientHistory history) {
        if (history.model().isPresent()) {
            return history.model().get();
        }
        Set<String> functions = history.functions();
        if (functions.contains("txn")) {
            return "multi-register";
        }
        if (functions.contains("acquire") || functions.contains("release")) {
            return "mutex";
        }
        if (functions.contains("get") || functions.contains("put") || functions.contains("append")) {
            return "kv";
        }
        return "cas-register";
    }
}
