package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person who appears only in an agent phrase ("Interrogée par son avocate, Me X, …", "Asked by his own
 * barrister, X, …"), in a noun's complement ("le frère de la prévenue") or set in apposition inside an
 * opening clause ranks below the sentence's subject: the accused who answers keeps the quote.
 */
class AgentPhraseSalienceTest {

    private static final String BRUSSELS = "Le tribunal a condamné mercredi Leen Peeters, 33 ans, pour terrorisme.\n\n"
            + "La procureure, Ann Wouters, a requis six ans. « Elle recrutait », a-t-elle affirmé.\n\n";

    @Test
    void aLawyerNamedInTheAgentPhraseDoesNotTakeTheAccusedsAnswer() {
        List<Quote> q = top(BRUSSELS + "Interrogée par son avocate, Me Julie Ferrand, la trentenaire a nié. « Je n'ai"
                + " jamais recruté personne », a-t-elle déclaré.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Leen Peeters");
    }

    @Test
    void aNameAfterTheOpeningClauseThatIsNoAppositionStaysTheSubject() {
        List<Quote> q = top(BRUSSELS + "Interrogée sur ses messages, Me Julie Ferrand a plaidé l'erreur. « Ma cliente"
                + " écrivait à sa cousine », a-t-elle déclaré.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Julie Ferrand");
    }

    @Test
    void aBarristerInAppositionInsideTheOpeningClauseIsNotTheSubject() {
        List<Quote> q = top("Aminul Rahman, 29, denies membership of a proscribed organisation.\n\n"
                + "\"You were paid a salary,\" the prosecutor, Jonathan Reece, said.\n\n"
                + "Asked by his own barrister, Daniel Whitfield, why he had not left earlier, the 29-year-old described"
                + " the checkpoints. \"Everyone knew what happened to deserters,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Aminul Rahman");
    }

    @Test
    void aBarristerWithLettersAfterHisNameInsideTheOpeningPhraseIsNotTheSubject() {
        List<Quote> q = top("Tariq Hamdan, 34, of Auburn, has pleaded guilty. He was deported from Turkey in 2019.\n\n"
                + "Under questioning from his barrister, Michael Doyle SC, the father of two described being jailed by"
                + " the group's police. \"They beat me with a cable,\" he told the court.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tariq Hamdan");
    }

    @Test
    void aBarristerWhoAnswersAfterTheOpeningClauseKeepsHisWords() {
        List<Quote> q = top("Aminul Rahman, 29, denies membership of a proscribed organisation.\n\n"
                + "Asked about the videos, Daniel Whitfield told the jury they proved nothing. \"He was made to film,\""
                + " he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Daniel Whitfield");
    }

    @Test
    void theBrotherOfTheAccusedIsNotTheAccused() {
        List<Quote> q = top("Le tribunal a condamné Leen Peeters, 33 ans, à cinq ans de prison.\n\n"
                + "La présidente lui avait demandé pourquoi elle était restée. « Mon mari me l'interdisait », avait"
                + " répondu la prévenue.\n\n"
                + "Le frère de la prévenue, Pieter Peeters, était venu la chercher. « Je lui ai promis de revenir »,"
                + " a-t-il confié.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leen Peeters");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Pieter Peeters");
    }

    @Test
    void theDirectorOfThePrisonIsStillTheDirector() {
        List<Quote> q = top("Le directeur de la prison, Karim Amrani, reçoit dans son bureau. Il parle peu.\n\n"
                + "« Nous avons deux mille détenus », explique le directeur.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Amrani");
    }

    @Test
    void anAccusedInvitedToSpeakLastTakesTheQuoteOverTheLawyerBefore() {
        List<Quote> q = top("Yanis Merad, 31 ans, est jugé depuis lundi.\n\n"
                + "Son avocat, Me Karim Djebali, a plaidé l'acquittement. « Il est parti quand même », a plaidé l'avocat.\n\n"
                + "Invité à prendre la parole en dernier, l'accusé s'est tourné vers la cour. « Je demande pardon à ma"
                + " mère », a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Merad");
    }

    @Test
    void aMagistrateWhoInterruptsSpeaks() {
        List<Quote> q = top("Yanis Merad, 31 ans, est jugé depuis lundi. « Je voulais aider », a-t-il dit.\n\n"
                + "« Avec une kalachnikov ? », l'a interrompu le président, Olivier Dastre.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Olivier Dastre");
    }
}
