package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A named speaker keeps the focus of a pronoun over an unnamed person her own account tells of. */
class SpeakerFocusPronounTest {

    private static final String OKAFOR = "We put the question to Dr Helen Okafor, who has interviewed 37 former members.\n\n"
            + "\"It's part of the story,\" she says.\n\n"
            + "Fear was real, she says, but it was often fear of their own side.\n\n"
            + "Others spoke first of civilians. A man from Cardiff told her he had watched a woman stoned in the square.\n\n"
            + "On the suicide units, she heard a consistent story.\n\n";

    @Test
    void aWomanToldOfAsTheObjectOfAVerbDoesNotTakeTheResearchersNextQuote() {
        List<Quote> q = top(OKAFOR + "And defeat? \"Yes, some talk about the lost towns,\" she says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Helen Okafor");
    }

    @Test
    void aWomanWhoIsTheSubjectOfHerSentenceIsStillTheOneWhoSpeaks() {
        List<Quote> q = top(OKAFOR + "A woman from Mosul sat in the tent.\n\n\"We walked for three days,\" she says.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("woman");
    }

    @Test
    void aNamedSpeakerTooFarBackLeavesThePronounToTheObject() {
        String far = "\n\nThe court sat again.".repeat(PronounSpeakers.FOCUS_PARAGRAPHS);
        List<Quote> q = top(OKAFOR + far + "\n\nHe had watched a woman stoned. \"We ran,\" she says.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aPronounPassesOverAnUnnamedObjectToThePersonNamedBeforeItInItsParagraph() {
        List<Quote> q = top("Le rapport cite le cas de Karim Haddad, 26 ans, qui aurait confié à son éducateur que deux amis"
                + " avaient été abattus. D'après lui, leurs corps ont été laissés là « pour que tout le monde comprenne ».",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }
}
