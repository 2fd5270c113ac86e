package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Sentence;
import org.retour.model.Span;

/** The start of the sentence of an offset is that of the last sentence starting at or before it, or 0 before all. */
class SentenceStartsTest {

    @Test
    void findsTheSentenceOfAnOffsetOrTheOneBeforeItsGap() {
        String text = "  Élodie a parlé. « Je rentre », dit-elle.  Puis silence.";
        List<Sentence> sentences = List.of(new Sentence(new Span(2, 17), "fr"), new Sentence(new Span(18, 42), "fr"),
                new Sentence(new Span(44, text.length()), "fr"));
        SentenceStarts starts = new SentenceStarts(sentences);
        assertThat(starts.before(0)).isZero(); // before the first sentence
        assertThat(starts.before(text.indexOf("Élodie"))).isEqualTo(2);
        assertThat(starts.before(text.indexOf("dit-elle"))).isEqualTo(18);
        assertThat(starts.before(43)).isEqualTo(18); // in the gap after the second sentence
        assertThat(starts.before(text.indexOf("silence"))).isEqualTo(44);
        assertThat(new SentenceStarts(List.of()).before(5)).isZero();
    }

    @Test
    void agreesWithTheSearchOverTheSentences() {
        List<Sentence> sentences = new ArrayList<>();
        for (int start = 3; start < 400; start += 7 + start % 5) {
            sentences.add(new Sentence(new Span(start, start + 5), "fr"));
        }
        SentenceStarts starts = new SentenceStarts(sentences);
        for (int offset = -1; offset < 420; offset++) {
            int i = Sentence.indexStartingBefore(sentences, offset);
            assertThat(starts.before(offset)).as("at %d", offset).isEqualTo(i < 0 ? 0 : sentences.get(i).span().start());
        }
    }
}
