package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.quote.TestPipelines;
import org.retour.speaker.LetterWords.Kind;

/** The letter words know each word's kind in its own language, per token as for the word, and a child's role. */
class LetterWordsTest {

    private static final LetterWords WORDS = LetterWords.bundled();

    @Test
    void aWordHasItsKindInItsOwnLanguageOnly() {
        assertThat(WORDS.kind("maman", "fr")).isEqualTo(Kind.VOCATIVE);
        assertThat(WORDS.kind("lisant", "fr")).isEqualTo(Kind.READ);
        assertThat(WORDS.kind("wrote", "en")).isEqualTo(Kind.WRITE);
        assertThat(WORDS.kind("maman", "en")).isNull();
        assertThat(WORDS.kind("table", "fr")).isNull();
        assertThat(WORDS.kind(null, "fr")).isNull();
    }

    @Test
    void eachTokenHasTheKindOfItsLowerCasedWord() {
        PersonLexicon lexicon = PersonLexicon.bundled();
        SpeechCues cues = SpeechCues.bundled();
        SpeakerDocument d = new SpeakerDocument(TestPipelines.analyze("Elle lit la lettre de son fils : « Maman,"
                + " je veux rentrer. »", "fr"), new DescriptionFinder(lexicon, cues), lexicon, VoiceLexicon.bundled());
        for (int k = d.tokens.size() - 1; k >= 0; k--) { // out of order: filled on first use
            assertThat(WORDS.kindAt(d, k)).as(d.lower(k)).isEqualTo(WORDS.kind(d.lower(k), "fr"));
        }
        assertThat(WORDS.kindAt(d, 1)).isEqualTo(Kind.READ);
    }

    @Test
    void aRoleWithAWordOfKinshipDownTheLineMakesAChild() {
        SpeakerDocument d = new SpeakerDocument(TestPipelines.analyze("Il parle.", "fr"),
                new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled()), PersonLexicon.bundled(),
                VoiceLexicon.bundled());
        assertThat(WORDS.childWords(d, "son fils cadet")).isTrue();
        assertThat(WORDS.childWords(d, "sa mère")).isFalse();
        assertThat(WORDS.childWords(d, null)).isFalse();
    }
}
