package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A description that is the subject of a copula whose complement is a name (« L’un d’eux est Karim, 31 ans »,
 * "One of them is Ahmed, 26", „Einer von ihnen ist Sven M.“) is that person, so the words it then speaks are theirs.
 */
class CopulaNameTest {

    private static String speaker(String text, String lang) {
        List<Quote> q = TestPipelines.analyze(text, lang).get(Layers.QUOTES);
        assertThat(q).isNotEmpty();
        return q.get(q.size() - 1).attribution().speaker().name();
    }

    @Test
    void lUnDEuxEstKarimDonneSesMotsAKarim() {
        assertThat(speaker("Une vingtaine d’anciens djihadistes sont rentrés à Marseille. L’un d’eux est Karim, 31 ans,"
                + " originaire de Vénissieux, qui a purgé sa peine.\n\n« J’ai compris trop tard », répète-t-il.", "fr"))
                .isEqualTo("Karim");
    }

    @Test
    void laPlusJeuneEtaitLeilaEtParleEnSonNom() {
        assertThat(speaker("Trois sœurs ont quitté Roubaix en 2015. L’une d’elles était Leïla, qui avait alors dix-sept"
                + " ans.\n\n« Là-bas, on avait peur de tout », raconte-t-elle.", "fr")).isEqualTo("Leïla");
    }

    @Test
    void oneOfThemIsAhmedGivesTheQuoteToAhmed() {
        assertThat(speaker("Dozens of men came back to the Midlands. One of them is Ahmed, 26, from Walsall, who served"
                + " a prison sentence.\n\n\"Nobody there believed in anything,\" he says.", "en")).isEqualTo("Ahmed");
    }

    @Test
    void einerVonIhnenIstSvenM() {
        assertThat(speaker("Etwa hundert Rückkehrer leben wieder in Nordrhein-Westfalen. Einer von ihnen ist Sven M., 29,"
                + " aus Duisburg.\n\n„Ich habe dort nur Lügen gehört“, sagt er.", "de")).isEqualTo("Sven M.");
    }

    @Test
    void aNameThatOwnsTheComplementIsNotTheDescription() {
        assertThat(speaker("Two brothers from Walsall went to Syria in 2014. One of them is Ahmed's cousin, a quiet"
                + " man of 30.\n\n\"Nobody there believed in anything,\" he says.", "en")).isNotEqualTo("Ahmed");
    }
}
