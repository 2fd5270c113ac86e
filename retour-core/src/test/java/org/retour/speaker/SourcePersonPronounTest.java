package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun cue after a sentence that a source phrase opens (« D’après X, … », "According to X, …") goes to that
 * source, who reports what the paragraph tells, not to the person the paragraph tells of; « D’après » with a
 * typographic apostrophe is the source « D'après ».
 */
class SourcePersonPronounTest {

    @Test
    void theSourceOfTheSentenceBeforeSpeaksInFrench() {
        List<Quote> q = top("Son frère Karim n’a pas eu cette chance. D’après Samir Haddad, le garçon a été arrêté à un barrage"
                + " près de Mayadine, puis exécuté devant la mosquée. « On nous a obligés à regarder », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Haddad");
    }

    @Test
    void theSourceOfTheSentenceBeforeSpeaksInEnglish() {
        List<Quote> q = top("His brother Karim was less lucky. According to Samir Haddad, the boy was stopped at a checkpoint"
                + " near Mayadin and executed outside the mosque. \"They made us watch,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Haddad");
    }

    @Test
    void aVerbOfSpeechAfterTheSourceKeepsItsOwnSubject() {
        List<Quote> q = top("Selon Samir Haddad, le camp manque de tout. Son frère Karim raconte les nuits sans eau."
                + " « On buvait l'eau du fossé », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }
}
