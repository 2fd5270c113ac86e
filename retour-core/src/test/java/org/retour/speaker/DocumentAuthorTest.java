package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A document read out or played whose noun phrase names its author gives the quote to that author, not the reader. */
class DocumentAuthorTest {

    @Test
    void aVoicePlayedIsTheSpeakersNotTheSisters() {
        List<Quote> q = top("Samira Benali a gardé les messages de son frère. Elle nous les fait écouter. « Je l'attends"
                + " encore », dit-elle.\n\nElle en choisit un. On y entend la voix de Karim Benali, essoufflé : « Samira,"
                + " ne dis rien aux parents. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void aLetterWrittenBySomeoneElseIsTheirsNotTheReaders() {
        List<Quote> q = top("Le rapport cite plusieurs lettres. L'une d'elles, écrite par Nadia Ferhat, détenue à Fresnes,"
                + " figure en annexe. La sénatrice Claire Dumont en a donné lecture : « Je ne demande rien pour moi. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Ferhat");
    }

    @Test
    void aMessageSentToTheReaderIsTheSenders() {
        List<Quote> q = top("Me Paul Girard a lu le message que Yasmina Kaci lui a envoyé depuis le camp : « Dites-leur"
                + " qu'on est encore là. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yasmina Kaci");
    }

    @Test
    void aDocumentNamedWithNoReadingBeforeAnotherSentenceGivesNothing() {
        List<Quote> q = top("Omar Diallo a reçu une lettre de Karim Sow. Il sourit. « J'étais soulagé », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Diallo");
    }

    @Test
    void anAttestationByAnAuthorNamedByNoPersonIsNotTheLawyers() {
        List<Quote> q = top("En défense, Me Paul Girard a produit l'attestation de l'employeur de son client, une entreprise"
                + " de Lyon : « Il est ponctuel et fiable. »", "fr");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aLetterWrittenByAClientNamedInAppositionIsTheClients() {
        List<Quote> q = top("Me Léa Roux a lu une lettre écrite par sa cliente, Inès Morel, depuis la prison : « Je veux"
                + " rentrer. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Inès Morel");
    }

    @Test
    void aMessageWhoseSendersAsideStandsBetweenCommasIsStillTheSenders() {
        List<Quote> q = top("Me Paul Girard a transmis le message que Yasmina Kaci, rapatriée jeudi avec ses enfants, lui"
                + " avait envoyé du camp : « Je ferai ma peine, je veux juste qu'ils voient la pluie. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yasmina Kaci");
    }

    @Test
    void aMessageSentByAnUnnamedClientAfterAnAsideIsNotTheLawyers() {
        List<Quote> q = top("À la sortie, Me Laure Dantec a lu le message vocal qu'une de ses clientes, restée au camp"
                + " de Roj, lui a adressé la veille : « Maître, dites-leur qu'on est encore là. »", "fr");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNull();
    }

    @Test
    void anEnglishMessageWhoseSendersAsideStandsBetweenCommasIsTheSenders() {
        List<Quote> q = top("Her lawyer read out the message that Sarah Khan, who is still held at al-Roj with her sons,"
                + " had sent him: “I will serve my sentence. I only want them to go to school.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah Khan");
    }
}
