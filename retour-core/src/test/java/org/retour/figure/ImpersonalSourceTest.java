package org.retour.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.pipeline.Layers;

/** A source verb with an impersonal subject ("It is estimated", « On estime ») names no source of a figure. */
class ImpersonalSourceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 2);

    private static List<String> sources(String text, String lang) {
        return Articles.analyze(text, lang, PUBLISHED).get(Layers.FIGURES).stream()
                .map(f -> String.valueOf(f.source())).toList();
    }

    @Test
    void anImpersonalVerbLeavesTheSourceToAnotherCueOfTheSentence() {
        assertThat(sources("It is estimated that around 40 people travelled from Wales to Syria, according to Europol.",
                "en")).singleElement().asString().startsWith("Europol");
        assertThat(sources("On estime que 120 Belges sont revenus de Syrie, selon l'Ocam.", "fr"))
                .singleElement().asString().contains("Ocam");
    }

    @Test
    void anImpersonalVerbAloneGivesNoSource() {
        assertThat(sources("It is estimated that around 40 people travelled from Wales to Syria.", "en"))
                .singleElement().asString().isEqualTo("null");
    }

    @Test
    void aPersonalSubjectBeforeTheSameVerbStaysTheSource() {
        assertThat(sources("Europol estimated that around 40 people travelled from Wales to Syria.", "en"))
                .singleElement().asString().isEqualTo("Europol");
    }
}
