package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;

/** Terms in marks that words around them name, told from someone's words, through the standard pipeline. */
class QuoteTermTest {

    private static List<String> quotes(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.MARKED_QUOTES).stream().map(Quote::text).toList();
    }

    @Test
    void aNicknameAfterTheNounSurnomIsNoQuote() {
        assertThat(quotes("Il parle d'un camarade dont il ne donne que le surnom, « Bilou », tué en 2017, raconte-t-il.",
                "fr")).isEmpty();
    }

    @Test
    void aWordAfterLeMotIsNoQuote() {
        assertThat(quotes("Là-bas, personne ne prononçait le mot « fuir » devant les émirs, dit-il.", "fr")).isEmpty();
    }

    @Test
    void aTermFollowedByLeNomQueIsNoQuote() {
        assertThat(quotes("Les garçons étaient envoyés « au camp des petits », le nom que leur donnaient les émirs, "
                + "raconte-t-elle.", "fr")).isEmpty();
    }

    @Test
    void aTermEntreGuillemetsInsideAQuoteIsNoQuote() {
        assertThat(quotes("« Il a mis “la belle vie” entre guillemets, vous comprenez ? », dit sa sœur.", "fr"))
                .containsExactly("Il a mis “la belle vie” entre guillemets, vous comprenez ?");
    }

    @Test
    void aWordOnAPlacardIsNoQuote() {
        assertThat(quotes("Le voleur a été exhibé sur la place avec une pancarte : « espion ».", "fr")).isEmpty();
        assertThat(quotes("Auf einem Schild stand: „Verräter“.", "de")).isEmpty();
    }

    @Test
    void whatPeopleCallTogetherIsATermButWhatOnePersonCallsIsAQuote() {
        assertThat(quotes("Il visite ceux qu'on appelait « les gars du front » au village.", "fr")).isEmpty();
        assertThat(quotes("Il visite ceux qu'ils appellent entre eux « les gars du front » au village.", "fr")).isEmpty();
        assertThat(quotes("La procureure dénonce ce qu'elle appelle « les oubliés du retour ».", "fr"))
                .containsExactly("les oubliés du retour");
    }

    @Test
    void aNicknameInEnglishIsNoQuote() {
        assertThat(quotes("The other fighters gave him the nickname \"Shorty\", he said.", "en")).isEmpty();
    }

    @Test
    void aFormulaSaidOnItsOwnIsAQuoteEvenAfterADeterminer() {
        assertThat(quotes("À la fin, il a seulement lâché un « pardon » à peine audible.", "fr")).containsExactly("pardon");
        assertThat(quotes("He only managed a \"sorry\" before the judge left.", "en")).containsExactly("sorry");
    }

    @Test
    void aFormulaTheWordMotNamesIsNoQuote() {
        assertThat(quotes("Il n'a jamais prononcé le mot « pardon » devant ses juges.", "fr")).isEmpty();
    }

    @Test
    void aPhraseAfterADeterminerAfterAVerbOfSpeechIsTheSpeakersWords() {
        assertThat(quotes("La porte-parole a dit sa « tristesse infinie » devant le tribunal.", "fr"))
                .containsExactly("tristesse infinie");
    }

    @Test
    void aPhrasePointedBackAtOrASingleWordAfterAVerbOfSpeechStaysATerm() {
        assertThat(quotes("Le préfet défend ce « dialogue des anciens » depuis deux ans.", "fr")).isEmpty();
        assertThat(quotes("Il a longuement décrit les « humiliations » subies à Raqqa.", "fr")).isEmpty();
    }

    @Test
    void whatSomeoneCallsIsTheirWordsEvenAfterADeterminer() {
        assertThat(quotes("The prisoner wrote about what he called his \"lost summers\" in the desert.", "en"))
                .containsExactly("lost summers");
        assertThat(quotes("The guards, who called them \"the outsiders\", kept them apart.", "en"))
                .containsExactly("the outsiders");
        assertThat(quotes("He joined a group called \"the lions\" in 2015.", "en")).isEmpty();
    }

    @Test
    void whatAGroupCallsInFrenchIsATerm() {
        assertThat(quotes("Les combattants, eux, appelaient ça « la corvée » et riaient.", "fr")).isEmpty();
        assertThat(quotes("Là-bas, on nous appelait les « touristes » et on nous méprisait.", "fr")).isEmpty();
    }
}
