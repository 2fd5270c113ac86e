package org.retour.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.entity.Fold;
import org.retour.entity.TokenView;
import org.retour.entity.WordIds;
import org.retour.resource.ResourceLines;

/**
 * Numbers written as words ("deux", "two", "zwei", "ثلاثة"), from {@code org/retour/time/numbers.txt},
 * and the reading of numbers written in digits ("1,200", "1 200", "١٢٠٠").
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberWords {

    private static volatile NumberWords bundled;
    private final Map<String, Integer> values;
    /**
     * The values by the {@link WordIds} number of their key (null where no number word has it): the
     * figure scanner asks at every word whether it is a number word, and a token's number answers it
     * without hashing its key.
     */
    private final Integer[] byId;
    /**
     * The German compounds of a unit, "und" and tens ("einundzwanzig") by key, with their values. Design
     * decision: the compounds are few, so they are listed once here, and a long word without a hyphen is
     * answered by one look-up instead of cutting it at "und" into two new strings at every token.
     */
    private final Map<String, Integer> undCompounds;
    /**
     * Bit {@link #undBit} of each key of {@link #undCompounds}: most long words are no compound, and a
     * clear bit turns them away on their cached hash code, without probing the map. Design decision: 32,768
     * bits, as every language's units and tens make some 1,700 keys, which would set most bits of a
     * smaller set (four in five of 1,024).
     */
    private final long[] undBits = new long[UND_BITS / 64];
    private static final int UND_BITS = 1 << 15;
    private static final int UND_SHIFT = 32 - Integer.numberOfTrailingZeros(UND_BITS);

    private NumberWords(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
        this.undCompounds = undCompounds(this.values);
        undCompounds.keySet().forEach(k -> undBits[undBit(k) >>> 6] |= 1L << undBit(k));
        int max = -1;
        for (String key : this.values.keySet()) {
            max = Math.max(max, WordIds.register(key));
        }
        byId = new Integer[max + 1];
        this.values.forEach((key, value) -> byId[WordIds.lookup(key)] = value);
    }

    /** The bundled list (loaded once). */
    public static NumberWords bundled() {
        NumberWords n = bundled;
        if (n == null) {
            n = parse(ResourceLines.classpath("org/retour/time/numbers.txt"));
            bundled = n;
        }
        return n;
    }

    /** Number words from lines "lang | word | value". */
    public static NumberWords parse(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            if (p.length != 3) {
                throw new IllegalArgumentException("numbers: expected 'lang | word | value': " + line);
            }
            out.putIfAbsent(Fold.key(p[1].strip()), Integer.parseInt(p[2].strip()));
        }
        return new NumberWords(out);
    }

    /** The words, by lookup key. */
    public Map<String, Integer> words() {
        return values;
    }

    /** The value of the word whose lookup key is {@code key}, or null. */
    public Integer word(String key) {
        Integer v = values.get(key);
        return v != null || key.length() < 6 ? v : compound(key);
    }

    /** The value of token {@code i} of {@code v} as a number word ({@link #word} of its key), or null. */
    public Integer word(TokenView v, int i) {
        int id = v.id(i);
        Integer value = id >= 0 && id < byId.length ? byId[id] : null;
        if (value != null) {
            return value;
        }
        String key = v.key(i);
        if (key.length() < 6) {
            return null;
        }
        // a key without a hyphen before its end has none at all unless it begins with one
        return v.hasHyphenHead(i) || key.charAt(0) == '-' ? compound(key) : undCompound(key);
    }

    /** {@link #compound} of a key without a hyphen. */
    private Integer undCompound(String key) {
        int bit = undBit(key);
        return (undBits[bit >>> 6] & 1L << bit) == 0 ? null : undCompounds.get(key);
    }

    /** One of {@link #UND_BITS} bits by {@code key}'s hash code. */
    private static int undBit(String key) {
        return key.hashCode() * 0x9E3779B1 >>> UND_SHIFT;
    }

    /**
     * The value of a compound of number words: tens and units joined by hyphens ("sixty-one",
     * "vingt-deux", "trente-et-un", "soixante-quinze") or a German unit, "und" and tens
     * ("einundzwanzig"); null when it is not one.
     */
    private Integer compound(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? undCompound(key) : hyphenCompound(key, dash);
    }

    /**
     * Every word of a unit, "und" and tens that {@link #undCompound} reads, with its value: a key it
     * reads is a unit's key, "und" and a tens' key, so trying each such pair finds them all.
     */
    private static Map<String, Integer> undCompounds(Map<String, Integer> values) {
        Map<String, Integer> out = new HashMap<>();
        values.forEach((unit, u) -> values.forEach((tens, t) -> {
            if (u < 10 && t >= 20) {
                String key = unit + "und" + tens;
                Integer v = key.indexOf('-') < 0 ? undCompound(values, key) : null;
                if (v != null) {
                    out.put(key, v);
                }
            }
        }));
        return Map.copyOf(out);
    }

    /** The value of {@code key} read as a unit, "und" and tens ("einundzwanzig"), or null. */
    private static Integer undCompound(Map<String, Integer> values, String key) {
        int und = key.indexOf("und");
        if (und <= 0) {
            return null;
        }
        Integer unit = values.get(key.substring(0, und));
        Integer tens = values.get(key.substring(und + 3));
        return unit != null && tens != null && unit < 10 && tens >= 20 && tens < 100 && tens % 10 == 0 ? tens + unit : null;
    }

    /** The value of {@code key}, whose last hyphen is at {@code dash}, read as tens, a hyphen and a unit, or null. */
    private Integer hyphenCompound(String key, int dash) {
        while (dash > 0) {
            Integer head = values.get(key.substring(0, dash));
            String rest = key.substring(dash + 1);
            if (head != null && head >= 20 && head < 100 && head % 10 == 0) {
                if (rest.startsWith("et-")) {
                    rest = rest.substring(3);
                }
                Integer unit = values.get(rest);
                return unit != null && unit < (head == 60 || head == 80 ? 20 : 10) ? head + unit : null;
            }
            dash = key.lastIndexOf('-', dash - 1);
        }
        return null;
    }

    /**
     * The value of a number in digits, with "," "." or spaces between groups of three digits or a
     * decimal comma or point; null when {@code s} is not such a number or is too large.
     */
    public static Double digits(String s) {
        long plain = plainDigits(s);
        if (plain >= 0) {
            return (double) plain;
        }
        StringBuilder b = new StringBuilder(s.length());
        int groupLen = 0;
        int seps = 0;
        char lastSep = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                b.append((char) ('0' + d));
                groupLen++;
            } else if (c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u066C'
                    || c == '\u066B') {
                if (b.isEmpty()) {
                    return null;
                }
                seps++;
                lastSep = c;
                b.append('|');
                groupLen = 0;
            } else {
                return null;
            }
        }
        if (b.isEmpty() || b.length() > 15) {
            return null;
        }
        if (seps == 0) {
            return Double.parseDouble(b.toString());
        }
        String[] groups = b.toString().split("\\|");
        boolean thousands = groups[0].length() <= 3;
        for (int g = 1; g < groups.length; g++) {
            thousands &= groups[g].length() == 3;
        }
        if (thousands && !(seps == 1 && (lastSep == '.' || lastSep == ',') && groupLen != 3)) {
            return Double.parseDouble(String.join("", groups));
        }
        if (seps == 1 && (lastSep == ',' || lastSep == '.' || lastSep == '\u066B')) {
            return Double.parseDouble(groups[0] + "." + groups[1]);
        }
        return null;
    }

    /**
     * The value of {@code s} when it is one to fifteen digits and nothing else, else -1: the common case of
     * {@link #digits}, read without building a string (fifteen digits are exact as a double).
     */
    private static long plainDigits(String s) {
        int n = s.length();
        if (n == 0 || n > 15) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
