package org.retour.speaker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate base forms of an inflected role word, tried when the word itself is not in the voice
 * lexicon: French plurals and feminines (procureures, coordinatrices, chercheuses), English plurals,
 * German endings (Beamten, Sprecherinnen) and Arabic clitics and endings (والمحامي, شقيقته, الباحثون).
 * Pure functions of the word; thread-safe.
 */
final class Inflection {

    private static final String[] AR_PREFIXES = {"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"};
    private static final String[] AR_SUFFIXES = {"هما", "هم", "ها", "ون", "ين", "ات", "ه"};
    static final String[] DE_ENDINGS = {"innen", "in", "en", "es", "em", "er", "n", "s", "e"};

    /**
     * Role nouns of one trade ("pénaliste", "avocat"; "counsel", "lawyer"), by "lang word", to the trades' nouns: a
     * word on several lines names several trades (« spécialiste » of a field of study or of care).
     */
    private static final java.util.Map<String, List<String>> FAMILIES = families(
            org.retour.resource.ResourceLines.classpath("org/retour/speaker/role-families.txt"));

    private Inflection() {
    }

    /** The families of lines "lang word family", every family of a word in the order of its lines. */
    static java.util.Map<String, List<String>> families(List<String> lines) {
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p.length != 3) {
                throw new IllegalArgumentException("role-families line needs 'lang word family': " + line);
            }
            m.computeIfAbsent(p[0] + " " + p[1], k -> new ArrayList<>(1)).add(p[2]);
        }
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Map.copyOf(out);
    }

    /** Base forms of the lower-cased {@code word} in {@code lang}, most likely first; may be empty. */
    static List<String> stems(String word, String lang) {
        List<String> out = new ArrayList<>(6);
        switch (lang) {
            case "fr" -> {
                String w = strip(word, "s", out);
                w = strip(w, "x", out);
                replace(w, "trice", "teur", out);
                replace(w, "euse", "eur", out);
                replace(w, "ienne", "ien", out);
                replace(w, "ère", "er", out);
                strip(w, "e", out);
            }
            case "en" -> {
                replace(word, "ies", "y", out);
                replace(word, "women", "woman", out);
                replace(word, "men", "man", out);
                strip(word, "es", out);
                strip(word, "s", out);
            }
            case "de" -> {
                for (String e : DE_ENDINGS) {
                    strip(word, e, out);
                }
            }
            case "ar" -> arabic(word, out);
            default -> {
            }
        }
        return out;
    }

    /**
     * Whether two roles share a noun, as written or by a base form of one matching the other's word
     * ("avocat" and "l'avocate", "lawyer" and "the lawyers"); words of fewer than four letters do not count.
     */
    static boolean shareNoun(String a, String b, String lang) {
        if (a == null || b == null) {
            return false;
        }
        NounPairs pairs = NounPairs.local(); // the same roles are compared again and again
        int slot = NounPairs.slot(a, b);
        if (pairs.holds(slot, a, b, lang)) {
            return pairs.answer(slot);
        }
        boolean shared = nounsMeet(a, b, lang);
        pairs.keep(slot, a, b, lang, shared);
        return shared;
    }

    /**
     * {@link #shareNoun} worked out: the words of four letters or more of each and their base forms meet, a base form
     * of a word of one matching a word of the other, or two words being the same.
     */
    private static boolean nounsMeet(String a, String b, String lang) {
        org.retour.person.WordMemo<NounForms> memo = NOUN_FORMS.get();
        Set<String> left = memo.get(a, lang).set();
        if (left.isEmpty()) {
            return false;
        }
        for (String form : memo.get(b, lang).forms()) {
            if (left.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun forms of a role, as a set to ask and as an array to walk: walking the array makes no iterator, and
     * roles are compared with each other quote after quote.
     */
    private record NounForms(Set<String> set, String[] forms) {
    }

    /** Per thread, the noun forms of the roles met last: a role is compared with many others. */
    private static final ThreadLocal<org.retour.person.WordMemo<NounForms>> NOUN_FORMS =
            org.retour.person.WordMemo.perThread((role, lang) -> {
                Set<String> set = nounForms(role, lang);
                return new NounForms(set, set.toArray(String[]::new));
            });

    /**
     * The prepositions that open a noun's complement in French and English: the words after one name whom
     * the role concerns, not the role ("le frère de la prévenue" is no "prévenue", "the mother of the
     * accused" no "accused").
     */
    private static final Set<String> COMPLEMENT = Set.of("fr de", "fr du", "fr des", "fr d", "en of");

    /**
     * The words of four letters or more of a role's head, lower-cased, with their base forms: the words
     * before the first complement a preposition opens, when one word comes before it.
     */
    private static Set<String> nounForms(String role, String lang) {
        Set<String> out = new HashSet<>();
        int read = 0;
        for (String w : RoleWords.of(role.toLowerCase(java.util.Locale.ROOT))) {
            if (read++ > 0 && COMPLEMENT.contains(lang + " " + w)) {
                break;
            }
            if (w.length() >= 4) {
                out.add(w);
                out.addAll(stems(w, lang));
                addCompoundParts(w, lang, out); // "a Belgian-Moroccan former fighter" … "the Belgian"
            }
            List<String> families = FAMILIES.get(lang + " " + w);
            if (families == null) {
                for (String stem : stems(w, lang)) {
                    families = families != null ? families : FAMILIES.get(lang + " " + stem);
                }
            }
            if (families != null) {
                for (String family : families) {
                    out.add("=" + family); // "le pénaliste" and "l'avocat de la défense" share their trade
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * Adds the parts of a hyphenated compound of words ("belgian-moroccan", « franco-tunisien ») with their base forms,
     * when its first part is a word of four letters or more: each part of four letters or more is a noun of the role.
     * An age ("28-year-old") or a prefix (« ex-combattant ») adds none.
     */
    private static void addCompoundParts(String word, String lang, Set<String> out) {
        int dash = word.indexOf('-');
        if (dash < 4) {
            return;
        }
        for (int i = 0; i < dash; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return;
            }
        }
        for (String part : word.split("-")) {
            if (part.length() >= 4) {
                out.add(part);
                out.addAll(stems(part, lang));
            }
        }
    }

    private static void arabic(String word, List<String> out) {
        List<String> bases = new ArrayList<>(3);
        bases.add(word);
        for (String p : AR_PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= 3) {
                String b = word.substring(p.length());
                bases.add(b);
                out.add(b);
                if (p.endsWith("ال") || p.equals("لل")) {
                    out.add("ال" + b);
                }
                break;
            }
        }
        for (String b : bases) {
            for (String x : AR_SUFFIXES) {
                if (b.endsWith(x) && b.length() - x.length() >= 3) {
                    String c = b.substring(0, b.length() - x.length());
                    out.add(c);
                    if (c.endsWith("ت")) {
                        out.add(c.substring(0, c.length() - 1) + "ة");
                    }
                    break;
                }
            }
        }
    }

    private static String strip(String w, String ending, List<String> out) {
        if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
            String s = w.substring(0, w.length() - ending.length());
            out.add(s);
            return s;
        }
        return w;
    }

    private static void replace(String w, String ending, String with, List<String> out) {
        if (w.endsWith(ending) && w.length() - ending.length() >= 2) {
            out.add(w.substring(0, w.length() - ending.length()) + with);
        }
    }
}
