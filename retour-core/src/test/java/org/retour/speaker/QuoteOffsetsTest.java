package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offset helpers around a quote's marks. */
class QuoteOffsetsTest {

    private static boolean closes(String text) {
        int close = text.indexOf('»');
        return QuoteOffsets.closesSentence(text, close, close + 1);
    }

    @Test
    void aQuoteEndingASentenceBeforeACapitalClosesIt() {
        assertThat(closes("L'accusé baisse les yeux. « Je regrette. » La présidente insiste.")).isTrue();
    }

    @Test
    void aQuoteWithoutFinalPunctuationOrBeforeALowerCaseWordDoesNot() {
        assertThat(closes("Il parle d'une « erreur » Karim le sait.")).isFalse();
        assertThat(closes("« Je regrette. » a-t-il dit.")).isFalse();
    }

    @Test
    void aQuoteAtTheEndOfTheTextDoesNot() {
        assertThat(closes("Il a conclu : « C'est fini. »")).isFalse();
    }
}
