package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** An Arabic name, which has no capitals to end it, ends before a conjoined word or a function word. */
class ArabicNameEndTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "ar").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aWordWithAJoinedConjunctionIsNotPartOfTheName() {
        assertThat(persons("وقالت المرأة التي عرّفت نفسها باسم أم ياسين وتبلغ من العمر 32 عاما إنها عادت."))
                .contains("أم ياسين").noneMatch(p -> p.contains("وتبلغ"));
        assertThat(persons("التقينا محمد العلي فقال إن الحياة صعبة.")).contains("محمد العلي")
                .noneMatch(p -> p.contains("فقال"));
    }

    @Test
    void aKnownGivenNameWithTheSameFirstLetterStaysInTheName() {
        assertThat(persons("قال محمد وليد إن الحياة صعبة في المخيم.")).contains("محمد وليد");
    }

    @Test
    void aConjunctionWithAPronounEndsTheName() {
        assertThat(persons("وقال أبو عمر أنه غادر الرقة في الشتاء.")).contains("أبو عمر")
                .noneMatch(p -> p.contains("أنه"));
    }

    @Test
    void aPrepositionEndsTheNameSoTheGivenNameAloneJoinsTheFullName() {
        assertThat(persons("عاد الشاب هشام القاسم إلى بلدته. وقال هشام لـ«الشرق» إنه نادم. ويضيف هشام من غرفته أنه لن يعود."))
                .containsExactly("هشام القاسم");
    }

    @Test
    void anAdverbMarkedWithADoubleVowelEndsTheName() {
        assertThat(persons("وخرج أبو ياسر ليلًا من المخيم.")).contains("أبو ياسر").noneMatch(p -> p.contains("ليلًا"));
    }
}
