package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkQuoteExtractorTest {

    private final MarkQuoteExtractor extractor = new MarkQuoteExtractor();

    private List<String> texts(String text, String lang) {
        return extractor.extract(text, lang).stream().map(m -> m.inner().of(text)).toList();
    }

    @Test
    void frenchGuillemetsWithAndWithoutInnerSpaces() {
        assertThat(texts("Il a dit « Nous partons » puis «Adieu».", "fr")).containsExactly("Nous partons", "Adieu");
    }

    @Test
    void englishCurlyAndStraightQuotes() {
        assertThat(texts("“We left,” he said. \"It was over,\" she said.", "en"))
                .containsExactly("We left,", "It was over,");
    }

    @Test
    void germanLowHighAndReversedGuillemets() {
        assertThat(texts("„Wir gehen“, sagte er. »Nie wieder«, sagte sie.", "de"))
                .containsExactly("Wir gehen", "Nie wieder");
    }

    @Test
    void germanSingleMarksNestInsideDouble() {
        String text = "„Sie nannten uns ‚Verräter‘ und lachten“, sagte er.";
        List<MarkedQuote> m = extractor.extract(text, "de");
        assertThat(m).hasSize(2);
        assertThat(m.get(1).inner().of(text)).isEqualTo("Verräter");
        assertThat(m.get(1).parent()).isZero();
    }

    @Test
    void singleGuillemetsAndArabicText() {
        assertThat(texts("قال: «لقد رأينا أشياء فظيعة» ثم ‹كفى›.", "ar"))
                .containsExactly("لقد رأينا أشياء فظيعة", "كفى");
    }

    @Test
    void apostrophesInsideWordsAreNotMarks() {
        assertThat(texts("L'EIIL n'a pas dit qu'il partait; the fighters' families didn't know.", "fr")).isEmpty();
    }

    @Test
    void straightSingleQuotesNestInsideGuillemets() {
        String text = "« 'l'EIIL est corrompu' et 'la vie est dure' »";
        List<MarkedQuote> m = extractor.extract(text, "fr");
        assertThat(m).extracting(q -> q.inner().of(text))
                .containsExactly("'l'EIIL est corrompu' et 'la vie est dure'", "l'EIIL est corrompu", "la vie est dure");
        assertThat(m.get(1).parent()).isZero();
        assertThat(m.get(2).parent()).isZero();
    }

    @Test
    void mismatchedMarksStillMakeOneQuote() {
        assertThat(texts("Il a dit « nous partons\" hier.", "fr")).containsExactly("nous partons");
        assertThat(texts("He said “we are leaving“ and left.", "en")).containsExactly("we are leaving");
    }

    @Test
    void unclosedQuoteEndsAtItsParagraph() {
        String text = "Il a dit « nous partons demain\nLe lendemain, il était parti.";
        List<MarkedQuote> m = extractor.extract(text, "fr");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).inner().of(text)).isEqualTo("nous partons demain");
        assertThat(m.get(0).closed()).isFalse();
    }

    @Test
    void quoteOverSeveralParagraphsIsOne() {
        String text = "« Nous avons tout perdu.\n« Nous voulons rentrer », a-t-il dit.";
        List<MarkedQuote> m = extractor.extract(text, "fr");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).inner().of(text)).isEqualTo("Nous avons tout perdu.\n« Nous voulons rentrer");
    }

    @Test
    void unclosedSingleMarkIsDropped() {
        assertThat(texts("The '90s and 'tis the season", "en")).isEmpty();
    }

    @Test
    void offsetsCountUtf16UnitsPastEmoji() {
        String text = "😀 é « ça va 😀 » fin";
        MarkedQuote m = extractor.extract(text, "fr").get(0);
        assertThat(m.inner().start()).isEqualTo(text.indexOf("ça"));
        assertThat(m.inner().of(text)).isEqualTo("ça va 😀");
    }

    @Test
    void strayMarksNeverThrowAndStayLinear() {
        String text = "\"".repeat(100_000) + "« « » »".repeat(10_000) + "'".repeat(10_000);
        long t0 = System.nanoTime();
        List<MarkedQuote> m = extractor.extract(text, "fr");
        assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
        assertThat(m).allSatisfy(q -> assertThat(q.inner().end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void tenThousandQuotesInOneDocument() {
        String text = "« oui », a-t-il dit. ".repeat(10_000);
        assertThat(extractor.extract(text, "fr")).hasSize(10_000);
    }

    @Test
    void eachTurnOfADialogueInOnePairOfGuillemetsIsAQuoteOfItsOwn() {
        String text = "Le juge demande. « Où étiez-vous ?\n\n– À Alep, chez un cousin.\n\n— Seul ?\n\n– Non. » Il se tait.";
        List<MarkedQuote> m = extractor.extract(text, "fr");
        assertThat(m).extracting(q -> q.inner().of(text))
                .containsExactly("Où étiez-vous ?", "À Alep, chez un cousin.", "Seul ?", "Non.");
        assertThat(m).extracting(MarkedQuote::parent).containsOnly(-1);
        assertThat(m.get(1).mark()).isEqualTo('–');
        assertThat(m.get(1).inner().start()).isEqualTo(text.indexOf("À Alep"));
        assertThat(m.get(3).closed()).isTrue();
        assertThat(m.get(2).closed()).isFalse();
    }

    @Test
    void aDashParagraphAfterAClosedQuoteIsNoTurn() {
        String text = "« Nous partons », dit-il.\n\n– Une liste de courses.";
        assertThat(texts(text, "fr")).containsExactly("Nous partons");
    }

    @Test
    void eachTurnOfADialogueInOneLineIsAQuoteOfItsOwn() {
        String text = "Un élève lève la main : « — Il faisait froid ? — Très. Surtout la nuit. — Et maintenant ? — Ça va. » Silence.";
        List<MarkedQuote> m = extractor.extract(text, "fr");
        assertThat(m).extracting(q -> q.inner().of(text))
                .containsExactly("Il faisait froid ?", "Très. Surtout la nuit.", "Et maintenant ?", "Ça va.");
        assertThat(m).extracting(MarkedQuote::parent).containsOnly(-1);
        assertThat(m).extracting(MarkedQuote::mark).containsOnly('—');
        assertThat(m.get(0).closed()).isFalse();
        assertThat(m.get(3).closed()).isTrue();
    }

    @Test
    void aDashInsideAnOrdinaryQuoteOpensNoTurn() {
        String text = "« Nous sommes partis — trop tard — vers le nord », dit-il.";
        assertThat(texts(text, "fr")).containsExactly("Nous sommes partis — trop tard — vers le nord");
    }
}
