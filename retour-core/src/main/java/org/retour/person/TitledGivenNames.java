package org.retour.person;

import java.util.List;
import org.retour.model.Mention;

/**
 * The reading of a title and one word as a given name: where the text first wrote a person's full name after a title
 * and their given name first ("Mr Rosli Hamid", "Ustaz Hafiz Jamaluddin", « Cheikh Ahmed Diallo »), the same title
 * before that given name alone ("said Mr Rosli", « a dit Cheikh Ahmed ») is that person, as Malay, Arab and West
 * African usage names a man, even when another person bears the word as a surname ("Muhammad Irfan Rosli").
 */
final class TitledGivenNames {

    private TitledGivenNames() {
    }

    /**
     * Whether one of {@code mentions} is a name of two words or more that opens with the word {@code text[from, to)}
     * and stands right after the title {@code text[titleFrom, titleTo)} written the same way, one space between.
     */
    static boolean writtenAfterTitle(String text, int titleFrom, int titleTo, int from, int to, List<Mention> mentions) {
        int titleLength = titleTo - titleFrom;
        int length = to - from;
        for (Mention m : mentions) {
            int s = m.span().start();
            int t = s - 1 - titleLength;
            if (m.kind() == Mention.Kind.NAME && m.span().length() > length + 1 && t >= 0 && t != titleFrom
                    && text.regionMatches(s, text, from, length) && text.charAt(s + length) == ' '
                    && text.charAt(s - 1) == ' ' && text.regionMatches(t, text, titleFrom, titleLength)
                    && (t == 0 || !Character.isLetterOrDigit(text.charAt(t - 1)))) {
                return true;
            }
        }
        return false;
    }
}
