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

    /** Signatures and hashes already stored must stay comparable with new ones: the functions never change. */
    @Test
    void signaturesBandKeysAndHashesAreThoseOfDocumentsStoredBefore() {
        Signature s = hasher.signature("L'État islamique perd du terrain en Syrie et en Irak, disent-ils. "
                + "Les combattants étrangers rentrent chez eux.");
        assertThat(s.encode()).isEqualTo("gBXPBphgZQCFNzWcvVxZtoo6zeOZtVUxgoipXYQAwjOQIO2DmR6MFZHFRGmTg3sa82fze4bMn7aClTC/hGulD4fbvReU3StHi7PZqIrilbuAp97wj8kuFIf4rcGDzZjYqOocXYnZ/V+Jaw9ugu5aaaqFZhOS0wzAj89DopSWQACHPS74gt8i9IaFDc+RhwGPhHpewqPukASW33ssiK+QKKVeGknEVLLDiahWhIB8U2yGUW/SknpRz4nuQWiZYmALiZoR64q/fi6W7y+Ci4IWZpViXNWNUzMXkoHPYYD5ubyW4OLIgnIiAodHotiAiKocoVWrVJIwAH2SDBvxg/9WUbSz4jiBuWd1h20hV5usGaiREQYSs931aI7dmsKG8M3ziP18JItbOqmYqLMkiKfVEvSVhOClPUvPpHUFAqDHvs6ftIg3lBr3qpJhb+mLZiY9lfY0GZiA5T2Hs7hIggRUnYGlMouXsTc2vHbmHo5qdfiNAfXBge3daIN7yTCzZJOugj1BQYyPvaSCbHP7gPva55WtyD6Y8mx6g1W/EZDyB1aAbEsVhxq4ZYMOj4GRhUB9giOuTKK12P2KjkBmj7DhRIyvklCIA9H6id0F0IZzIsiGHnsPi0e/N5zneNiJ0NArkCnjqIhlG/mY0PpNhIZx1IuC83yTtY3Dh7A3fJHn7lk=");
        assertThat(hasher.bandKeys(s)).startsWith(6175840643478109322L, 9170773617226726200L).endsWith(-838372631611510366L);
        assertThat(TextFingerprint.hash("« Il a dit » : l’État\n\n  rentre — \uFB01n"))
                .isEqualTo("fc703d2a2f1bd676f37bfd4bdde17fcda7a82f77a884e04e1e308b2f3e5b0587");
    }
}
