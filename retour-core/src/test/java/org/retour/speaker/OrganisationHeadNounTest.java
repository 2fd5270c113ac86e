package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * "The" and a noun right before a verb of speech take up the organisation named earlier whose name ends with that
 * noun ("the commission said": the Special Immigration Appeals Commission); after the verb the noun is the reported
 * clause's subject.
 */
class OrganisationHeadNounTest {

    @Test
    void theDefiniteNounBeforeTheVerbTakesUpTheOrganisation() {
        List<Quote> q = top("LONDON - A woman who left the Islamic State lost her appeal.\n\n"
                + "\"I was a child,\" Amina Said told reporters. The Special Immigration Appeals Commission rejected the"
                + " appeal. In its ruling, the commission said there was \"no doubt about the danger\".", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Special Immigration Appeals Commission");
    }

    @Test
    void theNounAfterTheVerbLeavesThePersonTheSpeaker() {
        List<Quote> q = top("WASHINGTON - The State Department is under pressure.\n\n"
                + "A State Department spokesman, Mark Dunn, said the department was \"looking at all options.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mark Dunn");
    }

    @Test
    void eachDocumentReadsTheHeadsOfItsOwnOrganisations() {
        List<Quote> first = top("PARIS - Le ministère de l'Intérieur a publié un bilan.\n\n"
                + "« Je voulais rentrer », a raconté Karim Benali. Le ministère, interrogé par l'AFP, précise que "
                + "« les contrôles continuent ».", "fr");
        List<Quote> second = top("LYON - La préfecture du Rhône a ouvert une enquête.\n\n"
                + "« J'ai eu peur », a confié Élodie Marchand. La préfecture, dans un communiqué, assure que "
                + "« tout a été fait ».", "fr");
        assertThat(speaker(first.get(1)).name()).isEqualTo("Ministère de l'Intérieur");
        assertThat(speaker(second.get(1)).name()).isEqualToIgnoringCase("préfecture du Rhône");
    }
}
