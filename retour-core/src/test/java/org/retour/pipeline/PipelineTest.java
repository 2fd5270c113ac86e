package org.retour.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retour.model.DetectedLanguage;
import org.retour.model.Document;
import org.retour.model.Sentence;
import org.retour.model.Span;

class PipelineTest {

    private static Stage stage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer<?>> requires() {
                return requires;
            }

            @Override
            public Set<Layer<?>> provides() {
                return provides;
            }

            @Override
            public Analysis apply(Analysis a) {
                Analysis out = a;
                if (provides.contains(Layers.LANGUAGE)) {
                    out = out.with(Layers.LANGUAGE, new DetectedLanguage("fr", 1, true));
                }
                if (provides.contains(Layers.SENTENCES)) {
                    out = out.with(Layers.SENTENCES, List.of(new Sentence(new Span(0, a.text().length()), "fr")));
                }
                return out;
            }
        };
    }

    @Test
    void aStageBeforeWhatItRequiresFailsWhenThePipelineIsBuiltNamingStageAndLayer() {
        Stage sentences = stage("sentences", Set.of(Layers.LANGUAGE), Set.of(Layers.SENTENCES));
        assertThatThrownBy(() -> Pipeline.builder().add(sentences))
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("'sentences'")
                .hasMessageContaining("'language'");
    }

    @Test
    void stagesInTheRightOrderBuildAndRunInOrder() {
        Pipeline p = Pipeline.builder()
                .add(stage("language", Set.of(), Set.of(Layers.LANGUAGE)))
                .add(stage("sentences", Set.of(Layers.LANGUAGE), Set.of(Layers.SENTENCES)))
                .build();
        Analysis a = p.analyze(Document.of("Bonjour."));
        assertThat(a.get(Layers.LANGUAGE).code()).isEqualTo("fr");
        assertThat(a.get(Layers.SENTENCES)).hasSize(1);
        assertThat(p.provides()).containsExactlyInAnyOrder(Layers.LANGUAGE, Layers.SENTENCES);
    }

    @Test
    void theErrorListsTheLayersThatAreAvailable() {
        Pipeline.Builder b = Pipeline.builder().add(stage("language", Set.of(), Set.of(Layers.LANGUAGE)));
        assertThatThrownBy(() -> b.add(stage("quotes", Set.of(Layers.SENTENCES), Set.of(Layers.QUOTES))))
                .hasMessageContaining("requires layer 'sentences'")
                .hasMessageContaining("available: [language]");
    }

    @Test
    void analysisIsImmutableAndWithReturnsANewOne() {
        Analysis a = Analysis.of(Document.of("x"));
        Analysis b = a.with(Layers.LANGUAGE, new DetectedLanguage("en", 0.5, false));
        assertThat(a.has(Layers.LANGUAGE)).isFalse();
        assertThat(b.get(Layers.LANGUAGE).code()).isEqualTo("en");
        assertThat(a.list(Layers.QUOTES)).isEmpty();
        assertThatThrownBy(() -> a.get(Layers.SENTENCES)).hasMessageContaining("'sentences' is missing");
    }

    @Test
    void listLayersAreCopiedSoTheCallerCannotChangeThem() {
        java.util.ArrayList<Sentence> list = new java.util.ArrayList<>();
        list.add(new Sentence(new Span(0, 1), "fr"));
        Analysis a = Analysis.of(Document.of("x")).with(Layers.SENTENCES, list);
        list.clear();
        assertThat(a.get(Layers.SENTENCES)).hasSize(1);
        assertThatThrownBy(() -> a.get(Layers.SENTENCES).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDocumentTextCannotChangeDuringAnalysis() {
        Analysis a = Analysis.of(Document.of("abc"));
        assertThatThrownBy(() -> a.withDocument(Document.of("abd"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(a.withDocument(Document.of("abc").withLanguage("fr")).document().language()).isEqualTo("fr");
    }

    @Test
    void spansRejectNegativeAndReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Span(2, 5).overlap(new Span(4, 9))).isEqualTo(1);
    }

    @Test
    void anAnalysisWithoutALayerKeepsTheOthersAndLeavesTheOriginalWhole() {
        Analysis a = Analysis.of(new Document("d", "Il est rentré.", "fr", null, null))
                .with(Layers.LANGUAGE, new DetectedLanguage("fr", 1, true))
                .with(Layers.SENTENCES, List.of(new Sentence(new Span(0, 14), "fr")));
        Analysis b = a.without(Layers.SENTENCES);
        assertThat(b.has(Layers.SENTENCES)).isFalse();
        assertThat(b.get(Layers.LANGUAGE).code()).isEqualTo("fr");
        assertThat(a.list(Layers.SENTENCES)).hasSize(1);
        assertThat(b.without(Layers.SENTENCES)).isSameAs(b);
    }

    @Test
    void aLayerSetAgainReplacesItsValueAndKeepsTheOthers() {
        Analysis a = Analysis.of(Document.of("x"))
                .with(Layers.LANGUAGE, new DetectedLanguage("en", 0.5, false))
                .with(Layers.SENTENCES, List.of(new Sentence(new Span(0, 1), "en")));
        Analysis b = a.with(Layers.LANGUAGE, new DetectedLanguage("fr", 0.9, false));
        assertThat(b.get(Layers.LANGUAGE).code()).isEqualTo("fr");
        assertThat(a.get(Layers.LANGUAGE).code()).isEqualTo("en");
        assertThat(b.list(Layers.SENTENCES)).hasSize(1);
        assertThat(b.layers()).containsExactlyInAnyOrder(Layers.LANGUAGE, Layers.SENTENCES);
    }

    @Test
    void aLayerWorkedOutFromAnotherGoesWithIt() {
        Layer<String> base = Layer.of("base", String.class);
        Layer<Integer> derived = Layer.derivedFrom(base, "length", Integer.class);
        Analysis a = Analysis.of(Document.of("x")).with(base, "abc").with(derived, 3)
                .with(Layers.LANGUAGE, new DetectedLanguage("en", 0.5, false));
        Analysis b = a.without(base);
        assertThat(b.has(base)).isFalse();
        assertThat(b.has(derived)).isFalse();
        assertThat(b.get(Layers.LANGUAGE).code()).isEqualTo("en");
        assertThat(a.without(derived).get(base)).isEqualTo("abc");
        assertThat(derived.from()).isSameAs(base);
    }
}
