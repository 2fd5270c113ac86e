package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;

/** The answers of a question-and-answer interview with a former fighter are his own testimony. */
class InterviewAnswerTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static final String LEAD = "Marcus Ellery spent two years with Islamic State in Syria before he deserted "
            + "and returned to Britain, where he was convicted last year.\n";

    @Test
    void anAnswerOfAnInterviewWithAFormerFighterIsCoded() {
        String text = LEAD + "Q: Why did you leave?\n"
                + "A: The emirs lived in villas and drove new cars while we queued for bread.\n";
        List<Coding> codings = RULES.code(Fixtures.analyse(text, "en"));
        int answer = text.indexOf("A: The emirs");
        assertThat(codings).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("N3");
            assertThat(c.span().start()).isGreaterThanOrEqualTo(answer);
            assertThat(c.reportedBy()).isNull();
        });
    }

    @Test
    void theSameWordsOutsideAnInterviewAreTheJournalistsNarration() {
        String text = LEAD + "The emirs lived in villas and drove new cars while we queued for bread.\n";
        int sentence = text.indexOf("The emirs") - 3;
        assertThat(RULES.code(Fixtures.analyse(text, "en")))
                .noneMatch(c -> c.span().start() >= sentence && c.reportedBy() == null);
    }

    @Test
    void answersWithoutQuestionsAreNoInterview() {
        String text = LEAD + "A: The emirs lived in villas and drove new cars while we queued for bread.\n";
        int sentence = text.indexOf("The emirs") - 3;
        assertThat(RULES.code(Fixtures.analyse(text, "en")))
                .noneMatch(c -> c.span().start() >= sentence && c.reportedBy() == null);
    }
}
