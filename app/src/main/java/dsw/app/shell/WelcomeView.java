package dsw.app.shell;

import dsw.app.theme.Icons;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * What the window shows with no design open: big buttons for a new design, opening a file and each
 * bundled example (how workshops start), and the recently opened files. Use on the FX thread only.
 */
public final class WelcomeView {
    public static final String STYLE_CLASS = "welcome";
    public static final String TITLE_STYLE_CLASS = "welcome-title";
    public static final String SUBTITLE_STYLE_CLASS = "welcome-subtitle";
    public static final String SECTION_STYLE_CLASS = "welcome-section";
    public static final String BIG_BUTTON_STYLE_CLASS = "welcome-button";
    public static final String EXAMPLE_BUTTON_STYLE_CLASS = "welcome-example";

    private final MainViewModel viewModel;
    private final ScrollPane root = new ScrollPane();
    private final VBox recentBox = new VBox();
    private final Label recentHeading = new Label("Recent designs");
    private final ListChangeListener<Path> recentListener = change -> fillRecent();

    public WelcomeView(MainViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label("Distributed Systems Workbench");
        title.getStyleClass().add(TITLE_STYLE_CLASS);
        Label subtitle = new Label("Draw a distributed system, simulate it, inject faults and watch the clocks.");
        subtitle.getStyleClass().add(SUBTITLE_STYLE_CLASS);
        subtitle.setWrapText(true);

        Button newDesign = bigButton("New design", "Start from an empty design", "mdi2f-file-plus-outline");
        newDesign.setOnAction(e -> viewModel.newDesign());
        Button open = bigButton("Open…", "A .dsw.json file", "mdi2f-folder-open-outline");
        open.setOnAction(e -> viewModel.open());
        TilePane start = new TilePane(newDesign, open);
        start.getStyleClass().add("welcome-row");
        start.setPrefColumns(2);

        Label examplesHeading = new Label("Examples");
        examplesHeading.getStyleClass().add(SECTION_STYLE_CLASS);
        TilePane examples = new TilePane();
        examples.getStyleClass().add("welcome-examples");
        examples.setPrefColumns(2);
        for (Example example : viewModel.examples().all()) {
            Button button = bigButton(example.name(), example.components() + " components", "mdi2s-sitemap-outline");
            button.getStyleClass().add(EXAMPLE_BUTTON_STYLE_CLASS);
            if (!example.description().isEmpty()) {
                Tooltip tip = new Tooltip(example.description());
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                button.setTooltip(tip);
            }
            button.setOnAction(e -> viewModel.openExample(example));
            examples.getChildren().add(button);
        }

        // every card the same size, so the grid reads as a grid whatever the names are
        examples.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        newDesign.setMaxWidth(Double.MAX_VALUE);
        open.setMaxWidth(Double.MAX_VALUE);
        start.prefTileWidthProperty().bind(examples.tileWidthProperty());
        recentHeading.getStyleClass().add(SECTION_STYLE_CLASS);
        recentBox.getStyleClass().add("welcome-recent");
        VBox content = new VBox(title, subtitle, start, examplesHeading, examples, recentHeading, recentBox);
        content.getStyleClass().add("welcome-content");
        content.setMaxWidth(1160); // room for two columns of example cards beside the padding
        StackPane centre = new StackPane(content);
        centre.setAlignment(Pos.TOP_CENTER);
        root.setContent(centre);
        root.setFitToWidth(true);
        root.getStyleClass().add(STYLE_CLASS);
        viewModel.recentFiles().addListener(recentListener);
        fillRecent();
    }

    public ScrollPane node() {
        return root;
    }

    public void dispose() {
        viewModel.recentFiles().removeListener(recentListener);
    }

    private void fillRecent() {
        recentBox.getChildren().clear();
        for (Path file : viewModel
                .recentFiles()
                .subList(0, Math.min(6, viewModel.recentFiles().size()))) {
            Hyperlink link = new Hyperlink(String.valueOf(file.getFileName()));
            link.setGraphic(Icons.of("mdi2f-file-document-outline"));
            link.setTooltip(new Tooltip(file.toString()));
            link.setOnAction(e -> viewModel.openFile(file));
            Label where =
                    new Label(file.getParent() == null ? "" : file.getParent().toString());
            where.getStyleClass().add("welcome-recent-folder");
            HBox row = new HBox(link, where);
            row.setAlignment(Pos.BASELINE_LEFT);
            recentBox.getChildren().add(row);
        }
        boolean any = !recentBox.getChildren().isEmpty();
        recentHeading.setVisible(any);
        recentHeading.setManaged(any);
    }

    private static Button bigButton(String title, String detail, String icon) {
        // No wrapping inside the button: a wrapping label in a button's graphic is measured
        // without a width and comes out absurdly tall. The button grows to fit instead.
        Label heading = new Label(title);
        heading.getStyleClass().add("welcome-button-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label sub = new Label(detail);
        sub.getStyleClass().add("welcome-button-detail");
        VBox text = new VBox(heading, sub);
        text.getStyleClass().add("welcome-button-text");
        HBox graphic = new HBox(Icons.of(icon, "welcome-button-icon"), text);
        graphic.getStyleClass().add("welcome-button-graphic");
        Button button = new Button(null, graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.getStyleClass().add(BIG_BUTTON_STYLE_CLASS);
        button.setAccessibleText(title);
        button.setMnemonicParsing(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
