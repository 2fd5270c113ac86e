package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.retour.resource.ResourceLines;

/**
 * Cues whose phrase alternatives run into one another. In a cue, {@code |} separates alternatives for one word, so
 * "go back|go home" reads "go", then "back" or "go", then "home": it matches "go back home" or "go go home", never
 * "go back" or "go home". Such a cue shows itself by an alternative that repeats the word beside its group ("go"
 * before "back|go"); a word repeated further away is a sound cue ("from village to village|town").
 */
class CueAlternativesTest {

    /** The words of {@code cue}'s alternative groups that repeat a word beside the group, as "group ~ word". */
    static List<String> runTogether(String cue) {
        String[] terms = cue.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            if (!terms[i].contains("|")) {
                continue;
            }
            List<String> alternatives = Arrays.asList(terms[i].split("\\|"));
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= terms.length || terms[j].startsWith("..")) {
                    continue;
                }
                for (String beside : terms[j].split("\\|")) {
                    if (alternatives.contains(beside)) {
                        out.add(terms[i] + " ~ " + beside);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void phraseAlternativesWithoutTheirOwnCueAreFound() {
        assertThat(runTogether("foreigners|foreign ..4 front line|frontline|front lines")).containsExactly("line|frontline|front ~ front");
        assertThat(runTogether("wanted to ..2 go back|leave|go home")).containsExactly("back|leave|go ~ go");
        assertThat(runTogether("pendant que|tandis que ..3 avions faim|avaient faim")).isNotEmpty();
    }

    @Test
    void alternativesOfOneWordAndWordsRepeatedFurtherAwayAreSound() {
        assertThat(runTogether("from village to village|town")).isEmpty();
        assertThat(runTogether("ma|mes|mon mère|père|parents")).isEmpty();
        assertThat(runTogether("wanted to ..2 go back|home")).isEmpty();
    }

    @Test
    void noCueOfTheStandardCodebookRunsItsPhraseAlternativesTogether() {
        List<String> found = new ArrayList<>();
        for (Code c : Codebook.standard().codes()) {
            c.cues().forEach((lang, cues) -> cues.forEach(cue -> runTogether(cue).forEach(r -> found.add(c.id() + " " + lang
                    + " '" + cue + "': " + r))));
            if (c.droppedBeside() != null) {
                c.droppedBeside().unless().forEach((lang, cues) -> cues.forEach(cue -> runTogether(cue).forEach(r -> found.add(
                        c.id() + " unless " + lang + " '" + cue + "': " + r))));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noScopeOrTestimonyWordRunsItsPhraseAlternativesTogether() {
        List<String> found = new ArrayList<>();
        for (String file : List.of("scopes.txt", "testimony.txt")) {
            for (String line : ResourceLines.classpath("org/retour/coding/" + file)) {
                String[] p = line.split("\\s+", 3);
                runTogether(p[2]).forEach(r -> found.add(file + " '" + line + "': " + r));
            }
        }
        assertThat(found).isEmpty();
    }
}
