package org.retour.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The ISO 639-1 language codes Retour can detect and analyse. */
public final class Languages {

    private static final Set<String> KNOWN = known();

    private Languages() {
    }

    /** Whether {@code code} is a language detection knows. */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code.toLowerCase(Locale.ROOT));
    }

    /** The normalised code, or an exception whose message lists what is accepted. */
    public static String requireKnown(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(c)) {
            throw new IllegalArgumentException("unknown language code '" + code + "' (expected an ISO 639-1 code such as "
                    + "fr, en, de, ar)");
        }
        return c;
    }

    /** Every known code, sorted. */
    public static Set<String> all() {
        return KNOWN;
    }

    private static Set<String> known() {
        Set<String> out = new TreeSet<>();
        for (IsoCode639_1 c : IsoCode639_1.values()) {
            if (c != IsoCode639_1.NONE) {
                out.add(c.name().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }
}
