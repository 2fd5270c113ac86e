package org.retour.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceIndexTest {

    private static final List<Sentence> SENTENCES = List.of(
            new Sentence(new Span(2, 10), "fr"), new Sentence(new Span(12, 20), "fr"), new Sentence(new Span(20, 31), "en"));

    @Test
    void anOffsetInsideASentenceGivesThatSentenceBothWays() {
        assertEquals(0, Sentence.indexHolding(SENTENCES, 2));
        assertEquals(1, Sentence.indexHolding(SENTENCES, 19));
        assertEquals(2, Sentence.indexHolding(SENTENCES, 20));
        assertEquals(1, Sentence.indexStartingBefore(SENTENCES, 19));
        assertEquals(2, Sentence.indexStartingBefore(SENTENCES, 30));
    }

    @Test
    void anOffsetBetweenSentencesIsHeldByNoneButFollowsTheOneBefore() {
        assertEquals(-1, Sentence.indexHolding(SENTENCES, 11));
        assertEquals(0, Sentence.indexStartingBefore(SENTENCES, 11));
        assertEquals(-1, Sentence.indexHolding(SENTENCES, 31));
        assertEquals(2, Sentence.indexStartingBefore(SENTENCES, 40));
    }

    @Test
    void anOffsetBeforeTheFirstSentenceHasNoSentence() {
        assertEquals(-1, Sentence.indexHolding(SENTENCES, 0));
        assertEquals(-1, Sentence.indexStartingBefore(SENTENCES, 1));
        assertEquals(-1, Sentence.indexStartingBefore(List.of(), 5));
    }

    @Test
    void bothSearchesAgreeWithAScanOnRandomSentences() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            java.util.ArrayList<Sentence> list = new java.util.ArrayList<>();
            int at = random.nextInt(3);
            for (int i = random.nextInt(8); i > 0; i--) {
                int end = at + 1 + random.nextInt(9);
                list.add(new Sentence(new Span(at, end), "de"));
                at = end + random.nextInt(3);
            }
            for (int offset = 0; offset <= at + 2; offset++) {
                int holding = -1;
                int before = -1;
                for (int i = 0; i < list.size(); i++) {
                    Span s = list.get(i).span();
                    if (s.start() <= offset && offset < s.end()) {
                        holding = i;
                    }
                    if (s.start() <= offset) {
                        before = i;
                    }
                }
                assertEquals(holding, Sentence.indexHolding(list, offset));
                assertEquals(before, Sentence.indexStartingBefore(list, offset));
            }
        }
    }
}
