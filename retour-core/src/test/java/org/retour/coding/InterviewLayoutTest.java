package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.quote.TestPipelines;

/** Interviews whose turns are opened by dashes, by the speaker's label in capitals or by "R. :". */
class InterviewLayoutTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static final String FR_LEAD = "Karim Haddad, 30 ans, a passé un an à Raqqa avant de rentrer en France, "
            + "où il a été jugé.\n";
    private static final String FR_ANSWER = "Pour moi, l'EIIL est corrompu et non-islamique, voilà tout.";

    private static boolean ownAnswerCoded(String text, String lang, String answer, String code) {
        List<Coding> codings = RULES.code(TestPipelines.analyze(text, lang));
        int at = text.indexOf(answer);
        return codings.stream().anyMatch(c -> c.code().equals(code) && c.span().start() <= at
                && c.span().end() >= at + answer.length() - 1 && c.reportedBy() == null);
    }

    @Test
    void answersOpenedByTheIntervieweesNameInCapitalsAreHisTestimony() {
        String text = FR_LEAD + "Pourquoi êtes-vous parti ?\n"
                + "KARIM. — J'avais vingt ans. Je ne savais rien.\n"
                + "Et ensuite ?\n"
                + "KARIM. — " + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(text, "fr", FR_ANSWER, "N3")).isTrue();
    }

    @Test
    void answersOfADashInterviewWithAFormerFighterAreHisTestimony() {
        String text = FR_LEAD + "— Pourquoi êtes-vous parti ?\n"
                + "— J'avais vingt ans. Je ne savais rien.\n"
                + "— Et ensuite ?\n"
                + "— " + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(text, "fr", FR_ANSWER, "N3")).isTrue();
    }

    @Test
    void answersMarkedRDotAreHisTestimony() {
        String text = FR_LEAD + "Q. : Pourquoi êtes-vous parti ?\n"
                + "R. : " + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(text, "fr", FR_ANSWER, "N3")).isTrue();
    }

    @Test
    void aDashInterviewWithASociologistIsNotAFightersTestimony() {
        String text = "La sociologue Claire Morin, chercheuse au CNRS, a rencontré des dizaines de revenus de Syrie.\n"
                + "— Que vous ont-ils dit ?\n"
                + "— J'ai entendu beaucoup de choses.\n"
                + "— Et votre analyse ?\n"
                + "— " + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(text, "fr", FR_ANSWER, "N3")).isFalse();
    }

    @Test
    void dashParagraphsWithoutQuestionsAreNoInterview() {
        String text = FR_LEAD + "— J'avais vingt ans.\n— Je ne savais rien.\n— Rien du tout.\n— " + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(text, "fr", FR_ANSWER, "N3")).isFalse();
    }

    @Test
    void aTranscriptsGuestsAnswerButTheHostAndAnOfficialDoNot() {
        String answer = "The emirs lived in villas and drove new cars while we queued for bread.";
        String text = "This is a transcript of a programme on former fighters.\n"
                + "ANNA REED, HOST: Our guest spent two years with Islamic State before he deserted. Why did you go?\n"
                + "OMAR: I was young. I believed them.\n"
                + "REED: And then?\n"
                + "OMAR: " + answer + "\n"
                + "REED: Colonel Sami Aziz, a security official, disagrees.\n"
                + "SAMI AZIZ: " + answer + "\n";
        assertThat(ownAnswerCoded(text, "en", answer, "N3")).isTrue();
        int official = text.lastIndexOf(answer);
        assertThat(RULES.code(TestPipelines.analyze(text, "en")))
                .noneMatch(c -> c.span().start() >= official - 11 && c.reportedBy() == null);
    }

    @Test
    void labelsEndingInAnInitialAnswerAndTheAnimateurAsks() {
        String text = FR_LEAD + "ANIMATEUR : Pourquoi êtes-vous parti ?\n"
                + "KARIM H. : J'avais vingt ans. Je ne savais rien.\n"
                + "ANIMATEUR : Et ensuite ?\n"
                + "KARIM H. : " + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(text, "fr", FR_ANSWER, "N3")).isTrue();
        String unlabelled = FR_LEAD + "Pourquoi êtes-vous parti ?\nKarim H. répond qu'il avait vingt ans.\n"
                + "Et ensuite ?\nKarim H. dit encore : il ne savait rien.\n" + FR_ANSWER + "\n";
        assertThat(ownAnswerCoded(unlabelled, "fr", FR_ANSWER, "N3")).isFalse();
    }

    @Test
    void aHostWhoMostlyAsksIsTheInterviewerThoughOneTurnStates() {
        String answer = "Wer kein Arabisch konnte, bekam die schlechtesten Posten.";
        String text = "Transkript. Moderation: Katrin Vogt. Zu Gast ist Said A., der 2016 aus Syrien zurückkehrte.\n"
                + "VOGT: Wann haben Sie gemerkt, dass das ein Fehler war?\n"
                + "SAID A.: Nach ein paar Wochen. Wir durften keine Telefone haben.\n"
                + "VOGT: Es heißt oft, die Rückkehrer seien vor den Bomben geflohen.\n"
                + "SAID A.: Bei mir nicht, ich hatte keine Angst.\n"
                + "VOGT: Wie wurden Sie als Deutscher behandelt?\n"
                + "SAID A.: " + answer + "\n";
        assertThat(ownAnswerCoded(text, "de", answer, "N5")).isTrue();
        String hostStates = text.replace("VOGT: Wie wurden Sie als Deutscher behandelt?", "VOGT: Das klingt hart.")
                .replace("VOGT: Wann haben Sie gemerkt, dass das ein Fehler war?", "VOGT: Sie gingen 2014.");
        assertThat(ownAnswerCoded(hostStates, "de", answer, "N5")).isFalse();
    }

    @Test
    void aTitleCaseLabelThatMostlyAsksIsTheInterviewer() {
        String remark = "Some people will say you only regret losing the war.";
        String answer = "The emirs lived in villas and drove new cars while we queued for bread.";
        String text = "Yusuf Demir, 36, spent four years in Syria before he came home to Leicester.\n"
                + "The Northern Review: What did you expect when you crossed the border?\n"
                + "Yusuf Demir: A country. Schools, a wage.\n"
                + "The Northern Review: When did it go wrong?\n"
                + "Yusuf Demir: " + answer + "\n"
                + "The Northern Review: " + remark + "\n"
                + "Yusuf Demir: Let them.\n";
        assertThat(ownAnswerCoded(text, "en", answer, "N3")).isTrue();
        assertThat(ownAnswerCoded(text, "en", remark, "N6")).isFalse();
    }

    @Test
    void aFrenchTranscriptWithASpaceBeforeTheColonAndOneWordLabelsIsAnInterview() {
        String answer = "Les émirs vivaient dans des villas pendant qu'on faisait la queue pour le pain.";
        String text = "Troisième volet de notre série. Transcription de l'émission.\n"
                + "Léa Marchand : Mehdi a 31 ans, il est rentré de Syrie en 2018. Qu'attendiez-vous là-bas ?\n"
                + "Mehdi : Un pays. Une école pour mes futurs enfants, un salaire.\n"
                + "Léa Marchand : Et quand avez-vous compris ?\n"
                + "Mehdi : " + answer + "\n";
        assertThat(ownAnswerCoded(text, "fr", answer, "N3")).isTrue();
        String withNoBreakSpace = text.replace("Mehdi : ", "Mehdi\u00A0: ").replace("Léa Marchand : ", "Léa Marchand\u00A0: ");
        assertThat(ownAnswerCoded(withNoBreakSpace, "fr", answer, "N3")).isTrue();
    }

    @Test
    void aOneWordHeadingSeenOnceIsNoSpeakersLabel() {
        String answer = "Les émirs vivaient dans des villas pendant qu'on faisait la queue pour le pain.";
        String text = "Le rapport de la commission a été rendu public mardi. Faut-il s'en inquiéter ?\n"
                + "Bilan : " + answer + "\n"
                + "Chiffres : trois cents dossiers sont ouverts.\n"
                + "Le ministre n'a pas souhaité réagir.\n";
        assertThat(ownAnswerCoded(text, "fr", answer, "N3")).isFalse();
    }
}
