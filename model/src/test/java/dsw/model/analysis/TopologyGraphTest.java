package dsw.model.analysis;

import static dsw.model.analysis.Designs.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dsw.model.Design;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.scenario.Fault;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TopologyGraphTest {

    @Nested
    class Reachability {
        @Test
        void clientsReachWhatTheLinksLeadTo() {
            TopologyGraph graph = TopologyGraph.of(Designs.chain().build());

            assertThat(graph.clients()).containsExactly("b");
            assertThat(graph.reachableFrom("b")).containsExactly("b", "lb", "web", "db");
            assertThat(graph.reachableFrom("web")).containsExactly("web", "db");
            assertThat(graph.reachableFromClients()).containsExactly("b", "lb", "web", "db");
            assertThat(graph.unreachableFromClients()).isEmpty();
        }

        @Test
        void aLinkDrawnTowardsTheClientCarriesNoRequestsFromIt() {
            Design design = design("backwards")
                    .client("b", "Browsers")
                    .service("svc", "Service", 1)
                    .link("svc", "b")
                    .build();

            TopologyGraph graph = TopologyGraph.of(design);

            assertThat(graph.reachableFrom("b")).containsExactly("b");
            assertThat(graph.unreachableFromClients()).containsExactly("svc");
        }

        @Test
        void aTwoWayLinkCarriesRequestsBothWays() {
            Design design = design("two-way")
                    .client("b", "Browsers")
                    .service("svc", "Service", 1)
                    .twoWay("svc", "b")
                    .build();

            assertThat(TopologyGraph.of(design).reachableFrom("b")).containsExactly("b", "svc");
        }

        @Test
        void clientsAreNeverUnreachable() {
            Design design = design("lonely")
                    .client("b", "Browsers")
                    .client("m", "Phones")
                    .build();

            TopologyGraph graph = TopologyGraph.of(design);

            assertThat(graph.unreachableFromClients()).isEmpty();
            assertThat(graph.isolated()).containsExactly("b", "m");
        }

        @Test
        void unknownComponentsAreRefused() {
            TopologyGraph graph = TopologyGraph.of(Designs.chain().build());

            assertThatThrownBy(() -> graph.reachableFrom("nope")).hasMessageContaining("nope");
            assertThatThrownBy(() -> graph.singlePointsOfFailure("lb")).hasMessageContaining("not a client");
        }
    }

    @Nested
    class UndirectedStructure {
        @Test
        void articulationPointsAndBridgesIgnoreDirection() {
            TopologyGraph graph = TopologyGraph.of(Designs.chain().build());

            assertThat(graph.articulationPoints()).containsExactly("lb", "web");
            assertThat(graph.bridges()).containsExactly("b-lb", "lb-web", "web-db");
        }

        @Test
        void twoLinksBetweenTheSameComponentsAreNoBridge() {
            Design design = Designs.chain()
                    .link("second", "web", "db", LinkDirection.FORWARD, LinkMode.ASYNC)
                    .build();

            assertThat(TopologyGraph.of(design).bridges()).containsExactly("b-lb", "lb-web");
        }

        @Test
        void aComponentWithoutLinksIsIsolated() {
            Design design = Designs.chain().service("notes", "Notes", 1).build();

            assertThat(TopologyGraph.of(design).isolated()).containsExactly("notes");
        }
    }

    @Nested
    class SinglePointsOfFailure {
        @Test
        void aOneReplicaComponentOnEveryPathCutsTheClientOff() {
            TopologyGraph graph = TopologyGraph.of(Designs.chain().build());

            assertThat(graph.singlePointsOfFailure("b")).containsExactly(new Cut("lb", Set.of("web", "db")));
        }

        @Test
        void replicasRemoveTheSinglePoint() {
            Design design = design("replicated")
                    .client("b", "Browsers")
                    .component("lb", "Load balancer", "load-balancer", 2)
                    .service("web", "Web tier", 3)
                    .link("b", "lb")
                    .link("lb", "web")
                    .build();

            assertThat(TopologyGraph.of(design).singlePointsOfFailure("b")).isEmpty();
        }

        @Test
        void aSecondPathAroundAComponentRemovesTheSinglePoint() {
            Design design = Designs.chain()
                    .component("lb2", "Second load balancer", "load-balancer", 1)
                    .link("b", "lb2")
                    .link("lb2", "web")
                    .build();

            assertThat(TopologyGraph.of(design).singlePointsOfFailure("b")).isEmpty();
        }

        @Test
        void theCutListsEverythingBehindTheComponentAndOnlyThat() {
            Design design = Designs.chain()
                    .service("app", "App", 1)
                    .service("audit", "Audit", 1)
                    .link("web", "app")
                    .link("app", "db")
                    .link("b", "audit")
                    .build();

            TopologyGraph graph = TopologyGraph.of(design);

            // db has two ways in (web and app), so app cuts nothing but itself and is no single point
            assertThat(graph.singlePointsOfFailure("b")).containsExactly(new Cut("lb", Set.of("web", "db", "app")));
        }

        @Test
        void eachClientHasItsOwnCuts() {
            Design design =
                    Designs.chain().client("m", "Phones").link("m", "web").build();

            TopologyGraph graph = TopologyGraph.of(design);

            assertThat(graph.singlePointsOfFailure("b")).containsExactly(new Cut("lb", Set.of("web", "db")));
            assertThat(graph.singlePointsOfFailure("m")).isEmpty();
        }

        @Test
        void soleLinksCutWhatIsBehindThem() {
            Design design = Designs.chain()
                    .link("extra", "lb", "web", LinkDirection.FORWARD, LinkMode.SYNC)
                    .build();

            TopologyGraph graph = TopologyGraph.of(design);

            assertThat(graph.soleLinks("b"))
                    .containsExactly(new Cut("b-lb", Set.of("lb", "web", "db")), new Cut("web-db", Set.of("db")));
        }

        @Test
        void aTwoWayLinkIsOneSoleLinkWhicheverWayItIsCrossed() {
            Design design = design("two-way")
                    .client("b", "Browsers")
                    .service("svc", "Service", 1)
                    .twoWay("svc", "b")
                    .build();

            assertThat(TopologyGraph.of(design).soleLinks("b")).containsExactly(new Cut("svc-b", Set.of("svc")));
        }
    }

    @Nested
    class Partitions {
        /** Browsers outside any frame; lb and web in zone a; db in zone z; both zones in region r. */
        private Designs zoned() {
            return Designs.chain().frame("r", null).frame("a", "r", "lb", "web").frame("z", "r", "db");
        }

        @Test
        void aPartitionBetweenFramesSplitsTheNetwork() {
            TopologyGraph graph = TopologyGraph.of(zoned().build());

            PartitionView view = graph.under(new Fault.Partition("zones", List.of("a"), List.of("z"), false));

            assertThat(view.sideA()).containsExactly("lb", "web");
            assertThat(view.sideB()).containsExactly("db");
            assertThat(view.parts()).containsExactly(Set.of("b", "lb", "web"), Set.of("db"));
            assertThat(view.reachableFrom("b")).containsExactly("b", "lb", "web");
            assertThat(view.cutOff("b")).containsExactly("db");
        }

        @Test
        void aFrameOnASideTakesTheFramesNestedInIt() {
            TopologyGraph graph = TopologyGraph.of(zoned().build());

            PartitionView view = graph.under(new Fault.Partition("outside", List.of("b"), List.of("r"), false));

            assertThat(view.sideB()).containsExactly("lb", "web", "db");
            assertThat(view.cutOff("b")).containsExactly("lb", "web", "db");
        }

        @Test
        void aPartitionAwayFromTheClientsPathsCutsNothing() {
            Design design = zoned().service("batch", "Batch job", 1).build();

            PartitionView view =
                    TopologyGraph.of(design).under(new Fault.Partition("quiet", List.of("batch"), List.of("z"), false));

            assertThat(view.cutOff("b")).isEmpty();
        }

        @Test
        void aOneWayPartitionBreaksSynchronousCallsEitherWayButNotMessagesAgainstIt() {
            Design design = design("one-way")
                    .client("b", "Browsers")
                    .service("svc", "Service", 1)
                    .component("q", "Queue", "queue", 1)
                    .link("b", "svc")
                    .async("b", "q")
                    .build();
            TopologyGraph graph = TopologyGraph.of(design);

            // requests to svc and q are dropped
            PartitionView fromClient = graph.under(new Fault.Partition("p", List.of("b"), List.of("svc", "q"), true));
            // requests arrive, but svc's answers are dropped; q never answers
            PartitionView toClient = graph.under(new Fault.Partition("p", List.of("svc", "q"), List.of("b"), true));

            assertThat(fromClient.cutOff("b")).containsExactly("svc", "q");
            assertThat(toClient.cutOff("b")).containsExactly("svc");
        }

        @Test
        void aSideNamingNothingInTheDesignIsRefused() {
            TopologyGraph graph = TopologyGraph.of(Designs.chain().build());

            assertThatThrownBy(() -> graph.under(new Fault.Partition("p", List.of("b"), List.of("ghost"), false)))
                    .hasMessageContaining("ghost");
        }
    }
}
