package org.retour.segment;

import java.util.List;
import org.retour.model.Span;

/** Splits a text into sentences. Implementations are thread-safe. */
public interface SentenceSplitter {

    /**
     * The sentences of {@code text}, ordered, non-overlapping, without leading or trailing white space.
     *
     * @param language the ISO 639-1 code of the text, which chooses abbreviations and rules
     */
    List<Span> split(String text, String language);
}
