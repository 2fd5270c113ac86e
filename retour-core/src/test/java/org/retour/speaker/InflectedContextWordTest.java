package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.PersonLexicon;
import org.retour.quote.SpeechWords;

/** Context words count in their inflected forms too: plurals, German endings, Arabic clitics. */
class InflectedContextWordTest {

    private final VoiceContext context = VoiceContext.bundled(VoiceLexicon.bundled(), SpeechWords.NONE,
            PersonLexicon.bundled());

    @Test
    void inflectedFormsOfListedWordsCarryTheirSignal() {
        assertThat(context.signal("kommandeuren", "de")).isEqualTo(VoiceContext.Signal.EXPERIENCE);
        assertThat(context.signal("والأمراء", "ar")).isEqualTo(VoiceContext.Signal.EXPERIENCE);
        assertThat(context.signal("checkpoints", "fr")).isEqualTo(VoiceContext.Signal.EXPERIENCE);
    }

    @Test
    void arabicFirstPersonParticlesWithTheirClitics() {
        assertThat(context.signal("لأننا", "ar")).isEqualTo(VoiceContext.Signal.WE);
        assertThat(context.signal("لكننا", "ar")).isEqualTo(VoiceContext.Signal.WE);
        assertThat(context.signal("وأنا", "ar")).isEqualTo(VoiceContext.Signal.SELF);
    }

    @Test
    void unlistedWordsAndShortWordsCarryNone() {
        assertThat(context.signal("tables", "fr")).isNull();
        assertThat(context.signal("ans", "fr")).isNull();
    }
}
