package org.retour.store.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.sample.SyntheticCorpus;

class MinHasherTest {

    private final MinHasher hasher = MinHasher.DEFAULT;
    private final SyntheticCorpus corpus = SyntheticCorpus.standard();

    @Test
    void aLightlyEditedCopyIsSimilarAndSharesABand() {
        String text = corpus.article(1, 0).text();
        String edited = text.replaceFirst("\\d+", "9999") + " Mis à jour.";
        Signature a = hasher.signature(text);
        Signature b = hasher.signature(edited);
        assertThat(a.similarity(b)).isGreaterThan(0.85);
        long[] ka = hasher.bandKeys(a);
        long[] kb = hasher.bandKeys(b);
        int shared = 0;
        for (int i = 0; i < ka.length; i++) {
            shared += ka[i] == kb[i] ? 1 : 0;
        }
        assertThat(shared).isPositive();
    }

    @Test
    void differentArticlesAreNotSimilar() {
        for (int i = 4; i < 40; i += 4) {
            double sim = hasher.signature(corpus.article(1, 0).text()).similarity(hasher.signature(corpus.article(1, i).text()));
            assertThat(sim).isLessThan(0.6);
        }
    }

    @Test
    void signaturesIgnoreCaseAndPunctuationAndSurviveEncoding() {
        Signature a = hasher.signature("L'État islamique perd du terrain en Syrie 🙂 et en Irak, disent-ils.");
        Signature b = hasher.signature("l'état ISLAMIQUE perd du terrain en syrie et en irak disent ils");
        assertThat(a).isEqualTo(b);
        assertThat(Signature.decode(a.encode())).isEqualTo(a);
        assertThat(a.values()).hasSize(hasher.size());
        assertThat(hasher.signature(" … !").isEmpty()).isTrue();
        assertThat(hasher.bandKeys(hasher.signature(""))).isEmpty();
    }

    @Test
    void theFingerprintIgnoresSpacingCaseAndTypographicQuotes() {
        assertThat(TextFingerprint.hash("« Il a dit » : l’État\n\n  rentre"))
                .isEqualTo(TextFingerprint.hash("\" il a dit \" : l'état rentre "));
        assertThat(TextFingerprint.hash("rentre")).isNotEqualTo(TextFingerprint.hash("rentré"));
        assertThat(TextFingerprint.hash("قال المقاتل")).hasSize(64);
    }
}
