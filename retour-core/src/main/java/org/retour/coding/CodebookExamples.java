package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The training examples a codebook carries itself: each code's positive examples with that code, and its
 * negative examples (segments that look alike but carry no code) with none, in every language.
 */
public final class CodebookExamples {

    private CodebookExamples() {
    }

    /** The examples of {@code codebook}, in the group {@link TrainingExample#CODEBOOK}. */
    public static List<TrainingExample> of(Codebook codebook) {
        List<TrainingExample> out = new ArrayList<>();
        for (Code c : codebook.codes()) {
            c.positive().forEach((lang, list) -> list.forEach(text ->
                    out.add(new TrainingExample(text, lang, Set.of(c.id()), TrainingExample.CODEBOOK))));
            c.negative().forEach((lang, list) -> list.forEach(text ->
                    out.add(new TrainingExample(text, lang, Set.of(), TrainingExample.CODEBOOK))));
        }
        return out;
    }
}
