package dsw.simulation.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain read or write of one key, the form session and causal checks need: register {@code
 * read}/{@code write} (one key) and key-value {@code get}/{@code put}. Immutable.
 *
 * @param key the key, or "register" for a register
 * @param write true for a write, false for a read
 * @param value the value written, or the value the read returned
 */
record Access(Operation op, Object key, boolean write, Object value) {
    private static final String REGISTER = "register";

    /** Why {@code op} is not a plain read or write under {@code model}, if it is not. */
    static Optional<String> problem(Model model, Operation op) {
        Optional<String> modelProblem = model.problem(op);
        if (modelProblem.isPresent()) {
            return modelProblem;
        }
        boolean plain = model instanceof RegisterModel
                ? List.of("read", "write").contains(op.function())
                : model instanceof KeyValueModel && List.of("get", "put").contains(op.function());
        return plain
                ? Optional.empty()
                : Optional.of("this check takes register read/write and kv get/put, not " + model.name() + " "
                        + op.function());
    }

    /** The accesses of the operations that may have happened (not failed), reads only when they returned a value. */
    static List<Access> of(Model model, List<Operation> operations) {
        List<Access> accesses = new ArrayList<>();
        for (Operation op : operations) {
            if (op.completion() == Completion.FAIL || model.unconstrained(op)) {
                continue;
            }
            boolean write = !model.readOnly(op);
            if (model instanceof KeyValueModel) {
                List<?> argument = Values.tuple(op.argument(), 2);
                List<?> result = Values.tuple(op.result(), 2);
                accesses.add(new Access(
                        op,
                        argument.get(0),
                        write,
                        write ? argument.get(1) : result == null ? op.result() : result.get(1)));
            } else {
                accesses.add(new Access(op, REGISTER, write, write ? op.argument() : op.result()));
            }
        }
        return accesses;
    }

    /**
     * Why the written values do not identify their writes, if they do not: a value written twice to
     * a key, or the initial value written again.
     */
    static Optional<String> notUnique(Model model, List<Access> accesses) {
        Map<List<Object>, Access> writers = new HashMap<>();
        for (Access access : accesses) {
            if (!access.write()) {
                continue;
            }
            Access earlier = writers.putIfAbsent(key(access), access);
            if (earlier != null || Values.same(access.value(), model.initial())) {
                return Optional.of(
                        model.describe(access.op()) + " " + Explanations.place(access.op())
                                + (earlier == null
                                        ? " writes the initial value again"
                                        : " writes the same value as " + Explanations.place(earlier.op()))
                                + ", so a read's value does not say which write it saw; this check needs unique written values");
            }
        }
        return Optional.empty();
    }

    /** The write each value of each key came from. */
    static Map<List<Object>, Access> writers(List<Access> accesses) {
        Map<List<Object>, Access> writers = new HashMap<>();
        accesses.stream().filter(Access::write).forEach(access -> writers.put(key(access), access));
        return writers;
    }

    /** (key, value), to look up the write a read saw. */
    static List<Object> key(Access access) {
        return java.util.Arrays.asList(access.key(), normal(access.value()));
    }

    private static Object normal(Object value) {
        return value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                ? (Object) number.longValue()
                : value;
    }
}
