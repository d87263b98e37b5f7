package dsw.diagrams.importer;

import dsw.model.GroupKind;
import dsw.model.kind.KindCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what a PlantUML element becomes in dsw: a stereotype naming a kind ({@code <<cache>>},
 * as dsw's own export writes) settles it; otherwise the keyword gives a kind, and words in its
 * stereotypes and names may refine it ("Kafka" is a queue, "Reverse Proxy" a load balancer).
 * Rules are tried in order and the first match wins. Thread-safe (stateless).
 */
final class KindGuess {
    /**
     * A kind for a component.
     *
     * @param kind a kind id from the catalog
     * @param reason why the kind differs from what the keyword says ("guessed from its name"), or
     *     null when the keyword says it
     */
    record Guess(String kind, String reason) {}

    /**
     * A frame kind.
     *
     * @param reason as for {@link Guess}; null for a plain system frame
     */
    record FrameGuess(GroupKind kind, String reason) {}

    private record Rule(String kind, List<String> phrases) {}

    /** First match wins, so the specific kinds come before the general ones. */
    private static final List<Rule> RULES = List.of(
            new Rule("sidecar-proxy", List.of("sidecar", "envoy", "mesh", "istio", "linkerd")),
            new Rule("api-gateway", List.of("gateway", "gw", "apigw", "ingress", "kong", "apigee")),
            new Rule(
                    "load-balancer",
                    List.of(
                            "load balancer",
                            "loadbalancer",
                            "balancer",
                            "lb",
                            "elb",
                            "alb",
                            "nlb",
                            "haproxy",
                            "nginx",
                            "proxy",
                            "traefik")),
            new Rule("cache", List.of("cache", "caches", "redis", "memcached", "memcache", "varnish")),
            new Rule(
                    "queue",
                    List.of(
                            "queue",
                            "queues",
                            "kafka",
                            "rabbitmq",
                            "rabbit",
                            "sqs",
                            "broker",
                            "brokers",
                            "message bus",
                            "event bus",
                            "topic",
                            "topics",
                            "nats",
                            "pubsub",
                            "pub sub",
                            "kinesis",
                            "mq",
                            "activemq",
                            "pulsar")),
            new Rule(
                    "lock-service",
                    List.of("lock", "locks", "zookeeper", "zk", "etcd", "chubby", "coordination", "consensus")),
            new Rule("registry", List.of("registry", "discovery", "consul", "eureka", "dns")),
            new Rule(
                    "database",
                    List.of(
                            "database",
                            "databases",
                            "db",
                            "dbs",
                            "postgres",
                            "postgresql",
                            "mysql",
                            "mariadb",
                            "mongodb",
                            "mongo",
                            "cassandra",
                            "dynamodb",
                            "sql",
                            "rds",
                            "datastore",
                            "data store",
                            "cockroachdb",
                            "spanner")),
            new Rule("web-browser", List.of("browser", "browsers")),
            new Rule("mobile-app", List.of("mobile", "phone", "phones", "smartphone", "ios", "android")),
            new Rule("client", List.of("client", "clients", "user", "users")),
            new Rule(
                    "external-system",
                    List.of("external", "third party", "thirdparty", "3rd party", "saas", "partner")));

    /** Kinds that stand for a caller; a name that also says "service" or "server" is not one. */
    private static final Set<String> CALLERS = Set.of("client", "web-browser", "mobile-app");

    private static final List<String> NOT_CALLERS =
            List.of("service", "services", "microservice", "server", "api", "backend", "svc");

    /** Keywords that draw a box dsw reads as a service; others are noted as a stretch. */
    private static final Set<String> SERVICE_KEYWORDS =
            Set.of("node", "component", "agent", "rectangle", "collections", "process", "action");

    private static final Pattern WORD_BREAK =
            Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|[^\\p{L}\\p{N}]+");

    private KindGuess() {}

    /** The kind of a component, from its keyword (null for an undeclared element), stereotypes and names. */
    static Guess component(String keyword, List<String> stereotypes, String display, String code) {
        for (String stereotype : stereotypes) {
            String id = stereotype.strip().toLowerCase(Locale.ROOT);
            if (KindCatalog.standard().find(id).isPresent()) {
                return new Guess(id, null);
            }
        }
        String fallback;
        Set<String> allowed;
        if (keyword == null) {
            return refine("service", null, stereotypes, display, code);
        }
        switch (keyword) {
            case "actor":
            case "person":
                fallback = "client";
                allowed = Set.of("web-browser", "mobile-app");
                break;
            case "database":
            case "storage":
                fallback = "database";
                allowed = Set.of("cache", "queue", "lock-service", "registry");
                break;
            case "queue":
                fallback = "queue";
                allowed = Set.of();
                break;
            case "cloud":
                fallback = "external-system";
                allowed = Set.of();
                break;
            default:
                fallback = "service";
                allowed = null;
        }
        Guess guess = refine(fallback, allowed, stereotypes, display, code);
        if (guess.reason() == null && fallback.equals("service") && !SERVICE_KEYWORDS.contains(keyword)) {
            return new Guess("service", "a PlantUML " + keyword + " has no counterpart in dsw");
        }
        return guess;
    }

    private static Guess refine(
            String fallback, Set<String> allowed, List<String> stereotypes, String display, String code) {
        String fromStereotypes = words(String.join(" ", stereotypes));
        String fromNames = words(display + " " + code);
        boolean caller = !matches(fromStereotypes + fromNames, NOT_CALLERS);
        for (Rule rule : RULES) {
            if ((allowed != null && !allowed.contains(rule.kind())) || (CALLERS.contains(rule.kind()) && !caller)) {
                continue;
            }
            if (matches(fromStereotypes, rule.phrases())) {
                return found(rule.kind(), fallback, "guessed from its stereotype");
            }
            if (matches(fromNames, rule.phrases())) {
                return found(rule.kind(), fallback, "guessed from its name");
            }
        }
        return new Guess(fallback, null);
    }

    private static Guess found(String kind, String fallback, String reason) {
        return new Guess(kind, kind.equals(fallback) ? null : reason);
    }

    /** The kind of a frame, from the words in its keyword, stereotypes and names. */
    static FrameGuess frame(String keyword, List<String> stereotypes, String display, String code) {
        for (String stereotype : stereotypes) {
            Optional<GroupKind> named =
                    GroupKind.fromFileName(stereotype.strip().toLowerCase(Locale.ROOT));
            if (named.isPresent()) {
                return new FrameGuess(named.get(), null);
            }
        }
        String text = words(keyword + " " + String.join(" ", stereotypes) + " " + display + " " + code);
        if (matches(text, List.of("namespace", "namespaces", "ns"))) {
            return new FrameGuess(GroupKind.NAMESPACE, "guessed from its name");
        }
        if (matches(text, List.of("zone", "zones", "az", "availability"))) {
            return new FrameGuess(GroupKind.ZONE, "guessed from its name");
        }
        if (matches(text, List.of("cluster", "clusters", "kubernetes", "k8s", "eks", "gke", "aks", "openshift"))) {
            return new FrameGuess(GroupKind.CLUSTER, "guessed from its name");
        }
        if (matches(text, List.of("region", "regions"))) {
            return new FrameGuess(GroupKind.REGION, "guessed from its name");
        }
        return new FrameGuess(GroupKind.SYSTEM, null);
    }

    /** Lower-case words, camel case split ("dbShardA" is "db shard a"), padded with spaces. */
    static String words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAK.split(text)) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return " " + String.join(" ", words) + " ";
    }

    private static boolean matches(String words, List<String> phrases) {
        for (String phrase : phrases) {
            if (words.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }
}
