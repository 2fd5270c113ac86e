package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonLexicon;
import org.retour.quote.TestPipelines;

/**
 * The words between an organisation and a verb are a relative subject when they are a comma and a relative pronoun
 * alone, whatever the blanks around them and the case of the pronoun ({@link OrganisationVerbSubjects#relativeSubject}).
 */
class OrganisationRelativeSubjectTest {

    private static final SpeechCues CUES = SpeechCues.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    @Test
    void aCommaAndARelativePronounAreTheSubject() {
        assertThat(relative("Human Rights Watch, which called", "Human Rights Watch", "called", "en")).isTrue();
        assertThat(relative("selon le ministère, qui évoque", "ministère", "évoque", "fr")).isTrue();
    }

    @Test
    void blanksAroundTheCommaAndThePronounAndItsCaseDoNotMatter() {
        assertThat(relative("Human Rights Watch ,\n  Which  called", "Human Rights Watch", "called", "en")).isTrue();
    }

    @Test
    void anyOtherWordsAreNoRelativeSubject() {
        assertThat(relative("Human Rights Watch which called", "Human Rights Watch", "called", "en")).isFalse();
        assertThat(relative("Human Rights Watch, whichever called", "Human Rights Watch", "called", "en")).isFalse();
        assertThat(relative("Human Rights Watch, which then called", "Human Rights Watch", "called", "en")).isFalse();
        assertThat(relative("Human Rights Watch, called", "Human Rights Watch", "called", "en")).isFalse();
        assertThat(relative("Human Rights Watch,  called", "Human Rights Watch", "called", "en")).isFalse();
    }

    /** Whether the text between the end of {@code organisation} and the start of {@code verb} is a relative subject. */
    private static boolean relative(String text, String organisation, String verb, String lang) {
        SpeakerDocument d = new SpeakerDocument(TestPipelines.analyze(text, lang), new DescriptionFinder(LEXICON, CUES),
                LEXICON, VoiceLexicon.bundled());
        return OrganisationVerbSubjects.relativeSubject(d, text.indexOf(organisation) + organisation.length(),
                text.lastIndexOf(verb));
    }
}
