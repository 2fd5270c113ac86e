package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * The words a former member tells a figure of the group said (« L'émir nous a dit : “…” », "My commander came to me
 * and said, ‘…’", „Der Emir sagte uns: ‚…‘“) are that figure's: an unnamed speaker with voice other, not the former
 * member's nor a person named before, whose role the title does not become.
 */
class GroupFigureSpeakerTest {

    /** The first nested quote of the first top-level quote of {@code text}. */
    private static Quote nested(String text, String lang) {
        Analysis a = TestPipelines.analyze(text, lang);
        Quote outer = topLevel(a).get(0);
        Quote inner = children(a, outer).get(0);
        assertThat(inner.span().of(a.text())).isEqualTo(inner.text());
        return inner;
    }

    private static void assertFigure(Speaker s, String description) {
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.description()).isEqualTo(description);
        assertThat(s.voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void theEmirWhoseWordsAFighterReportsSpeaksThem() {
        String text = "Karim Haddad, 31 ans, est rentré de Syrie en 2017. 😀 « Un soir, l’émir nous a dit : “Vous partirez"
                + " demain.” Personne n’a répondu », raconte-t-il.";
        Analysis a = TestPipelines.analyze(text, "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Karim Haddad");
        Quote inner = children(a, outer).get(0);
        assertThat(inner.span().of(a.text())).isEqualTo("Vous partirez demain."); // UTF-16 offsets past the emoji
        assertFigure(speaker(inner), "l’émir");
        assertThat(a.text()).contains(speaker(inner).description());
    }

    @Test
    void aPronounCueTakesUpTheFigureBeforeIt() {
        assertFigure(speaker(nested("Karim Haddad, 31 ans, est rentré de Syrie en 2017. « L’émir de notre brigade est venu"
                + " après la prière. Il m’a dit : “Ton nom est sur la liste.” J’ai eu peur », se souvient-il.", "fr")), "L’émir");
    }

    @Test
    void theFigureAtTheHeadOfAClauseAColonClosesSpeaks() {
        assertFigure(speaker(nested("Karim Haddad, 31 ans, est rentré de Syrie en 2017. « Le chef de la brigade est arrivé"
                + " avec une feuille : “Bravo, mon frère, c’est ton tour.” J’ai demandé un délai », dit-il.", "fr")), "Le chef");
    }

    @Test
    void aCommanderWhoCameAndSaidIsTheFigure() {
        assertFigure(speaker(nested("\"My commander came to me after prayer and said, 'Brother, your name is on the list.' I"
                + " did not sleep that night,\" said Omar Farouk, 29, who left the group in 2016.", "en")), "My commander");
    }

    @Test
    void germanEmirsAndCommandersAreFigures() {
        assertFigure(speaker(nested("„Der Emir sagte uns: ‚Morgen geht ihr an die Front.‘ Ich hatte Angst“, sagt Jonas K.,"
                + " der 2016 aus Syrien zurückkehrte.", "de")), "Der Emir");
        assertFigure(speaker(nested("„Mein Kommandeur hat mir gesagt: ‚Du bist als Nächster dran.‘ Da wusste ich, dass ich"
                + " gehen muss“, sagt Jonas K., der 2016 aus Syrien zurückkehrte.", "de")), "Mein Kommandeur");
    }

    @Test
    void anEmirInAnAnswerIsNoPersonNamedBefore() {
        Analysis a = TestPipelines.analyze("Pourquoi êtes-vous parti ?\n\nOn m’a envoyé combattre Bachar. L’émir nous disait :"
                + " « Ce sont des traîtres. » Je ne comprenais plus rien.", "fr");
        assertFigure(speaker(topLevel(a).get(0)), "L’émir");
    }

    @Test
    void aPronounInAnAnswerTakesUpTheNarratorsEmir() {
        Analysis a = TestPipelines.analyze("Pourquoi êtes-vous parti ?\n\nAu printemps 2016, mon émir m’a mis sur une liste."
                + " Je n’avais rien demandé. Il m’a dit : « Tu es prêt. » J’ai eu peur.", "fr");
        assertFigure(speaker(topLevel(a).get(0)), "mon émir");
    }

    @Test
    void anEmirInATranscriptTurnIsNotTheNarrator() {
        Analysis a = TestPipelines.analyze("Why did you leave?\n\nWe fought the Free Army, not Bashar. The emir would say,"
                + " \"They are traitors.\" I stopped believing.", "en");
        assertFigure(speaker(topLevel(a).get(0)), "The emir");
    }

    @Test
    void aFigureAfterAPrepositionDoesNotSpeak() {
        Speaker s = speaker(nested("Karim Haddad, 31 ans, est rentré de Syrie en 2017. « J’ai écrit à mon émir : “Je veux"
                + " partir.” Il n’a pas répondu », raconte-t-il.", "fr"));
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("Karim Haddad"); // his own words, written to the emir
    }

    @Test
    void someoneElseBetweenKeepsThePronounFromTheFigure() {
        Speaker s = speaker(nested("Karim Haddad, 31 ans, est rentré de Syrie en 2017. « L’émir a désigné mon cousin. Il m’a"
                + " dit : “Je pars demain.” J’ai eu peur », raconte-t-il.", "fr"));
        assertThat(s == null ? null : s.description()).isNotEqualTo("L’émir"); // the cousin spoke
    }

    @Test
    void figuresAreReadFromTheResource() {
        GroupFigures f = GroupFigures.bundled();
        assertThat(f.titled(new org.retour.person.PersonDescription(new org.retour.model.Span(0, 6), "l’émir", "émir",
                org.retour.person.Gender.MALE, true), "fr", false)).isTrue();
        assertThat(f.titled(new org.retour.person.PersonDescription(new org.retour.model.Span(0, 13), "his commander",
                "commander", org.retour.person.Gender.MALE, true), "en", false)).isFalse(); // a rank, not asked for
        assertThat(f.titled(new org.retour.person.PersonDescription(new org.retour.model.Span(0, 13), "his commander",
                "commander", org.retour.person.Gender.MALE, true), "en", true)).isTrue();
    }

    @Test
    void theVoiceOfAFigureIsOtherWhateverTheContextGave() {
        Quote q = new Quote("Q1", new org.retour.model.Span(0, 5), "Allez", false, null, null,
                new org.retour.model.Attribution.Contextual(new Speaker(null, null, "l’émir", "émir", Voice.DEFECTOR)));
        List<Quote> out = GroupFigures.voiced(List.of(q), java.util.Set.of("l’émir"));
        assertThat(speaker(out.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
