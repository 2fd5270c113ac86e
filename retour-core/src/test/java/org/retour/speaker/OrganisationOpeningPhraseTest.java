package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A cue's pronoun takes up the organisation that opens the sentence before it past a short phrase closed by a comma
 * (« Contacté par Mediapart, le parquet de Paris refuse de commenter. Il rappelle que « … » »), not a person quoted
 * earlier; a person in that phrase leaves the organisation out. A pronoun inverted after its verb takes up the
 * organisation that opens its own sentence before the quote (« Le parquet « … », indique-t-il »), not one inside it.
 */
class OrganisationOpeningPhraseTest {

    private static final String KARIM = "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n";

    @Test
    void aPronounTakesUpTheOrganisationAfterAnOpeningPhrase() {
        List<Quote> contacte = top(KARIM + "Contacté par Mediapart, le parquet de Paris refuse de commenter. Il rappelle"
                + " que « chaque retour fait l'objet d'une procédure ».", "fr");
        assertThat(speaker(contacte.get(1)).name()).isEqualToIgnoringCase("parquet de Paris");
        List<Quote> interroge = top(KARIM + "Interrogé par France 24, le ministère de l'Intérieur dit suivre le dossier."
                + " Il précise qu'« aucune récidive » n'a été constatée.", "fr");
        assertThat(speaker(interroge.get(1)).name()).isEqualToIgnoringCase("ministère de l'Intérieur");
        List<Quote> elle = top(KARIM + "Dans sa réponse écrite, la préfecture du Rhône défend le dispositif. Elle assure"
                + " qu'il « a fait ses preuves ».", "fr");
        assertThat(speaker(elle.get(1)).name()).isEqualTo("préfecture du Rhône");
    }

    @Test
    void aPersonInTheOpeningPhraseLeavesTheOrganisationOut() {
        List<Quote> q = top(KARIM + "Selon Karim Benali, le parquet de Paris n'a jamais répondu. Il rappelle qu'il"
                + " « n'a rien à se reprocher ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void anInvertedPronounTakesUpTheOrganisationThatOpensItsOwnSentence() {
        List<Quote> indique = top(KARIM + "Le parquet de Paris « ne commente pas les dossiers en cours », indique-t-il dans"
                + " un communiqué.", "fr");
        assertThat(speaker(indique.get(1)).name()).isEqualToIgnoringCase("parquet de Paris");
        List<Quote> bracket = top(KARIM + "Le Ministère public de la Confédération (MPC) « ne se prononce pas sur des"
                + " déclarations », précise-t-il par courriel.", "fr");
        assertThat(speaker(bracket.get(1)).name()).isEqualTo("Ministère public de la Confédération");
        List<Quote> elle = top(KARIM + "La préfecture du Rhône « suit chaque situation de près », assure-t-elle.", "fr");
        assertThat(speaker(elle.get(1)).name()).isEqualTo("préfecture du Rhône");
    }

    @Test
    void anOrganisationInsideTheQuoteIsNotTheInvertedPronoun() {
        List<Quote> q = top("Le chercheur Paul Garnier, spécialiste du Sahel, se montre prudent. « Les redditions disent"
                + " peu. Sur le terrain, le parquet de Paris n'a jamais été aussi occupé », estime-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Garnier");
    }
}
