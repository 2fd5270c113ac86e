package org.retour.coding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One code of a codebook: a narrative with its cues and examples in each language.
 *
 * @param id         unique within the codebook ({@code N1})
 * @param name       a short name ({@code infighting})
 * @param colour     {@code #RRGGBB}
 * @param parent     the enclosing code's id, or null for a top-level code
 * @param definition when a segment gets the code
 * @param cues       cue patterns by ISO 639-1 language (see {@link CuePattern} for their syntax)
 * @param positive   segments that carry the code, by language
 * @param negative   segments that look alike but do not carry it, by language
 * @param covers     ids of codes this one covers: when both are found on the same segment, only this one is kept
 * @param droppedBeside a sentence-level rule that drops this code's cues beside another code's, or null
 * @param droppedIn  cue patterns by language of sentences in which this code's cues are not counted (a camp or
 *                   prison after the group, where hunger and heat are not life under it)
 */
public record Code(String id, String name, String colour, String parent, String definition,
                   Map<String, List<String>> cues, Map<String, List<String>> positive,
                   Map<String, List<String>> negative, List<String> covers, DroppedBeside droppedBeside,
                   Map<String, List<String>> droppedIn) {

    public Code {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        definition = definition == null ? "" : definition;
        cues = copy(cues);
        positive = copy(positive);
        negative = copy(negative);
        covers = covers == null ? List.of() : List.copyOf(covers);
        droppedIn = copy(droppedIn);
    }

    /** The cues in {@code language}, or none. */
    public List<String> cues(String language) {
        return cues.getOrDefault(language, List.of());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        TreeMap<String, List<String>> out = new TreeMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
