package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;

/**
 * Testimony set without quotation marks: plain answers under dashed questions, and a former fighter's
 * account told in the first person.
 */
class UnmarkedTestimonyTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static final String LEAD_FR = "Karim a 29 ans. Parti en Syrie en 2014, il est rentré en France en 2018 "
            + "et a purgé sa peine.\n";

    private static String dashInterview(String answer) {
        return LEAD_FR
                + "– Qu'est-ce qui vous a fait douter ?\nLe travail, rien d'autre.\n"
                + "– Et les chefs ?\n" + answer + "\n"
                + "– Et les combats ?\nJe gardais un dépôt.\n"
                + "– Vous êtes rentré quand ?\nEn 2018.\n";
    }

    @Test
    void aPlainParagraphUnderADashedQuestionIsTheIntervieweesAnswer() {
        String answer = "Les émirs vivaient dans des villas pendant que nous faisions la queue pour le pain.";
        String text = dashInterview(answer);
        int at = text.indexOf(answer);
        assertThat(RULES.code(Fixtures.analyse(text, "fr"))).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("N3");
            assertThat(c.span().start()).isEqualTo(at);
            assertThat(c.holder()).isEqualTo("returnee");
        });
    }

    @Test
    void theSameParagraphWithoutDashedQuestionsIsNarration() {
        String answer = "Les émirs vivaient dans des villas pendant que nous faisions la queue pour le pain.";
        String text = LEAD_FR + "Et les chefs ?\n" + answer + "\n";
        int at = text.indexOf(answer);
        assertThat(RULES.code(Fixtures.analyse(text, "fr"))).noneMatch(c -> c.span().start() == at);
    }

    private static final String ACCOUNT = "Marcus Hale, 31, grew up in Leeds. He travelled to Syria in 2015 and returned "
            + "to Britain in 2019. This is his account.\n"
            + "I went because I thought I would be useful. I was an electrician.\n"
            + "I spent a year on a roof watching an empty road.\n"
            + "My brother called me every week.\n"
            + "Our emir lived in a villa while we queued for bread.\n"
            + "I was given the worst posts because I did not speak Arabic.\n"
            + "In the end I paid a smuggler and I came home.\n";

    @Test
    void aFirstPersonAccountOfAReturneeIsHisTestimony() {
        List<Coding> codings = RULES.code(Fixtures.analyse(ACCOUNT, "en"));
        int at = ACCOUNT.indexOf("Our emir");
        assertThat(codings).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("N3");
            assertThat(c.span().start()).isEqualTo(at);
            assertThat(c.holder()).isEqualTo("returnee");
            assertThat(c.reportedBy()).isNull();
        });
    }

    @Test
    void oneFirstPersonSentenceInAReportIsNoAccount() {
        String text = "Marcus Hale, 31, grew up in Leeds. He travelled to Syria in 2015 and returned to Britain in 2019.\n"
                + "The court heard evidence for three days. The judge will rule in May.\n"
                + "Our emir lived in a villa while we queued for bread.\n"
                + "The hearing resumes on Monday. Prosecutors have called two witnesses.\n";
        int at = text.indexOf("Our emir");
        assertThat(RULES.code(Fixtures.analyse(text, "en"))).noneMatch(c -> c.span().start() == at);
    }

    @Test
    void aTimestampedTranscriptsAnswersAreTheGuestsTestimony() {
        String text = "An edited transcript. The host speaks with Tariq, who spent two years in Syria and came home in 2019.\n"
                + "[00:01:12] PRIYA NAIR: When did you first have doubts?\n"
                + "[00:01:20] TARIQ: The first month. I was on a roof all day.\n"
                + "[00:02:05] PRIYA NAIR: And the leaders?\n"
                + "[00:02:09] TARIQ: Our emir lived in a villa while we queued for bread.\n"
                + "[00:03:40] PRIYA NAIR: What brought you home?\n"
                + "[00:03:46] TARIQ: My son. I wanted to see him.\n";
        int at = text.indexOf("Our emir");
        assertThat(RULES.code(Fixtures.analyse(text, "en"))).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("N3");
            assertThat(c.span().start()).isLessThanOrEqualTo(at);
            assertThat(c.span().end()).isGreaterThan(at);
            assertThat(c.reportedBy()).isNull();
        });
    }

    private static final String PLAIN_LEAD = "Marcus Hale spent two years with the group in Syria and came home to Leeds in 2019.\n";

    @Test
    void answersUnderPlainQuestionParagraphsAreTheIntervieweesWords() {
        String text = PLAIN_LEAD
                + "Why did you go?\nI thought I would help people. I was nineteen.\n"
                + "What was it like?\nOur emir lived in a villa while we queued for bread.\n"
                + "And your family?\nMy mother called every week.\n";
        int at = text.indexOf("Our emir");
        assertThat(RULES.code(Fixtures.analyse(text, "en"))).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("N3");
            assertThat(c.span().start()).isEqualTo(at);
            assertThat(c.reportedBy()).isNull();
        });
    }

    @Test
    void oneRhetoricalQuestionMakesNoInterview() {
        String text = PLAIN_LEAD + "Why did he go?\nThe emirs lived in villas while the fighters queued for bread.\n";
        int at = text.indexOf("The emirs");
        assertThat(RULES.code(Fixtures.analyse(text, "en"))).noneMatch(c -> c.span().start() == at && c.reportedBy() == null);
    }

    @Test
    void theInterviewersFramingQuestionIsNobodysTestimony() {
        String text = "An edited transcript. The host speaks with Tariq, who spent two years in Syria and came home in 2019.\n"
                + "PRIYA NAIR: When did you first have doubts?\n"
                + "TARIQ: The first month. I was on a roof all day.\n"
                + "PRIYA NAIR: Some people say the brutality was what turned them, and the corruption?\n"
                + "TARIQ: For me it was the boredom. Nothing to do for months.\n"
                + "PRIYA NAIR: What brought you home?\n"
                + "TARIQ: My son. I wanted to see him.\n";
        int from = text.indexOf("Some people");
        int to = text.indexOf("TARIQ: For me");
        assertThat(RULES.code(Fixtures.analyse(text, "en")))
                .noneMatch(c -> c.span().start() >= from && c.span().start() < to);
    }
}
