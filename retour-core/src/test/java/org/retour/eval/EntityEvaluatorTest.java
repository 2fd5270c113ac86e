package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.eval.EvalFixtures.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;

class EntityEvaluatorTest {

    private static final String BODY = "Didier Le Bret a parlé de l'EIIL en Syrie, puis à Londres.";

    @Test
    void scoresEachTypeByNamesAndAliasesAndCountryOnMatches() {
        GoldDocument g = EvalFixtures.gold("d1", "fr", BODY, null, null, List.of(
                new GoldEntity("Didier Le Bret", at(BODY, "Didier Le Bret"), EntityType.PERSON, "Didier Le Bret", "FR"),
                new GoldEntity("EIIL", at(BODY, "EIIL"), EntityType.ORGANIZATION, "Islamic State", null),
                new GoldEntity("Syrie", at(BODY, "Syrie"), EntityType.PLACE, "Syria", "SY")), null, null);
        var a = EvalFixtures.analysis(g)
                .with(Layers.PERSONS, List.of(new Entity("P1", EntityType.PERSON, "Didier Le Bret", List.of(), null, "FR",
                        List.of(new Mention(at(BODY, "Didier Le Bret"), "Didier Le Bret", Mention.Kind.NAME)))))
                .with(Layers.ORGANIZATIONS, List.of(new Entity("O1", EntityType.ORGANIZATION, "État islamique",
                        List.of("eiil"), null, null, List.of())))
                .with(Layers.PLACES, List.of(new Entity("L1", EntityType.PLACE, "Londres", List.of(), null, "GB", List.of())));

        EntityScores s = new EntityEvaluator().evaluate(List.of(new EvalCase(g, a))).overall();

        assertThat(s.types().get(EntityType.PERSON)).isEqualTo(new Prf(1, 0, 0));
        assertThat(s.types().get(EntityType.ORGANIZATION)).isEqualTo(new Prf(1, 0, 0));
        assertThat(s.types().get(EntityType.PLACE)).isEqualTo(new Prf(0, 1, 1));
        assertThat(s.all()).isEqualTo(new Prf(2, 1, 1));
        assertThat(s.country()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void articlesWithoutEntityKeyAreSkippedAndMissingLayersScoreZero() {
        GoldDocument annotated = EvalFixtures.gold("d1", "fr", BODY, null, null, List.of(
                new GoldEntity("Syrie", at(BODY, "Syrie"), EntityType.PLACE, "Syria", "SY")), null, null);
        GoldDocument plain = EvalFixtures.gold("d2", "fr", BODY, null, null, null, null, null);
        LanguageReport<EntityScores> r = new EntityEvaluator().evaluate(List.of(
                new EvalCase(annotated, EvalFixtures.analysis(annotated)), new EvalCase(plain, EvalFixtures.analysis(plain))));
        assertThat(r.overall().documents()).isEqualTo(1);
        assertThat(r.overall().all()).isEqualTo(new Prf(0, 0, 1));
        assertThat(r.errors()).singleElement().extracting(EvalError::kind).isEqualTo(EvalError.Kind.MISSED_ENTITY);
    }

    @Test
    void goldEntitiesSharingACanonicalNameAreOneEntity() {
        String body = "L'État islamique, ou Daech, recule.";
        GoldDocument g = EvalFixtures.gold("d3", "fr", body, null, null, List.of(
                new GoldEntity("État islamique", at(body, "État islamique"), EntityType.ORGANIZATION, "Islamic State", null),
                new GoldEntity("Daech", at(body, "Daech"), EntityType.ORGANIZATION, "Islamic State", null)), null, null);
        var a = EvalFixtures.analysis(g).with(Layers.ORGANIZATIONS, List.of(new Entity("O1", EntityType.ORGANIZATION,
                "Islamic State", List.of("Daech"), null, null, List.of())));

        LanguageReport<EntityScores> r = new EntityEvaluator().evaluate(List.of(new EvalCase(g, a)));

        assertThat(r.overall().types().get(EntityType.ORGANIZATION)).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.errors()).isEmpty();
    }
}
