package dsw.model.analysis;

import static dsw.model.analysis.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.Design;
import dsw.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DesignLintTest {

    private static List<Finding> findings(Designs design, String code) {
        return DesignLint.check(design.build()).stream()
                .filter(f -> f.code().equals(code))
                .toList();
    }

    private static Finding only(Designs design, String code) {
        List<Finding> found = findings(design, code);
        assertThat(found).as("findings with code " + code).hasSize(1);
        return found.get(0);
    }

    @Test
    void anEmptyDesignHasNothingToSay() {
        assertThat(DesignLint.check(Design.empty("blank"))).isEmpty();
    }

    @Nested
    class NoClients {
        @Test
        void aDesignWithoutClientsIsToldThatNothingSendsRequests() {
            Designs design = design("servers only")
                    .service("svc", "Service", 1)
                    .component("db", "Database", "database", 1)
                    .link("svc", "db");

            Finding finding = only(design, DesignLint.NO_CLIENTS);

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("no client").contains("client, mobile app or web browser");
            // nothing is "unreachable" on top: the missing client says it all
            assertThat(DesignLint.check(design.build())).containsExactly(finding);
        }

        @Test
        void oneClientIsEnough() {
            assertThat(findings(Designs.chain(), DesignLint.NO_CLIENTS)).isEmpty();
        }
    }

    @Nested
    class Isolated {
        @Test
        void componentsWithoutLinksAreNamedTogether() {
            Designs design = Designs.chain().service("notes", "Notes", 1).client("old", "Old client");

            Finding finding = only(design, DesignLint.ISOLATED);

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo(
                            "Notes (notes) and Old client (old) have no links at all, so they take no part in a run.");
            assertThat(finding.ids()).containsExactly("notes", "old");
            assertThat(findings(design, DesignLint.UNREACHABLE)).isEmpty();
        }

        @Test
        void aConnectedDesignHasNone() {
            assertThat(findings(Designs.chain(), DesignLint.ISOLATED)).isEmpty();
        }
    }

    @Nested
    class Unreachable {
        @Test
        void aComponentNoClientCanReachIsNamed() {
            Designs design = Designs.chain().service("worker", "Worker", 1).link("worker", "db");

            Finding finding = only(design, DesignLint.UNREACHABLE);

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo("No client can reach Worker (worker): no chain of links, followed in the direction"
                            + " requests travel, leads to it from a client.");
            assertThat(finding.ids()).containsExactly("worker");
        }

        @Test
        void aLinkThatCarriesRequestsBothWaysMakesItReachable() {
            Designs design = Designs.chain().service("worker", "Worker", 1).twoWay("worker", "db");

            assertThat(findings(design, DesignLint.UNREACHABLE)).isEmpty();
        }
    }

    @Nested
    class SinglePointOfFailure {
        @Test
        void aOneReplicaComponentOnEveryPathIsAWarningThatSaysWhatIsLost() {
            Finding finding = only(Designs.chain(), DesignLint.SINGLE_POINT_OF_FAILURE);

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo("Load balancer (lb) has one replica and every request from Browsers (b) to Web tier"
                            + " (web) and Database (db) passes through it.");
            assertThat(finding.ids()).containsExactly("lb", "b", "web", "db");
        }

        @Test
        void twoReplicasAreNoSinglePoint() {
            Designs design = design("replicated")
                    .client("b", "Browsers")
                    .component("lb", "Load balancer", "load-balancer", 2)
                    .service("web", "Web tier", 3)
                    .link("b", "lb")
                    .link("lb", "web");

            assertThat(findings(design, DesignLint.SINGLE_POINT_OF_FAILURE)).isEmpty();
        }

        @Test
        void aSecondPathAroundTheComponentIsNoSinglePoint() {
            Designs design = Designs.chain()
                    .component("lb2", "Spare load balancer", "load-balancer", 1)
                    .link("b", "lb2")
                    .link("lb2", "web");

            assertThat(findings(design, DesignLint.SINGLE_POINT_OF_FAILURE)).isEmpty();
        }

        @Test
        void severalClientsGiveOneFindingPerComponent() {
            Designs design = Designs.chain().client("m", "Phones").link("m", "lb");

            Finding finding = only(design, DesignLint.SINGLE_POINT_OF_FAILURE);

            assertThat(finding.message())
                    .contains("every request from Browsers (b) and Phones (m) to Web tier (web) and Database (db)");
            assertThat(finding.ids()).containsExactly("lb", "b", "m", "web", "db");
        }

        @Test
        void clientsThatLoseDifferentThingsAreToldApart() {
            Designs design = Designs.chain()
                    .client("m", "Phones")
                    .service("api", "Mobile API", 3)
                    .link("m", "lb")
                    .link("lb", "api");

            Finding finding = only(design, DesignLint.SINGLE_POINT_OF_FAILURE);

            assertThat(finding.message())
                    .contains("from Browsers (b) and Phones (m) to Web tier (web), Database (db) and Mobile API (api)");

            // the phones also reach the web tier directly, so they only lose search
            Designs split = Designs.chain()
                    .client("m", "Phones")
                    .service("search", "Search", 3)
                    .link("lb", "search")
                    .link("m", "lb")
                    .link("m", "web");
            Finding splitFinding = only(split, DesignLint.SINGLE_POINT_OF_FAILURE);
            assertThat(splitFinding.message())
                    .isEqualTo("Load balancer (lb) has one replica and every request from Browsers (b) to Web tier"
                            + " (web), Database (db) and Search (search), and from Phones (m) to Search (search)"
                            + " passes through it.");
            assertThat(splitFinding.ids()).containsExactly("lb", "b", "m", "web", "db", "search");
        }

        @Test
        void longListsAreCut() {
            Designs design = design("fan-out")
                    .client("b", "Browsers")
                    .component("lb", "Load balancer", "load-balancer", 1)
                    .link("b", "lb");
            for (int i = 1; i <= 20; i++) {
                design.service("s" + i, "Shard " + i, 2).link("lb", "s" + i);
            }

            Finding finding = only(design, DesignLint.SINGLE_POINT_OF_FAILURE);

            assertThat(finding.message())
                    .contains("to Shard 1 (s1), Shard 2 (s2), Shard 3 (s3), Shard 4 (s4), Shard 5 (s5) and 15 more")
                    .doesNotContain("s6");
            assertThat(finding.ids()).hasSize(22).contains("s20");
        }

        @Test
        void aKindWithoutReplicaCountIsASingleInstance() {
            Designs design = design("outside")
                    .client("b", "Browsers")
                    .component("pay", "Payment provider", "external-system", 1)
                    .service("bank", "Bank adapter", 2)
                    .link("b", "pay")
                    .link("pay", "bank");

            assertThat(only(design, DesignLint.SINGLE_POINT_OF_FAILURE).message())
                    .startsWith("Payment provider (pay) is a single instance and every request");
        }
    }

    @Nested
    class SingleReplica {
        @Test
        void oneReplicaComponentsThatCutNothingElseOffAreOneNote() {
            Finding finding = only(
                    Designs.chain().component("cache", "Cache", "cache", 1).link("web", "cache"),
                    DesignLint.SINGLE_REPLICA);

            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.message())
                    .isEqualTo("Database (db) and Cache (cache) have one replica each, so while one is down the"
                            + " requests that need it fail.");
            // the load balancer has its own, stronger finding
            assertThat(finding.ids()).containsExactly("db", "cache");
        }

        @Test
        void replicatedComponentsAreLeftAlone() {
            Designs design = design("replicated")
                    .client("b", "Browsers")
                    .component("db", "Database", "database", 3)
                    .link("b", "db");

            assertThat(findings(design, DesignLint.SINGLE_REPLICA)).isEmpty();
        }
    }

    @Nested
    class SingleLink {
        @Test
        void theOnlyLinkToAReplicatedTierIsANote() {
            Finding finding = only(Designs.chain(), DesignLint.SINGLE_LINK);

            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.message())
                    .startsWith("Link lb-web (Load balancer to Web tier) is the only way from Browsers (b) to Web tier"
                            + " (web) and Database (db);");
            assertThat(finding.ids()).containsExactly("lb-web", "b", "web", "db");
        }

        @Test
        void aSecondLinkMakesItNoLongerTheOnlyWay() {
            Designs design = Designs.chain()
                    .link("spare", "lb", "web", dsw.model.LinkDirection.FORWARD, dsw.model.LinkMode.SYNC);

            assertThat(findings(design, DesignLint.SINGLE_LINK)).isEmpty();
        }

        @Test
        void linksIntoAOneReplicaComponentAreCoveredByItsOwnFinding() {
            // b-lb leads to the single point of failure, web-db to the one-replica database
            assertThat(findings(Designs.chain(), DesignLint.SINGLE_LINK))
                    .extracting(f -> f.ids().get(0))
                    .containsExactly("lb-web");
        }
    }

    @Nested
    class PartitionCuts {
        /** Browsers outside; lb and web in zone a; db in zone z. */
        private Designs zoned() {
            return Designs.chain().frame("a", null, "lb", "web").frame("z", null, "db");
        }

        @Test
        void aScheduledPartitionThatCutsClientsOffIsAWarning() {
            Designs design = zoned().partition(5, "zones", List.of("a"), List.of("z"), false);

            Finding finding = only(design, DesignLint.PARTITION_CUTS);

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo("While the partition \"zones\" (from 5s) lasts, no request from Browsers (b) to"
                            + " Database (db) gets through.");
            assertThat(finding.ids()).containsExactly("b", "db");
        }

        @Test
        void aOneWayPartitionSaysSo() {
            Designs design = zoned().partition(2, "half", List.of("b"), List.of("a"), true);

            assertThat(only(design, DesignLint.PARTITION_CUTS).message())
                    .startsWith("While the one-way partition \"half\" (from 2s) lasts, no request from Browsers (b) to"
                            + " Load balancer (lb), Web tier (web) and Database (db)");
        }

        @Test
        void aPartitionThatLeavesEveryClientPathAloneIsNotReported() {
            Designs design = zoned().service("batch", "Batch job", 1)
                    .link("batch", "db")
                    .partition(5, "quiet", List.of("batch"), List.of("z"), false);

            assertThat(findings(design, DesignLint.PARTITION_CUTS)).isEmpty();
        }
    }

    @Nested
    class Order {
        @Test
        void warningsComeBeforeNotesAndTheListIsTheSameEveryTime() {
            Designs design = Designs.chain()
                    .service("worker", "Worker", 1)
                    .link("worker", "db")
                    .frame("z", null, "web", "db")
                    .partition(5, "p", List.of("lb"), List.of("z"), false);

            List<Finding> findings = DesignLint.check(design.build());

            assertThat(findings)
                    .extracting(Finding::code)
                    .containsExactly(
                            DesignLint.UNREACHABLE,
                            DesignLint.SINGLE_POINT_OF_FAILURE,
                            DesignLint.PARTITION_CUTS,
                            DesignLint.SINGLE_REPLICA,
                            DesignLint.SINGLE_LINK);
            assertThat(DesignLint.check(design.build())).isEqualTo(findings);
        }
    }
}
