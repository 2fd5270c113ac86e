package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Words a cue of speech in their own sentence gives someone (« …, a-t-il dit aux juges, « … » ») stay theirs when a
 * source cited after them reports them (« …, d'après Me Vasseur »); a source alone still speaks.
 */
class ReportedThroughSourceTest {

    private static final String HEARING = "Ilyès B., 19 ans, a raconté au tribunal son arrivée à Raqqa. Son avocate, Me"
            + " Laure Vasseur, a lu ses notes.\n\n";

    @Test
    void theOneWhoseVerbOfSpeechOpensTheSentenceSpeaksPastTheSourceAfterTheQuote() {
        List<Quote> q = top(HEARING + "Lui se souvient surtout, a-t-il dit aux juges, « du froid, des poux et d'un seul"
                + " repas par jour », d'après Me Vasseur.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ilyès B.");
    }

    @Test
    void aSourceAfterTheQuoteWithNoVerbOfSpeechBeforeItSpeaks() {
        List<Quote> q = top(HEARING + "Les journées là-bas étaient faites « du froid, des poux et d'un seul repas par"
                + " jour », d'après Me Vasseur.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laure Vasseur");
    }
}
