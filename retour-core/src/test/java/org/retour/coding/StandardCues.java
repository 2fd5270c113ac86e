package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The patterns the standard coder matches, and random text made of pieces, for the coding contract tests. */
final class StandardCues {

    private StandardCues() {
    }

    /** Every pattern of the standard coding lexicon and of the default codebook's cues. */
    static List<CuePattern> patterns() {
        List<CuePattern> out = new ArrayList<>();
        for (CodingLexicon.Entry e : CodingLexicon.standard().entries()) {
            out.add(e.pattern());
        }
        for (Code c : Codebook.standard().codes()) {
            c.cues().values().forEach(list -> list.forEach(cue -> out.add(CuePattern.compile(cue))));
        }
        return out;
    }

    /** One to forty of {@code pieces}, drawn at random and joined. */
    static String randomText(Random r, String[] pieces) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(40);
        for (int k = 0; k < n; k++) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
