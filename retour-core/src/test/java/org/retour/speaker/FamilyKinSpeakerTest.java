package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;

/**
 * A possessive kin description ("her mother", "her daughter", « sa mère », „ihre Tochter“) stands for the person the
 * family of the article makes its owner's kin: the mother of a woman's brother is her mother too, and the daughter of
 * a mother is the sister of her son.
 */
class FamilyKinSpeakerTest {

    private static String name(Quote q) {
        Speaker s = speaker(q);
        return s == null ? null : s.name();
    }

    @Test
    void herMotherAndHerDaughterAreTheMotherAndSisterOfTheSon() {
        String text = "Martha Quinn, 61, still sets the table for four. Her son, Ethan Quinn, 30, went to Syria in 2014."
                + "\n\nHis sister, Rose Quinn-Barker, 33, keeps his old phone in a drawer.\n\n“He rang once, in 2017,” she"
                + " said. “Then nothing at all.”\n\n“He rang twice,” her mother said.\n\n“Twice, then,” her daughter"
                + " corrected.";
        List<Quote> quotes = top(text, "en");
        assertThat(name(quotes.get(0))).isEqualTo("Rose Quinn-Barker");
        assertThat(name(quotes.get(2))).isEqualTo("Martha Quinn");
        assertThat(name(quotes.get(3))).isEqualTo("Rose Quinn-Barker");
    }

    @Test
    void aPossessiveOfAManDoesNotTakeTheWomanNamedLastAsItsOwner() {
        String text = "Ellen Voss, 58, lives in Dayton. Her son, Adam Voss, 27, left for Turkey in 2015. Voss told agents"
                + " he had guarded a checkpoint.\n\nHis sister, Claire Voss-Meyer, 31, visits him in jail.\n\n“He is"
                + " thinner now,” she said.\n\n“He eats nothing,” her mother said.";
        List<Quote> quotes = top(text, "en");
        assertThat(name(quotes.get(0))).isEqualTo("Claire Voss-Meyer");
        assertThat(name(quotes.get(1))).isEqualTo("Ellen Voss");
    }

    @Test
    void hisMotherIsTheMotherTheFamilyTiesToHimThoughAnotherMotherWasNamed() {
        List<Quote> quotes = top("Rashid Ampatuan, 23, surrendered on Monday. “I was never paid,” he said.\n\nTheir mother,"
                + " Salma Ampatuan, had begged both brothers to come home. Another mother, Farida Usman, waited too.\n\n"
                + "His mother, who came from Cotabato for the ceremony, said: “I have one son back.”", "en");
        assertThat(name(quotes.get(1))).isEqualTo("Salma Ampatuan");
    }

    @Test
    void frenchSaMereAndSaFilleAreTheFamilysMotherAndDaughter() {
        String text = "Sylvie Marchand, 64 ans, vit à Nîmes. Son fils, Hugo Marchand, est parti en Syrie en 2014.\n\n"
                + "Sa sœur, Claire Marchand, 35 ans, garde ses lettres dans une boîte.\n\n« Il a écrit six fois », dit"
                + " Claire.\n\n« Sept fois, avec la carte », répond sa mère.\n\n« Sept, si tu veux », corrige sa fille.";
        List<Quote> quotes = top(text, "fr");
        assertThat(name(quotes.get(1))).isEqualTo("Sylvie Marchand");
        assertThat(name(quotes.get(2))).isEqualTo("Claire Marchand");
    }

    @Test
    void germanIhreMutterIsTheMotherOfHerBrother() {
        String text = "Monika Brandt, 59, wohnt in Bremen. Ihr Sohn, Felix Brandt, reiste 2014 nach Syrien.\n\n"
                + "Seine Schwester, Lena Brandt, 30, hat alle seine Nachrichten aufbewahrt.\n\n„Er hat dreimal"
                + " angerufen“, sagt Lena Brandt.\n\n„Viermal, mit dem Anruf aus der Türkei“, sagt ihre Mutter.";
        List<Quote> quotes = top(text, "de");
        assertThat(name(quotes.get(1))).isEqualTo("Monika Brandt");
    }
}
