package dsw.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dsw.model.kind.KindCatalog;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {
    private final PaletteViewModel palette = new PaletteViewModel(KindCatalog.standard());

    @Test
    void listsEveryKindAndEveryFrameKindInSections() {
        assertThat(palette.all()).hasSize(KindCatalog.standard().all().size() + 5);
        assertThat(palette.all().get(0).section()).isEqualTo("Clients");
        assertThat(palette.all().get(palette.all().size() - 1).section()).isEqualTo(PaletteViewModel.FRAMES);
    }

    @Test
    void searchPutsNamesStartingWithTheQueryFirst() {
        assertThat(palette.search("ca")).first().extracting(PaletteEntry::id).isEqualTo("cache");
        assertThat(palette.search("balancer"))
                .first()
                .extracting(PaletteEntry::id)
                .isEqualTo("load-balancer");
        assertThat(palette.search("zone")).extracting(PaletteEntry::id).contains("zone");
        assertThat(palette.search("no such thing")).isEmpty();
    }

    @Test
    void theFilterNarrowsWhatIsShown() {
        palette.filterProperty().set("data");
        assertThat(palette.shown()).extracting(PaletteEntry::id).startsWith("database");
        palette.filterProperty().set("");
        assertThat(palette.shown()).hasSize(palette.all().size());
    }

    @Test
    void clickingAnArmedEntryAgainDisarmsIt() {
        PaletteEntry service = palette.search("service").get(0);
        palette.toggle(service);
        assertThat(palette.armedProperty().get()).isEqualTo(service);
        palette.toggle(service);
        assertThat(palette.armedProperty().get()).isNull();
    }
}
