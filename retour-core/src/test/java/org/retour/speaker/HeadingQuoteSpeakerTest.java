package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote printed as a heading over an entry ("'We just want him home'", "Labour: 'It is a failure'") is the
 * words of the quote that repeats them, else of the first speaker under it, not of the speaker before it.
 */
class HeadingQuoteSpeakerTest {

    @Test
    void aHeadingQuoteGoesToTheFirstSpeakerOfItsEntry() {
        List<Quote> q = top("11:02\n\n'We just want him home'\n\nNadia Farouk, from Leeds, has spoken to BBC Radio Leeds"
                + " about her son.\n\n\"We just want him home, and then the courts can decide,\" she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Farouk");
    }

    @Test
    void aLabelledHeadingIsNotTheSpeakerBeforeIt() {
        List<Quote> q = top("Minister Helen Crane said: \"We will not bring adults back.\"\n\n10:40\n\nLabour: 'A failure of"
                + " nerve'\n\nThe shadow minister, Tom Gilchrist, told MPs the policy was weak. \"It is a failure of nerve,\""
                + " he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tom Gilchrist");
    }

    @Test
    void aQuoteParagraphEndingWithAFullStopStaysTheLastSpeakers() {
        List<Quote> q = top("\"We were hungry all the time,\" Nadia Farouk said.\n\n\"Nobody came for us.\"\n\nOmar Reyes"
                + " saw it differently. \"We had enough,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Farouk");
    }

    @Test
    void aHeadingQuoteIsTheWordsOfTheQuoteThatRepeatsThemEvenNestedFurtherOn() {
        List<Quote> q = top("Mabrouka Jlassi attend son fils depuis 2016. « Au début, il disait que tout allait bien »,"
                + " raconte-t-elle.\n« Chair à canon »\nSelon sa mère, Ali Jlassi a vite déchanté. « Il me répétait :"
                + " “Nous, les Tunisiens, on était de la chair à canon pour eux.” », rapporte Mme Jlassi.", "fr");
        assertThat(q.get(1).text()).isEqualTo("Chair à canon");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ali Jlassi");
    }

    @Test
    void aHeadingQuoteOnALineOfItsOwnInTextWithoutBlankLinesGoesToTheSpeakerUnderIt() {
        List<Quote> q = top("« Nous, les Français, on faisait les corvées », a poursuivi Yassine Belkacemi.\n« Le dernier"
                + " bus »\nL'avocate générale, Claire Dumontet, ne croit guère à ce récit. « Il est parti quand tout"
                + " s'effondrait », a-t-elle lancé.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Dumontet");
    }
}
