package org.retour.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The French verbs of speech and their auxiliaries, as lookup keys ({@link Fold#key}), from the speech cue list
 * {@code org/retour/speaker/cues.txt} (lines {@code fr verb} and {@code fr aux} of one word): « indique »,
 * « affirme », « précise », « a ». A name's lower-case tail never takes one for an adjective by its ending (« la
 * préfecture indique que » names no "préfecture indique"), and a lone institution's head before one is its subject.
 *
 * <p>Design decision: the entity layer reads the speaker package's data file, not its classes, so that the cue list
 * stays the one place verbs of speech are written and the packages stay apart. Immutable and thread-safe.
 */
final class FrenchSpeechVerbs {

    /** The speech cue list shared with the speaker layer. */
    static final String RESOURCE = "org/retour/speaker/cues.txt";

    private static final FrenchSpeechVerbs BUNDLED = parse(ResourceLines.classpath(RESOURCE));

    private final WordSet verbs;
    private final WordSet auxiliaries;

    private FrenchSpeechVerbs(Set<String> verbs, Set<String> auxiliaries) {
        this.verbs = WordSet.of(verbs);
        this.auxiliaries = WordSet.of(auxiliaries);
    }

    /** The verbs of the bundled cue list. */
    static FrenchSpeechVerbs bundled() {
        return BUNDLED;
    }

    /** The verbs of cue lines of the form "lang kind form [gender]"; only French one-word verbs and auxiliaries count. */
    static FrenchSpeechVerbs parse(List<String> lines) {
        Set<String> verbs = new HashSet<>();
        Set<String> aux = new HashSet<>();
        for (String line : lines) {
            String[] p = line.strip().split("\\s+");
            if (p.length != 3 || !p[0].equals("fr")) {
                continue; // a cue of several words is no one word's
            }
            if (p[1].equals("verb") || p[1].equals("incise")) {
                verbs.add(Fold.key(p[2]));
            } else if (p[1].equals("aux") && p[2].indexOf('-') < 0) {
                aux.add(Fold.key(p[2]));
            }
        }
        return new FrenchSpeechVerbs(verbs, aux);
    }

    /** Whether token {@code i} is a French verb of speech (« indique », « affirme », « précisé »). */
    boolean isVerb(TokenView v, int i) {
        return verbs.contains(v, i);
    }

    /** Whether token {@code i} is an auxiliary of a French verb of speech (« a » of « a précisé »). */
    boolean isAuxiliary(TokenView v, int i) {
        return auxiliaries.contains(v, i);
    }
}
