package dsw.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a drawn frame stands for. Frames nest: a region holds zones, a cluster holds namespaces. */
public enum GroupKind {
    REGION("Region"),
    ZONE("Availability zone"),
    CLUSTER("Cluster"),
    NAMESPACE("Namespace"),
    /** A logical boundary such as "the monolith" or "the payments system". */
    SYSTEM("System");

    private final String displayName;

    GroupKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupKind> fromFileName(String name) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(name)).findFirst();
    }
}
