package dsw.app.spacetime;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.app.run.RunCursor;
import dsw.app.task.ImmediateTaskExecutor;
import dsw.app.task.ManualTaskExecutor;
import dsw.model.trace.Causality;
import dsw.model.trace.Trace;
import dsw.model.value.Micros;
import org.junit.jupiter.api.Test;

/** The space-time diagram's behaviour without a toolkit: clicks, keys, zoom, follow, background work. */
class SpaceTimeViewModelTest {
    private final TestTraces.Shop shop = TestTraces.shop();
    private final RunCursor cursor = new RunCursor();

    private SpaceTimeViewModel open(dsw.app.task.TaskExecutor executor) {
        cursor.reset(shop.trace);
        cursor.shownProperty().set(shop.trace.size());
        cursor.timeProperty().set(shop.trace.time(shop.trace.size() - 1));
        SpaceTimeViewModel viewModel = new SpaceTimeViewModel(cursor, executor);
        viewModel.setSize(1400, 400);
        return viewModel;
    }

    private static SpaceTimeFrame.Dot dot(SpaceTimeViewModel viewModel, int seq) {
        return viewModel.frame().dot(seq).orElseThrow();
    }

    @Test
    void clickingADotSelectsItAndShiftClickComparesIt() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        SpaceTimeFrame.Dot receive = dot(viewModel, shop.apiReceive);
        SpaceTimeFrame.Dot local = dot(viewModel, shop.clientLocal);

        viewModel.click(receive.x() + 2, receive.y() - 1, false);
        viewModel.click(local.x(), local.y(), true);

        assertThat(cursor.selected()).isEqualTo(shop.apiReceive);
        assertThat(cursor.compared()).isEqualTo(shop.clientLocal);
        String explained = Causality.of(shop.trace).explain(shop.apiReceive, shop.clientLocal);
        assertThat(viewModel.relationTextProperty().get()).isEqualTo(explained).contains("concurrent");

        viewModel.click(local.x(), local.y() + viewModel.options().laneHeight() / 2, false);

        assertThat(cursor.selected()).isEqualTo(-1);
        assertThat(cursor.compared()).isEqualTo(-1);
        assertThat(viewModel.relationTextProperty().get()).isEmpty();
    }

    @Test
    void theCausalSetsAreWorkedOutOffTheFxThreadAndEqualCausality() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        SpaceTimeViewModel viewModel = open(executor);
        executor.runAll();

        cursor.selectedProperty().set(shop.apiGetsResult);

        assertThat(viewModel.highlight().hasCausality()).isFalse();
        assertThat(dot(viewModel, shop.apiGetsResult).highlight()).isEqualTo(Highlight.SELECTED);
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();
        Causality causality = Causality.of(shop.trace);
        assertThat(viewModel.highlight().past()).isEqualTo(causality.causalPast(shop.apiGetsResult));
        assertThat(viewModel.highlight().future()).isEqualTo(causality.causalFuture(shop.apiGetsResult));
        assertThat(dot(viewModel, shop.apiReceive).highlight()).isEqualTo(Highlight.PAST);
    }

    @Test
    void theVectorClocksGrowWithTheTrace() {
        Trace trace = shop.trace;
        int full = trace.size();
        cursor.reset(trace);
        cursor.availableProperty().set(5);
        ManualTaskExecutor executor = new ManualTaskExecutor();
        SpaceTimeViewModel viewModel = new SpaceTimeViewModel(cursor, executor);
        viewModel.setSize(1400, 400);
        executor.runAll();
        assertThat(viewModel.frame().dots()).allSatisfy(d -> assertThat(d.seq()).isLessThan(5));

        cursor.availableProperty().set(full);
        executor.runAll();

        assertThat(viewModel.clocks().size()).isGreaterThanOrEqualTo(full);
        assertThat(viewModel.frame().dot(shop.recover)).isPresent();
        assertThat(viewModel.vector(shop.apiGetsResult)).containsExactly(1, 3, 2);
    }

    @Test
    void aSelectionMadeElsewhereIsScrolledIntoView() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        viewModel.zoomAt(20, 131);
        assertThat(viewModel.frame().dot(shop.recover)).isEmpty();

        cursor.selectedProperty().set(shop.recover);

        SpaceTimeViewport v = viewModel.viewport();
        assertThat((double) shop.trace.time(shop.recover)).isBetween(v.start(), v.end(viewModel.plotWidth()));
        assertThat(viewModel.frame().dot(shop.recover)).isPresent();
    }

    @Test
    void arrowKeysWalkAlongALaneAndAcrossLanes() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        cursor.selectedProperty().set(shop.apiReceive);

        viewModel.selectAlongLane(1);
        assertThat(cursor.selected()).isEqualTo(shop.t.sendSeq(shop.query));
        viewModel.selectAlongLane(-1);
        assertThat(cursor.selected()).isEqualTo(shop.apiReceive);
        viewModel.selectAlongLane(-1);
        assertThat(cursor.selected())
                .as("the first event of its lane stays selected")
                .isEqualTo(shop.apiReceive);

        viewModel.selectAcrossLanes(-1);
        assertThat(cursor.selected()).as("nearest in time on the lane above").isEqualTo(shop.clientLocal);
        viewModel.selectAcrossLanes(1);
        viewModel.selectAcrossLanes(1);
        assertThat(cursor.selected()).isEqualTo(shop.dbReceive);

        viewModel.clearSelection();
        assertThat(cursor.selected()).isEqualTo(-1);
    }

    @Test
    void theViewFollowsTheNowLineUntilTheUserScrollsAway() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        cursor.timeProperty().set(0);
        cursor.shownProperty().set(1);
        viewModel.zoomAt(10, 131);
        assertThat(viewModel.followProperty().get()).isTrue();

        cursor.timeProperty().set(1100);
        cursor.shownProperty().set(shop.resume + 1);

        SpaceTimeViewport v = viewModel.viewport();
        assertThat(1100.0).isBetween(v.start(), v.end(viewModel.plotWidth()));

        viewModel.panBy(5000, 0);
        assertThat(viewModel.followProperty().get()).isFalse();
        SpaceTimeViewport away = viewModel.viewport();
        cursor.timeProperty().set(1200);
        assertThat(viewModel.viewport()).isEqualTo(away);

        viewModel.followProperty().set(true);
        assertThat(1200.0)
                .isBetween(viewModel.viewport().start(), viewModel.viewport().end(viewModel.plotWidth()));
    }

    @Test
    void fitAllShowsTheWholeRunAfterZooming() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        viewModel.zoomIn();
        viewModel.zoomIn();

        viewModel.fitAll();

        SpaceTimeViewport v = viewModel.viewport();
        assertThat(v.start()).isLessThanOrEqualTo(0);
        assertThat(v.end(viewModel.plotWidth())).isGreaterThanOrEqualTo(shop.trace.time(shop.trace.size() - 1));
        assertThat(viewModel.frame().dots()).hasSize(17);
    }

    @Test
    void hoverTextNamesTheEventItsClocksAndItsMessage() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        SpaceTimeFrame.Dot d = dot(viewModel, shop.apiGetsResult);

        viewModel.hover(d.x(), d.y());

        assertThat(viewModel.hoverTextProperty().get())
                .contains("receive at api")
                .contains("time " + Micros.format(400))
                .contains("Lamport " + shop.trace.lamport(shop.apiGetsResult))
                .contains("vector clock {client:1, api:3, db:2}")
                .contains("message #" + shop.result)
                .contains("db -> api");
        viewModel.hover(d.x(), d.y() + 15);
        assertThat(viewModel.hoverTextProperty().get()).isEmpty();
    }

    @Test
    void inLamportOrderTheAxisCountsRanks() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        SpaceTimeViewModel viewModel = open(executor);
        executor.runAll();

        viewModel.lamportOrderProperty().set(true);
        assertThat(viewModel.frame().dots()).as("until the order is worked out").isEmpty();
        assertThat(viewModel.noteTextProperty().get()).contains("Lamport order");
        executor.runAll();

        assertThat(viewModel.extent()).isEqualTo(17);
        assertThat(viewModel.frame().dots()).hasSize(17);
        assertThat(viewModel.frame().nowX()).isNotNaN();
    }

    @Test
    void disposedItNoLongerFollowsTheCursor() {
        SpaceTimeViewModel viewModel = open(new ImmediateTaskExecutor());
        int revision = viewModel.revisionProperty().get();

        viewModel.dispose();
        cursor.timeProperty().set(5);
        cursor.selectedProperty().set(shop.apiReceive);

        assertThat(viewModel.revisionProperty().get()).isEqualTo(revision);
    }
}
