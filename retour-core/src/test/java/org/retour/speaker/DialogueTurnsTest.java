package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;

/**
 * The turns of a dialogue in one pair of marks, each opened by a dash, go by turns to the two parties the clause
 * before the dialogue names: the first turn to the one who asks when it is a question.
 */
class DialogueTurnsTest {

    private static String name(Quote q) {
        Speaker s = q.attribution().speaker();
        return s == null ? null : s.name();
    }

    @Test
    void aReplyVerbMakesItsSubjectTheOneWhoAnswersTheComplementsQuestions() {
        List<Quote> q = top("Le témoignage a été enregistré l'an dernier. Interrogé dans un studio, Sofiane, 31 ans, répond"
                + " au journaliste Pierre Marchal : « — Qui vous a recruté ? — Un cousin. Il parlait bien. — Vous le"
                + " revoyez ? — Jamais. »", "fr");
        assertThat(q).hasSize(4);
        assertThat(q.stream().map(DialogueTurnsTest::name).toList())
                .containsExactly("Pierre Marchal", "Sofiane", "Pierre Marchal", "Sofiane");
    }

    @Test
    void anAskVerbWithTheReportersPronounMakesTheReporterAnswer() {
        List<Quote> q = top("Nadia, 42 ans, vit dans le camp depuis quatre ans. En nous raccompagnant, Nadia nous demande"
                + " d'où nous venons. La conversation est courte :\n\n« — Vous venez de Lyon ? — Oui. — Alors"
                + " dites à ma mère que je suis vivante. »", "fr");
        assertThat(q).hasSize(3);
        assertThat(name(q.get(0))).isEqualTo("Nadia");
        assertThat(name(q.get(1))).isNull();
        assertThat(q.get(1).attribution().speaker()).isNotNull();
        assertThat(q.get(1).attribution().speaker().voice()).isEqualTo(Voice.JOURNALIST);
        assertThat(name(q.get(2))).isEqualTo("Nadia");
    }

    @Test
    void anUnnamedAskerInTheAudienceAsksTheSpeakerTheParagraphsName() {
        List<Quote> q = top("Devant une classe de première, Samir Haddad parle de ses deux années en Irak. « On nous"
                + " promettait tout », raconte Samir Haddad.\n\nAu dernier rang, une voix s'élève. La question fuse :"
                + "\n\n« — Vous regrettez ? — Chaque jour. »", "fr");
        assertThat(q).hasSize(3);
        Speaker asker = q.get(1).attribution().speaker();
        assertThat(asker).isNotNull();
        assertThat(asker.name()).isNull();
        assertThat(name(q.get(2))).isEqualTo("Samir Haddad");
    }

    @Test
    void turnsOneALineAfterTheJudgesOpeningQuestionAlternate() {
        List<Quote> q = top("Yanis Ferrand, 28 ans, comparaît pour association de malfaiteurs terroriste.\n\n"
                + "La présidente, Claire Dubreuil, lit un message. « Qui vous a envoyé ça ?\n\n"
                + "– Un ami de Tourcoing.\n\n"
                + "– Vous lui répondiez souvent ?\n\n"
                + "– Presque jamais. »", "fr");
        assertThat(q).hasSize(4);
        assertThat(q.stream().map(DialogueTurnsTest::name).toList())
                .containsExactly("Claire Dubreuil", "Yanis Ferrand", "Claire Dubreuil", "Yanis Ferrand");
    }

    @Test
    void aQuestionPutBeforeTheDialogueMakesItsFirstTurnTheAnswer() {
        List<Quote> q = top("Le juge, Paul Girard, demande à Malik Sens pourquoi il est rentré : « — Pour ma fille. — Et"
                + " pour vous ? — Pour rien. »", "fr");
        assertThat(q).hasSize(3);
        assertThat(q.stream().map(DialogueTurnsTest::name).toList())
                .containsExactly("Malik Sens", "Paul Girard", "Malik Sens");
    }

    @Test
    void anEnglishPassiveQuestionerAsksTheSubject() {
        List<Quote> q = top("Questioned by the prosecutor, Helen Ward, Omar Siddiq kept his answers short:"
                + " « — Why did you go? — For my brother. — Where is he now? — Dead. »", "en");
        assertThat(q).hasSize(4);
        assertThat(q.stream().map(DialogueTurnsTest::name).toList())
                .containsExactly("Helen Ward", "Omar Siddiq", "Helen Ward", "Omar Siddiq");
    }

    @Test
    void anEnglishReplyToTheReporterGivesTheQuestionsToTheReporter() {
        List<Quote> q = top("Ahmed Raza, 30, served two years in Raqqa. Ahmed Raza answered us without looking up:"
                + " « — Were you afraid? — Always. »", "en");
        assertThat(q).hasSize(2);
        assertThat(name(q.get(0))).isNull();
        assertThat(q.get(0).attribution().speaker()).isNotNull();
        assertThat(name(q.get(1))).isEqualTo("Ahmed Raza");
    }

    @Test
    void anExchangeWithAnOfficialMakesTheOfficialAskTheLastSpeaker() {
        List<Quote> q = top("« J'étais un simple cuisinier », assure Bilal Tahar.\n\n"
                + "Le tribunal ne le croit qu'à moitié. Voici l'échange avec le juge Marc Oster :\n\n"
                + "« — Un cuisinier armé ? — Tout le monde était armé. »", "fr");
        assertThat(q).hasSize(3);
        assertThat(name(q.get(1))).isEqualTo("Marc Oster");
        assertThat(name(q.get(2))).isEqualTo("Bilal Tahar");
    }

    @Test
    void withNoPartyFoundTheTurnsKeepWhatTheOtherRulesGive() {
        List<Quote> q = top("Il pleuvait sur la ville depuis des jours.\n\n« — Il pleut ? — Toujours. »", "fr");
        assertThat(q).hasSize(2);
        assertThat(name(q.get(0))).isNull();
        assertThat(name(q.get(1))).isNull();
    }
}
