package org.retour.time;

import java.util.List;
import org.retour.entity.TokenView;
import org.retour.model.Span;

/**
 * Dates written in digits: "10/06/2016", "10.06.2016", "2016-06-10", read from the text at a number token.
 *
 * <p>Stateless and thread-safe.
 */
final class DigitDates {

    private DigitDates() {
    }

    /**
     * Adds to {@code out} the date in digits that starts at token {@code i} of {@code v}; returns the index of
     * its last token, or -1 when none starts there. Design decision: most numbers have no separator after their
     * first digits and are turned away by that before the fields of a date are read.
     */
    static int read(TokenView v, int i, List<RawDate> out) {
        if (v.kind(i) != org.retour.model.Token.Kind.NUMBER) {
            return -1;
        }
        String t = v.text();
        int p = v.start(i);
        int first = digitsEnd(t, p);
        if (first == p || first >= t.length() || !isSeparator(t.charAt(first))) {
            return -1;
        }
        int[] a = new int[3];
        int[] len = new int[3];
        char sep = 0;
        for (int f = 0; f < 3; f++) {
            int q = digitsEnd(t, p);
            if (q == p) {
                return -1;
            }
            int val = 0;
            for (int k = p; k < q; k++) {
                val = val * 10 + Character.digit(t.charAt(k), 10);
            }
            a[f] = val;
            len[f] = q - p;
            p = q;
            if (f < 2) {
                if (p >= t.length() || !isSeparator(t.charAt(p)) || sep != 0 && t.charAt(p) != sep) {
                    return -1;
                }
                sep = t.charAt(p);
                p++;
            }
        }
        if (p < t.length() && Character.isLetterOrDigit(t.charAt(p))) {
            return -1;
        }
        int y;
        int m;
        int d;
        if (len[0] == 4 && sep == '-') {
            y = a[0];
            m = a[1];
            d = a[2];
        } else if (len[2] == 4 && sep != '-') {
            y = a[2];
            m = a[1];
            d = a[0];
        } else {
            return -1;
        }
        if (!valid(y, m, d)) {
            return -1;
        }
        int last = v.indexAt(p) - 1;
        out.add(new RawDate(new Span(v.start(i), p), y, m, d, null, null, null, null, null, false));
        return Math.max(i, last);
    }

    /** Where the run of at most four digits of {@code t} from {@code p} ends: a field of a date. */
    private static int digitsEnd(String t, int p) {
        int q = p;
        while (q < t.length() && q - p < 4 && Character.isDigit(t.charAt(q))) {
            q++;
        }
        return q;
    }

    /** Whether {@code c} separates the fields of a date. */
    private static boolean isSeparator(char c) {
        return c == '/' || c == '.' || c == '-';
    }

    private static boolean valid(int y, int m, int d) {
        return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }
}
