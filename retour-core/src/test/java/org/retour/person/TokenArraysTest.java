package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.EntityType;

/**
 * A thread's per-token arrays come back cleared over the tokens of the next document, however a document
 * before filled them, long enough for it; a claim while they are held gets arrays of its own.
 */
class TokenArraysTest {

    @Test
    void arraysComeBackClearedOverTheNextDocumentsTokens() {
        Entity place = new Entity("L1", EntityType.PLACE, "Raqqa", List.of(), null, "SY", List.of());
        TokenArrays a = TokenArrays.claim(50);
        fill(a, 50, place);
        a.release();
        assertThat(a.placeAt).containsOnlyNulls();
        for (int n : new int[] {20, 50, 400, 10}) {
            TokenArrays b = TokenArrays.claim(n);
            assertThat(b.given.length).isGreaterThanOrEqualTo(n);
            for (int k = 0; k < n; k++) {
                assertThat(b.lowerRows[k]).isNull();
                assertThat(b.surfaceRows[k]).isNull();
                assertThat(b.given[k]).isZero();
                assertThat(b.heads[k]).isZero();
                assertThat(b.caps[k]).isZero();
                assertThat(b.runEnds[k]).isZero();
                assertThat(b.subject[k]).isZero();
                assertThat(b.taken[k]).isFalse();
                assertThat(b.covered[k]).isFalse();
                assertThat(b.placeAt[k]).isNull();
            }
            fill(b, n, place);
            b.release();
        }
    }

    @Test
    void aClaimWhileTheThreadsArraysAreHeldGetsItsOwn() {
        TokenArrays outer = TokenArrays.claim(30);
        outer.runEnds[3] = 7;
        TokenArrays inner = TokenArrays.claim(30);
        assertThat(inner).isNotSameAs(outer);
        assertThat(outer.runEnds[3]).isEqualTo(7);
        inner.release();
        outer.release();
        assertThat(TokenArrays.claim(30)).isSameAs(outer);
        outer.release();
    }

    private static void fill(TokenArrays a, int n, Entity place) {
        for (int k = 0; k < n; k++) {
            a.lowerRows[k] = new String[] {"x"};
            a.surfaceRows[k] = new String[0];
            a.given[k] = 2;
            a.heads[k] = 3;
            a.caps[k] = 1;
            a.runEnds[k] = k + 1;
            a.subject[k] = 2;
            a.taken[k] = true;
            a.covered[k] = true;
            a.placeAt[k] = place;
        }
    }
}
