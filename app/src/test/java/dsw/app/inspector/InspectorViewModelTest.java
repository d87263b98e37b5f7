package dsw.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.TestDesigns;
import dsw.app.session.DesignSession;
import dsw.app.session.Selection;
import dsw.model.Component;
import dsw.model.Design;
import dsw.model.Group;
import dsw.model.Link;
import dsw.model.LinkDirection;
import dsw.model.LinkMode;
import dsw.model.value.Bandwidth;
import dsw.model.value.Distribution;
import dsw.model.value.Micros;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private static final long MS = Micros.PER_MILLISECOND;

    private final DesignSession session = new DesignSession();
    private final InspectorViewModel inspector = new InspectorViewModel(session);

    // ---- what is shown ------------------------------------------------------------------------

    @Test
    void withNothingOpenThereIsNothingToShow() {
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.NOTHING_OPEN);
        assertThat(inspector.fields()).isEmpty();
    }

    @Test
    void withNothingSelectedTheDesignIsSummarized() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.DESIGN);
        assertThat(inspector.titleProperty().get()).isEqualTo("Three-tier web application");
        assertThat(text("design-name")).isEqualTo("Three-tier web application");
        assertThat(text("design-description")).startsWith("Browsers reach");
        assertThat(field("design-description").kind()).isEqualTo(FieldKind.TEXT_AREA);
        assertThat(text("design-components")).isEqualTo("7");
        assertThat(text("design-seed")).isEqualTo("1");
        assertThat(text("design-run-length")).isEqualTo("20s");
        assertThat(text("design-faults")).isEqualTo("1 scheduled fault");
        assertThat(field("design-components").isEditable()).isFalse();
    }

    @Test
    void aSelectedComponentHasAnEditorForEveryPropertyOfItsKind() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.COMPONENT);
        assertThat(inspector.titleProperty().get()).isEqualTo("Web tier");
        assertThat(inspector.subtitleProperty().get()).isEqualTo("Service");
        assertThat(text("prop-name")).isEqualTo("Web tier");
        assertThat(field("prop-kind").kind()).isEqualTo(FieldKind.CHOICE);
        assertThat(field("prop-kind").choices()).contains("Service", "Database", "Load balancer");
        assertThat(field("prop-id").isEditable()).isFalse();
        assertThat(text("prop-id")).isEqualTo("web");
        assertThat(text("prop-frame")).isEqualTo("Availability zone A");
        assertThat(field("prop-frame").choices()).containsExactly("none", "us-east", "Availability zone A");
        Component web = design().requireComponent("web");
        for (var spec : web.kind().properties()) {
            assertThat(inspector.field("prop-" + spec.key())).as(spec.key()).isPresent();
        }
        assertThat(text("prop-replicas")).isEqualTo("3");
        assertThat(field("prop-replicas").unitProperty().get()).isEqualTo("instances");
        assertThat(field("prop-queueCapacity").descriptionProperty().get()).isNotEmpty();
        assertThat(text("prop-serviceTime")).isEqualTo("lognormal median 3ms sigma 0.4");
        assertThat(field("prop-serviceTime").hintProperty().get()).isEqualTo("Average 3.25ms");
    }

    @Test
    void aChoicePropertyOffersItsWords() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("lb");
        PropertyField strategy = field("prop-strategy");
        assertThat(strategy.kind()).isEqualTo(FieldKind.CHOICE);
        assertThat(strategy.choices()).contains("round-robin");
        assertThat(strategy.textProperty().get()).isEqualTo("round-robin");
    }

    @Test
    void severalSelectedSaysWhichOneIsEdited() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().set(new Selection(List.of("web", "app", "lb-web")));
        assertThat(inspector.noteProperty().get()).isEqualTo("3 selected — editing Web tier");
        session.selection().select("web");
        assertThat(inspector.noteProperty().get()).isEmpty();
    }

    // ---- committing component properties ------------------------------------------------------

    @Test
    void aValidValueIsOneUndoableEditNamedForWhatItDid() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        PropertyField queue = field("prop-queueCapacity");

        assertThat(inspector.commit("prop-queueCapacity", " 50 ")).isTrue();

        assertThat(design().requireComponent("web").longProperty("queueCapacity"))
                .isEqualTo(50);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set queue capacity of Web tier to 50 requests");
        assertThat(queue.textProperty().get()).isEqualTo("50");
        assertThat(field("prop-queueCapacity"))
                .as("the same field, so its editor keeps the keyboard")
                .isSameAs(queue);
        session.undo();
        assertThat(queue.textProperty().get()).isEqualTo("128");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void anInvalidValueNeverReachesTheModelAndSaysWhichRuleItBreaks() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");

        assertThat(inspector.commit("prop-concurrency", "0")).isFalse();
        assertThat(error("prop-concurrency")).isEqualTo("Concurrency limit must be at least 1, got 0.");
        assertThat(inspector.commit("prop-concurrency", "many")).isFalse();
        assertThat(error("prop-concurrency")).isEqualTo("Concurrency limit expects a whole number, got \"many\".");
        assertThat(inspector.commit("prop-concurrency", "2.5")).isFalse();
        assertThat(error("prop-concurrency"))
                .isEqualTo("Concurrency limit expects a whole number, got the number 2.5.");
        assertThat(inspector.commit("prop-queueCapacity", "2000000")).isFalse();
        assertThat(error("prop-queueCapacity")).isEqualTo("Queue capacity must be at most 1000000, got 2000000.");

        assertThat(design().requireComponent("web").longProperty("concurrency")).isEqualTo(64);
        assertThat(session.isDirty()).isFalse();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(text("prop-concurrency"))
                .as("the refused text stays to be fixed")
                .isEqualTo("2.5");

        assertThat(inspector.commit("prop-concurrency", "16")).isTrue();
        assertThat(error("prop-concurrency")).isEmpty();
    }

    @Test
    void textIsCheckedAsItIsTyped() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        PropertyField replicas = field("prop-replicas");

        replicas.textProperty().set("0");
        assertThat(replicas.errorProperty().get()).isEqualTo("Replicas must be at least 1, got 0.");
        assertThat(replicas.isDraft()).isTrue();
        replicas.textProperty().set("4");
        assertThat(replicas.errorProperty().get()).isEmpty();
        assertThat(design().requireComponent("web").replicas())
                .as("typing alone changes nothing")
                .isEqualTo(3);
    }

    @Test
    void anUnchangedValueExecutesNothing() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        assertThat(inspector.commit("prop-replicas", "3")).isTrue();
        assertThat(inspector.commit("prop-replicas", "3.0")).isTrue();
        assertThat(inspector.commit("prop-serviceTime", "lognormal 3 ms 0.4")).isTrue();
        assertThat(inspector.commit("prop-name", " Web tier ")).isTrue();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(text("prop-serviceTime"))
                .as("shown the usual way again")
                .isEqualTo("lognormal median 3ms sigma 0.4");
        assertThat(text("prop-replicas")).isEqualTo("3");
    }

    @Test
    void escapePutsTheModelsValueBack() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        PropertyField replicas = field("prop-replicas");
        replicas.textProperty().set("-2");
        assertThat(replicas.errorProperty().get()).isNotEmpty();

        replicas.revert();

        assertThat(replicas.textProperty().get()).isEqualTo("3");
        assertThat(replicas.errorProperty().get()).isEmpty();
        assertThat(replicas.isDraft()).isFalse();
        assertThat(session.commitPendingEdits()).isTrue();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void saveCommitsWhatIsTypedButNotConfirmed() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        long before = session.revision();
        field("prop-replicas").textProperty().set("7");

        assertThat(session.commitPendingEdits()).isTrue();

        assertThat(design().requireComponent("web").replicas()).isEqualTo(7);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set replicas of Web tier to 7 instances");
        assertThat(session.commitPendingEdits()).as("nothing is left pending").isTrue();
        assertThat(session.revision()).isEqualTo(before + 1);
    }

    @Test
    void saveIsRefusedWhileADraftIsInvalid() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        field("prop-replicas").textProperty().set("lots");

        assertThat(session.commitPendingEdits()).isFalse();

        assertThat(error("prop-replicas")).isEqualTo("Replicas expects a whole number, got \"lots\".");
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void anotherSelectionDropsTheDraft() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        field("prop-replicas").textProperty().set("9");
        session.selection().select("app");
        assertThat(text("prop-replicas")).isEqualTo("3");
        assertThat(session.commitPendingEdits()).isTrue();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void durationsNeedAUnitAndFitTheRange() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("browsers");
        assertThat(inspector.commit("prop-timeout", "5")).isFalse();
        assertThat(error("prop-timeout")).startsWith("Expected a duration such as \"250us\", \"20ms\"");
        assertThat(inspector.commit("prop-timeout", "0ms")).isFalse();
        assertThat(error("prop-timeout")).isEqualTo("Request timeout must be at least 1ms, got 0ms.");
        assertThat(inspector.commit("prop-timeout", "1.5 s")).isTrue();
        assertThat(design().requireComponent("browsers").durationProperty("timeout"))
                .isEqualTo(1_500 * MS);
        assertThat(text("prop-timeout")).isEqualTo("1500ms");
    }

    @Test
    void aDistributionPropertyTakesEveryForm() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        assertThat(inspector.commit("prop-serviceTime", "uniform 2ms..8ms")).isTrue();
        assertThat(design().requireComponent("web").distributionProperty("serviceTime"))
                .isEqualTo(new Distribution.Uniform(2 * MS, 8 * MS));
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set service time of Web tier to 2ms–8ms");
        assertThat(field("prop-serviceTime").hintProperty().get()).isEqualTo("Average 5ms");
        assertThat(inspector.commit("prop-serviceTime", "uniform 8ms..2ms")).isFalse();
        assertThat(error("prop-serviceTime")).isEqualTo("Min (8ms) is greater than max (2ms).");
    }

    @Test
    void changingTheKindIsOneUndoableEdit() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");

        assertThat(inspector.commit("prop-kind", "Database")).isTrue();

        Component web = design().requireComponent("web");
        assertThat(web.kind().id()).isEqualTo("database");
        assertThat(web.longProperty("queueCapacity"))
                .as("shared properties keep their values")
                .isEqualTo(128);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Make Web tier a database");
        assertThat(inspector.subtitleProperty().get()).isEqualTo("Database");
        assertThat(inspector.field("prop-readTime")).isPresent();
        assertThat(inspector.field("prop-serviceTime")).isEmpty();

        assertThat(inspector.commit("prop-kind", "API gateway")).isTrue();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Make Web tier an API gateway");
        session.undo();
        session.undo();
        assertThat(design().requireComponent("web").kind().id()).isEqualTo("service");
        assertThat(inspector.commit("prop-kind", "Mainframe")).isFalse();
        assertThat(error("prop-kind")).startsWith("There is no kind called \"Mainframe\"");
        assertThat(text("prop-kind"))
                .as("a refused choice shows the model's again")
                .isEqualTo("Service");
    }

    @Test
    void aComponentMovesBetweenFrames() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        assertThat(inspector.commit("prop-frame", "none")).isTrue();
        assertThat(design().requireComponent("web").group()).isNull();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move Web tier out of Availability zone A");
        assertThat(inspector.commit("prop-frame", "us-east")).isTrue();
        assertThat(design().requireComponent("web").group()).isEqualTo("region");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Move Web tier into us-east");
        assertThat(inspector.commit("prop-frame", "Atlantis")).isFalse();
        assertThat(error("prop-frame")).isEqualTo("There is no frame called \"Atlantis\".");
    }

    @Test
    void aComponentNameFollowsTheRulesForNames() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("web");
        assertThat(inspector.commit("prop-name", "  ")).isFalse();
        assertThat(error("prop-name")).isEqualTo("Name must not be empty.");
        assertThat(inspector.commit("prop-name", "Front end")).isTrue();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Rename Web tier to Front end");
        assertThat(inspector.titleProperty().get()).isEqualTo("Front end");
    }

    // ---- links --------------------------------------------------------------------------------

    @Test
    void aLinkShowsItsEndsAndEditsItsNetwork() {
        session.open(TestDesigns.small(), null);
        session.selection().select("client-db");
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.LINK);
        assertThat(inspector.titleProperty().get()).isEqualTo("SQL");
        assertThat(text("link-from")).isEqualTo("Client");
        assertThat(text("link-to")).isEqualTo("Orders DB");
        assertThat(text("link-latency")).isEqualTo("1ms");
        assertThat(text("link-loss")).isEqualTo("0.1%");
        assertThat(text("link-bandwidth")).isEqualTo("unlimited");

        assertThat(inspector.commit("link-latency", "20ms")).isTrue();

        assertThat(link().network().latency()).isEqualTo(new Distribution.Constant(20 * MS));
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set latency of Client → Orders DB to 20ms");
        session.undo();
        assertThat(link().network().latency()).isEqualTo(new Distribution.Constant(MS));
        assertThat(text("link-latency")).isEqualTo("1ms");
    }

    @Test
    void percentagesAreReadWithOrWithoutTheSign() {
        session.open(TestDesigns.small(), null);
        session.selection().select("client-db");
        assertThat(inspector.commit("link-loss", "2%")).isTrue();
        assertThat(link().network().loss()).isEqualTo(0.02);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set loss of Client → Orders DB to 2%");
        assertThat(inspector.commit("link-duplication", "2")).isTrue();
        assertThat(link().network().duplication()).isEqualTo(0.02);
        assertThat(text("link-duplication")).isEqualTo("2%");
        assertThat(inspector.commit("link-reorder", "0.5 %")).isTrue();
        assertThat(link().network().reorder()).isEqualTo(0.005);
        assertThat(inspector.commit("link-corruption", "150%")).isFalse();
        assertThat(error("link-corruption")).isEqualTo("Corruption must be from 0% to 100%, got 150%.");
        assertThat(inspector.commit("link-corruption", "some")).isFalse();
        assertThat(error("link-corruption"))
                .isEqualTo("Corruption expects a percentage such as \"2%\" or \"0.5%\", got \"some\".");
        assertThat(link().network().corruption()).isZero();
    }

    @Test
    void bandwidthIsReadInTheUsualUnits() {
        session.open(TestDesigns.small(), null);
        session.selection().select("client-db");
        assertThat(inspector.commit("link-bandwidth", "100 Mbit/s")).isTrue();
        assertThat(link().network().bandwidth()).isEqualTo(Bandwidth.parse("100Mbps"));
        assertThat(text("link-bandwidth")).isEqualTo("100Mbps");
        assertThat(inspector.commit("link-bandwidth", "1gbps")).isTrue();
        assertThat(inspector.commit("link-bandwidth", "fast")).isFalse();
        assertThat(error("link-bandwidth")).startsWith("Expected a bandwidth such as \"512kbps\"");
        assertThat(inspector.commit("link-bandwidth", "unlimited")).isTrue();
        assertThat(link().network().bandwidth().isUnlimited()).isTrue();
    }

    @Test
    void labelDirectionAndModeAreEditable() {
        session.open(TestDesigns.small(), null);
        session.selection().select("client-db");
        assertThat(field("link-direction").choices()).containsExactly("one way", "both ways");
        assertThat(inspector.commit("link-direction", "both ways")).isTrue();
        assertThat(link().direction()).isEqualTo(LinkDirection.BOTH);
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Make Client → Orders DB go both ways");
        assertThat(inspector.commit("link-mode", "asynchronous")).isTrue();
        assertThat(link().mode()).isEqualTo(LinkMode.ASYNC);
        assertThat(inspector.subtitleProperty().get()).isEqualTo("Asynchronous link");
        assertThat(inspector.commit("link-label", "")).isTrue();
        assertThat(link().label()).isEmpty();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Remove the label of Client → Orders DB");
        assertThat(inspector.titleProperty().get()).isEqualTo("Client → Orders DB");
        assertThat(inspector.commit("link-label", "line\u0007")).isFalse();
        assertThat(error("link-label")).startsWith("Label contains a control character");
    }

    @Test
    void latencyRoundTripsForEveryKindOfDistribution() {
        session.open(TestDesigns.small(), null);
        session.selection().select("client-db");
        long before = session.revision();
        List<Distribution> all = List.of(
                new Distribution.Constant(250),
                new Distribution.Uniform(2 * MS, 8 * MS),
                new Distribution.Normal(20 * MS, 5 * MS),
                new Distribution.Exponential(10 * MS),
                new Distribution.LogNormal(5 * MS, 0.5));
        List<String> texts = List.of(
                "250us",
                "uniform 2ms..8ms",
                "normal mean 20ms stddev 5ms",
                "exponential mean 10ms",
                "lognormal median 5ms sigma 0.5");
        for (int i = 0; i < all.size(); i++) {
            assertThat(inspector.commit("link-latency", texts.get(i)))
                    .as(texts.get(i))
                    .isTrue();
            assertThat(link().network().latency()).isEqualTo(all.get(i));
            assertThat(text("link-latency")).isEqualTo(texts.get(i));
            assertThat(all.get(i).type()).isEqualTo(Distribution.TYPES.get(i));
        }
        assertThat(session.revision()).isEqualTo(before + all.size());
    }

    @Test
    void severalLinksShareTheirNetworkEdits() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().set(new Selection(List.of("app-db-primary", "app-db-replica", "web-app")));
        assertThat(inspector.noteProperty().get())
                .isEqualTo("3 links selected — network settings apply to all of them");
        assertThat(field("link-latency").hintProperty().get())
                .isEqualTo("Differs between the selected links; this is Application tier → Primary database.");

        assertThat(inspector.commit("link-loss", "1%")).isTrue();

        for (String id : List.of("app-db-primary", "app-db-replica", "web-app")) {
            assertThat(design().link(id).orElseThrow().network().loss()).as(id).isEqualTo(0.01);
        }
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Set loss of 3 links to 1%");
        session.undo();
        assertThat(design().link("web-app").orElseThrow().network().loss()).isZero();
    }

    // ---- frames -------------------------------------------------------------------------------

    @Test
    void aFrameIsRenamedAndChangesKind() {
        session.open(TestDesigns.small(), null);
        session.selection().select("zone");
        assertThat(inspector.modeProperty().get()).isEqualTo(InspectorViewModel.Mode.FRAME);
        assertThat(text("frame-components")).isEqualTo("1");
        assertThat(inspector.commit("frame-name", "Zone B")).isTrue();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Rename frame Zone A to Zone B");
        assertThat(inspector.commit("frame-kind", "Region")).isTrue();
        assertThat(design().group("zone").orElseThrow().kind().displayName()).isEqualTo("Region");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Make Zone B a region");
    }

    @Test
    void aFrameIsNeverPutInsideItselfOrAFrameItHolds() {
        session.open(TestDesigns.example("three-tier-web.dsw.json"), null);
        session.selection().select("region");
        assertThat(field("frame-parent").choices())
                .as("only frames it may sit in")
                .containsExactly("none");

        assertThat(inspector.commit("frame-parent", "Availability zone A")).isFalse();
        assertThat(error("frame-parent"))
                .isEqualTo("A frame cannot sit inside a frame it holds: Availability zone A is inside us-east.");
        assertThat(inspector.commit("frame-parent", "us-east")).isFalse();
        assertThat(error("frame-parent")).isEqualTo("A frame cannot sit inside itself.");
        assertThat(design().group("region").orElseThrow().parent()).isNull();
        assertThat(session.canUndoProperty().get()).isFalse();

        session.selection().select("zone-a");
        assertThat(inspector.commit("frame-parent", "none")).isTrue();
        assertThat(design().group("zone-a").orElseThrow().parent()).isNull();
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Take Availability zone A out of us-east");
        session.selection().select("region");
        assertThat(field("frame-parent").choices()).containsExactly("none", "Availability zone A");
    }

    @Test
    void framesWithTheSameNameAreToldApartByTheirIds() {
        Design twins = TestDesigns.small()
                .withGroups(List.of(
                        TestDesigns.small().group("zone").orElseThrow(),
                        new Group("zone-2", "Zone A", dsw.model.GroupKind.ZONE, null, null)));
        session.open(twins, null);
        session.selection().select("db");
        assertThat(field("prop-frame").choices()).containsExactly("none", "Zone A (zone)", "Zone A (zone-2)");
        assertThat(inspector.commit("prop-frame", "Zone A (zone-2)")).isTrue();
        assertThat(design().requireComponent("db").group()).isEqualTo("zone-2");
    }

    // ---- the design ---------------------------------------------------------------------------

    @Test
    void renamingTheDesignIsAnUndoableEdit() {
        session.open(TestDesigns.small(), null);
        assertThat(inspector.commit("design-name", "  Orders  ")).isTrue();
        assertThat(design().name()).isEqualTo("Orders");
        assertThat(inspector.titleProperty().get()).isEqualTo("Orders");
        assertThat(session.isDirty()).isTrue();
        session.undo();
        assertThat(inspector.titleProperty().get()).isEqualTo("Small");
        assertThat(text("design-name")).isEqualTo("Small");
    }

    @Test
    void aBlankOrTooLongNameIsRefused() {
        session.open(TestDesigns.small(), null);
        assertThat(inspector.commit("design-name", "   ")).isFalse();
        assertThat(error("design-name")).isEqualTo("A design needs a name.");
        assertThat(inspector.commit("design-name", "x".repeat(10_000))).isFalse();
        assertThat(error("design-name")).startsWith("The name is 10000 characters long");
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void theDescriptionIsEditable() {
        session.open(TestDesigns.small(), null);
        assertThat(inspector.commit("design-description", "Two boxes.\nAnd a frame."))
                .isTrue();
        assertThat(design().description()).isEqualTo("Two boxes.\nAnd a frame.");
        assertThat(session.undoTextProperty().get()).isEqualTo("Undo Change description");
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Design design() {
        return session.current().orElseThrow();
    }

    private Link link() {
        return design().link("client-db").orElseThrow();
    }

    private PropertyField field(String id) {
        return inspector
                .field(id)
                .orElseThrow(() -> new AssertionError("no field " + id + " in "
                        + inspector.fields().stream().map(PropertyField::id).toList()));
    }

    private String text(String id) {
        return field(id).textProperty().get();
    }

    private String error(String id) {
        return field(id).errorProperty().get();
    }
}
