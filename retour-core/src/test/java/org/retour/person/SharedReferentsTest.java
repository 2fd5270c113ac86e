package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.sample.SyntheticCorpus;

/** The referents the persons' stage hands on are those found again among its linked persons. */
class SharedReferentsTest {

    @Test
    void handedOnReferentsAreThoseFoundAmongTheLinkedPersons() {
        Pipeline pipeline = StandardPipeline.create(AnalyzerConfig.DEFAULT);
        PersonLexicon lexicon = PersonLexicon.bundled();
        int withPronouns = 0;
        for (Document d : SyntheticCorpus.standard().articles(5, 120)) {
            Analysis a = pipeline.analyze(d);
            List<Entity> persons = a.get(Layers.PERSONS);
            Referents shared = a.get(PersonStage.REFERENTS);
            Referents again = Referents.of(a.text(), persons, a.get(PersonStage.DESCRIPTIONS),
                    PersonStage.topLevelSpans(a.get(Layers.MARKED_QUOTES)), lexicon, a.get(Layers.LANGUAGE).code());
            assertThat(shared.foundAmong(persons)).isTrue();
            assertThat(shared.all()).hasSameSizeAs(again.all());
            for (int i = 0; i < again.all().size(); i++) {
                Referents.Referent x = shared.all().get(i);
                Referents.Referent y = again.all().get(i);
                assertThat(x.person()).isSameAs(y.person());
                assertThat(x.description()).isSameAs(y.description());
                assertThat(x.span()).isEqualTo(y.span());
                assertThat(x.gender()).isEqualTo(y.gender());
            }
            withPronouns += persons.stream().anyMatch(e -> e.mentions().stream()
                    .anyMatch(m -> m.kind() == org.retour.model.Mention.Kind.PRONOUN)) ? 1 : 0;
        }
        assertThat(withPronouns).isPositive();
    }

    @Test
    void referentsAreNotFoundAmongOtherPersons() {
        Analysis a = org.retour.quote.TestPipelines.analyze(
                "Amira Khoury left Raqqa in 2019. She says the camp was cold.", "en");
        Referents shared = a.get(PersonStage.REFERENTS);
        List<Entity> persons = a.get(Layers.PERSONS);
        assertThat(shared.foundAmong(persons)).isTrue();
        assertThat(shared.foundAmong(List.of())).isFalse();
        Entity e = persons.get(0);
        Entity copy = new Entity(e.id(), e.type(), e.canonical(), e.aliases(), e.role(), e.country(), e.mentions());
        assertThat(shared.foundAmong(List.of(copy))).isFalse();
        assertThat(shared.all()).extracting(Referents.Referent::person).containsOnly(e);
    }
}
