package dsw.app.inspector;

/**
 * The node ids of the property sheet's editors, stable for tests and for anyone driving the
 * inspector: a component's property {@code queueCapacity} is edited in {@code #prop-queueCapacity},
 * and every editor's message is in {@code #<id>-error}. Thread-safe (constants).
 */
public final class PropertyIds {
    public static final String DESIGN_NAME = "design-name";
    public static final String DESIGN_DESCRIPTION = "design-description";

    public static final String COMPONENT_NAME = "prop-name";
    public static final String COMPONENT_KIND = "prop-kind";
    public static final String COMPONENT_FRAME = "prop-frame";
    public static final String COMPONENT_ID = "prop-id";

    public static final String LINK_LABEL = "link-label";
    public static final String LINK_DIRECTION = "link-direction";
    public static final String LINK_MODE = "link-mode";
    public static final String LINK_LATENCY = "link-latency";
    public static final String LINK_LOSS = "link-loss";
    public static final String LINK_DUPLICATION = "link-duplication";
    public static final String LINK_REORDER = "link-reorder";
    public static final String LINK_CORRUPTION = "link-corruption";
    public static final String LINK_BANDWIDTH = "link-bandwidth";

    public static final String FRAME_NAME = "frame-name";
    public static final String FRAME_KIND = "frame-kind";
    public static final String FRAME_PARENT = "frame-parent";

    /** The choice of how a database or cache replicates. */
    public static final String REPLICATION_TYPE = "replication-type";
    /** The choice of the consistency a database or cache promises. */
    public static final String CONSISTENCY = "consistency-promise";

    private PropertyIds() {}

    /** The editor of one replication setting: {@code replication-mode}, {@code replication-w}. */
    public static String replication(String key) {
        return "replication-" + key;
    }

    /** The {@code index}th reason the replication settings cannot keep the promise. */
    public static String consistencyWarning(int index) {
        return "consistency-warning-" + index;
    }

    /** The {@code index}th suggested settings, the node id of its Apply button. */
    public static String consistencySuggestion(int index) {
        return "consistency-suggestion-" + index;
    }

    /** The editor of a component property: {@code prop-queueCapacity}. */
    public static String property(String key) {
        return "prop-" + key;
    }

    /** The switch of a pattern on a link or component: {@code pattern-retry}. */
    public static String pattern(String patternId) {
        return "pattern-" + patternId;
    }

    /** The editor of one setting of a pattern: {@code pattern-retry-maxAttempts}. */
    public static String patternSetting(String patternId, String key) {
        return "pattern-" + patternId + "-" + key;
    }

    /** The label under an editor that says why its text was refused. */
    public static String error(String id) {
        return id + "-error";
    }

    /** The note under an editor, such as the mean of a distribution. */
    public static String hint(String id) {
        return id + "-hint";
    }

    /** The box of the rows grouped under a switch: {@code pattern-retry-settings}. */
    public static String group(String switchId) {
        return switchId + "-settings";
    }
}
