package dsw.diagrams.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state machine to draw: named states, the initial one, and labelled transitions between them.
 * Immutable, thread-safe; built with {@link #builder}.
 */
public final class StateMachine {
    /**
     * One state.
     *
     * @param id how transitions and observations name it
     * @param label what the diagram shows, such as {@code Half-open}
     * @param description a line or two on what happens in it; may be empty
     */
    public record State(String id, String label, String description) {
        public State {
            requireText("state id", id);
            requireText("label of state " + id, label);
            description = description == null ? "" : description;
        }
    }

    /** A transition the machine can take, with what triggers it. */
    public record Transition(String from, String to, String label) {
        public Transition {
            requireText("transition source", from);
            requireText("transition target", to);
            label = label == null ? "" : label;
        }
    }

    private final String name;
    private final List<State> states;
    private final String initial;
    private final List<Transition> transitions;

    private StateMachine(String name, List<State> states, String initial, List<Transition> transitions) {
        this.name = name;
        this.states = List.copyOf(states);
        this.initial = initial;
        this.transitions = List.copyOf(transitions);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The machine's name, the diagram's title. */
    public String name() {
        return name;
    }

    /** The states in the order they were added, which is the order the diagram declares them. */
    public List<State> states() {
        return states;
    }

    /** The id of the state the machine starts in, or null when it has none. */
    public String initial() {
        return initial;
    }

    public List<Transition> transitions() {
        return transitions;
    }

    public Optional<State> state(String id) {
        return states.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The transition from one state to another, if the machine has one. */
    public Optional<Transition> transition(String from, String to) {
        return transitions.stream()
                .filter(t -> t.from().equals(from) && t.to().equals(to))
                .findFirst();
    }

    /**
     * @throws IllegalArgumentException naming the known states when the machine has no such state
     */
    State require(String id) {
        return state(id)
                .orElseThrow(() -> new IllegalArgumentException("\"" + id + "\" is not a state of " + name
                        + "; its states are "
                        + String.join(", ", states.stream().map(State::id).toList())));
    }

    private static String requireText(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return text;
    }

    /** Collects states and transitions; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<State> states = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private String initial;

        private Builder(String name) {
            this.name = requireText("machine name", name);
        }

        /** A state with a label and a description (what happens in it); the first is the initial one. */
        public Builder state(String id, String label, String description) {
            State state = new State(id, label, description);
            if (states.stream().anyMatch(s -> s.id().equals(id))) {
                throw new IllegalArgumentException("state \"" + id + "\" is added twice to " + name);
            }
            states.add(state);
            if (initial == null) {
                initial = id;
            }
            return this;
        }

        public Builder state(String id, String label) {
            return state(id, label, "");
        }

        /** The state the machine starts in; without this call, the first state added. */
        public Builder initial(String id) {
            initial = id;
            return this;
        }

        /** A transition between two states added before. */
        public Builder transition(String from, String to, String label) {
            transitions.add(new Transition(from, to, label));
            return this;
        }

        /**
         * The machine, checked.
         *
         * @throws IllegalArgumentException when a transition or the initial state names a state
         *     that was not added, or there is no state
         */
        public StateMachine build() {
            if (states.isEmpty()) {
                throw new IllegalArgumentException(name + " has no states");
            }
            StateMachine machine = new StateMachine(name, states, initial, transitions);
            machine.require(initial);
            for (Transition t : transitions) {
                machine.require(t.from());
                machine.require(t.to());
            }
            return machine;
        }
    }
}
