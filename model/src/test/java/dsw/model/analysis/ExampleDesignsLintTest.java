package dsw.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.Severity;
import dsw.model.file.DesignFileException;
import dsw.model.file.DesignFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the lint says about the example designs shipped in {@code examples/}. */
class ExampleDesignsLintTest {

    private static Design example(String name) throws DesignFileException {
        return DesignFiles.read(Path.of("../examples/" + name + ".dsw.json")).design();
    }

    private static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    private static List<String> subjects(List<Finding> findings, String code) {
        return withCode(findings, code).stream().map(f -> f.ids().get(0)).toList();
    }

    @Test
    void threeTierWebHasTheLoadBalancerAsItsSinglePointOfFailure() throws DesignFileException {
        List<Finding> findings = DesignLint.check(example("three-tier-web"));

        assertThat(subjects(findings, DesignLint.SINGLE_POINT_OF_FAILURE)).containsExactly("lb");
        assertThat(withCode(findings, DesignLint.SINGLE_POINT_OF_FAILURE).get(0).message())
                .isEqualTo("Load balancer (lb) has one replica and every request from Browsers (browsers) to Web"
                        + " tier (web), Application tier (app), Cache (cache), Primary database (db-primary) and"
                        + " Read replica (db-replica) passes through it.");
        // the primary is not on every path to the read replica (the application tier reads it directly),
        // so it is a one-replica component, not a single point of failure for anything else
        assertThat(withCode(findings, DesignLint.SINGLE_REPLICA).get(0).ids())
                .containsExactly("cache", "db-primary", "db-replica");
        // the three-replica tiers appear only as things that are lost, never as the cause
        assertThat(findings)
                .filteredOn(f -> !f.code().equals(DesignLint.SINGLE_LINK))
                .allSatisfy(f -> assertThat(f.ids().get(0)).isNotIn("web", "app"));
        assertThat(subjects(findings, DesignLint.SINGLE_LINK)).containsExactly("lb-web", "web-app");
        assertThat(findings)
                .extracting(Finding::code)
                .doesNotContain(DesignLint.NO_CLIENTS, DesignLint.UNREACHABLE, DesignLint.ISOLATED);
    }

    @Test
    void mobileBackendSharesOneBackendBetweenBothPhones() throws DesignFileException {
        List<Finding> findings = DesignLint.check(example("mobile-backend"));

        assertThat(withCode(findings, DesignLint.SINGLE_POINT_OF_FAILURE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.message())
                            .isEqualTo("Backend server (backend) has one replica and every request from User A's"
                                    + " phone (phone-a) and User B's phone (phone-b) to Backend database (db) passes"
                                    + " through it.");
                    assertThat(f.ids()).containsExactly("backend", "phone-a", "phone-b", "db");
                });
        assertThat(subjects(findings, DesignLint.SINGLE_REPLICA)).containsExactly("db");
        // every link leads to a one-replica component, which its own finding covers
        assertThat(withCode(findings, DesignLint.SINGLE_LINK)).isEmpty();
    }

    @Test
    void shardedMonolithHasTheProxyAsTheOneDoorIn() throws DesignFileException {
        List<Finding> findings = DesignLint.check(example("sharded-monolith"));

        assertThat(withCode(findings, DesignLint.SINGLE_POINT_OF_FAILURE))
                .singleElement()
                .satisfies(f -> assertThat(f.ids())
                        .containsExactly("proxy", "external", "app-ak", "app-lr", "app-sz", "db-ak", "db-lr", "db-sz"));
        assertThat(withCode(findings, DesignLint.SINGLE_REPLICA).get(0).ids())
                .containsExactly("db-ak", "db-lr", "db-sz");
        assertThat(subjects(findings, DesignLint.SINGLE_LINK)).containsExactly("proxy-ak", "proxy-lr", "proxy-sz");
    }

    @Test
    void kubernetesMicroservicesHasNoWarnings() throws DesignFileException {
        List<Finding> findings = DesignLint.check(example("kubernetes-microservices"));

        // the ingress runs two replicas, and Z's service is reached both through its sidecar and the queue
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(withCode(findings, DesignLint.SINGLE_REPLICA).get(0).ids())
                .containsExactly("db-a", "queue-z", "db-z");
        assertThat(subjects(findings, DesignLint.SINGLE_LINK))
                .containsExactly("users-ingress", "ingress-mesh-a", "mesh-a-svc-a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"three-tier-web", "mobile-backend", "sharded-monolith", "kubernetes-microservices"})
    void theSameDesignReadAgainGivesTheSameFindings(String name) throws DesignFileException {
        Design design = example(name);
        Design reread = DesignFiles.read(
                        "copy.dsw.json", DesignFiles.toJson(design).getBytes(StandardCharsets.UTF_8))
                .design();

        List<Finding> findings = DesignLint.check(design);

        assertThat(findings).isNotEmpty();
        assertThat(DesignLint.check(reread)).isEqualTo(findings);
        assertThat(findings).allSatisfy(f -> assertThat(f.ids()).allMatch(design::hasId));
    }
}
