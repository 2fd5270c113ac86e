package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person inside the phrase that opens a sentence with a participle or a preposition ("Speaking in a bare room,
 * with a guard at the door, he said …") is a complement, not the antecedent of the subject pronoun that closes
 * the phrase: that pronoun, and the pronoun cue of the quote after it, stand for the person told of before.
 */
class OpeningPhraseComplementTest {

    @Test
    void aGuardInASecondOpeningPhraseIsNotTheOneWhoSpeaks() {
        List<Quote> q = top("Karim Haddad, 31, travelled to Syria in 2014.\n\nSpeaking in a small office, with a guard at"
                + " the door, he said he regretted it.\n\n\"I was a fool,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aPhraseOpenedByWithHoldsNoSubject() {
        List<Quote> q = top("Karim Haddad, 31, travelled to Syria in 2014.\n\nWith a soldier at his side, he said he"
                + " wanted to go home.\n\n\"My mother is waiting,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aParticipleClauseBesideAnOfficerLeavesTheWomanTheSpeaker() {
        List<Quote> q = top("Nadia Rahim, 27, came home in 2019.\n\nSitting beside a police officer, she said she had"
                + " been afraid. \"I did not sleep for a year,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Rahim");
    }

    @Test
    void aFrenchOpeningParticipleBesideAGuardLeavesTheManTheSpeaker() {
        List<Quote> q = top("Karim Haddad, 31 ans, est parti en Syrie en 2014.\n\nAssis à côté d’un gardien, il parle"
                + " lentement. « J’avais tort », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aFriendHeLeftWithInAnOpeningParticipleIsNotTheOneWhoSpeaks() {
        List<Quote> q = top("Mathis Le Bihan, 24 ans, a grandi au Blosne, à Rennes.\n\nParti en juillet 2014 avec un ami"
                + " de Villejean, il a passé son séjour entre Raqqa et Deir ez-Zor. « Je croyais que j'allais aider des"
                + " gens », a-t-il lancé.\n\n« Là-bas, je n'étais qu'un gardien de parking », insiste-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mathis Le Bihan");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mathis Le Bihan");
    }

    @Test
    void aBrotherInAnOpeningBornPhraseIsNotTheOneWhoSpeaks() {
        List<Quote> q = top("Karim Haddad, 31, travelled to Syria in 2014.\n\nBorn in Leeds with a twin brother, he"
                + " grew up in Beeston. \"I was a fool,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }
}
