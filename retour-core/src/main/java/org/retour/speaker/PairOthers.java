package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.model.Span;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The unnamed second of two persons a text introduces one after the other (« L'un, Mourad H., 45 ans, est éducateur.
 * L'autre a 29 ans, il est revenu de Syrie »), with the openings of {@code org/retour/speaker/pair-others.txt}: a
 * later definite description of a former member or of an age or a sex (« le jeune homme », « le trentenaire »,
 * « l'ancien combattant ») that neither shares a noun with the first one's sentence nor fits the first one's age
 * stands for the second, someone new, not for the one named.
 *
 * <p>Immutable and thread-safe.
 */
final class PairOthers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/pair-others.txt";

    /** How far back, in characters, the sentence of the second person may stand before the description. */
    static final int REACH = 3000;

    /** An age in figures: « 45 ans », "52,". */
    private static final Pattern AGE = Pattern.compile("\\b(\\d{2})(?:\\s*(?:ans|years?|Jahre)\\b|\\s*,)");

    /** The voices of the descriptions that may stand for the second person besides those of an age or a sex. */
    private static final Set<Voice> NEWCOMERS = Set.of(Voice.UNKNOWN, Voice.RETURNEE, Voice.DEFECTOR);

    private static final PairOthers BUNDLED = new PairOthers(ResourceLines.classpath(RESOURCE));

    /** The openings of the first person's sentence by language, their underscores read as spaces once. */
    private final Map<String, Openings> ones;
    /** The openings of the second person's sentence by language, read as {@link #ones}. */
    private final Map<String, Openings> others;

    PairOthers(Iterable<String> lines) {
        Map<String, Map<String, Set<String>>> kinds = ResourceLines.wordsByKind(lines, Set.of("one", "other"), "pair-others");
        this.ones = openings(kinds.get("one"));
        this.others = openings(kinds.get("other"));
    }

    private static Map<String, Openings> openings(Map<String, Set<String>> byLanguage) {
        Map<String, Openings> read = new java.util.HashMap<>();
        byLanguage.forEach((lang, forms) -> read.put(lang, Openings.of(forms)));
        return read;
    }

    /**
     * The openings of one kind in one language with the first letters they start with.
     *
     * <p>Design decision: a sentence is tried against the openings only when its first character, lower-cased,
     * starts one of them, so that most sentences cost a character test instead of a lower-cased copy of their head.
     */
    record Openings(List<String> forms, String firsts) {

        /** The openings {@code words} of the resource, an underscore standing for a space. */
        static Openings of(Set<String> words) {
            List<String> forms = new java.util.ArrayList<>();
            StringBuilder firsts = new StringBuilder();
            for (String w : words) {
                String form = w.replace('_', ' ');
                forms.add(form);
                if (!form.isEmpty() && firsts.indexOf(form.substring(0, 1)) < 0) {
                    firsts.append(form.charAt(0));
                }
            }
            return new Openings(List.copyOf(forms), firsts.toString());
        }

        /**
         * Whether a head starting with {@code c} surely opens with none of the forms: {@code c} lower-cased is no
         * form's first letter. Not said of a surrogate, of 'İ' nor of 'Σ', which lower-case otherwise in a string.
         */
        boolean surelyNot(char c) {
            return !Character.isSurrogate(c) && c != '\u0130' && c != '\u03a3'
                    && firsts.indexOf(Character.toLowerCase(c)) < 0;
        }
    }

    /** The bundled openings. */
    static PairOthers bundled() {
        return BUNDLED;
    }

    /**
     * Whether the definite description {@code r}, tied to no person, stands for the unnamed second of a pair
     * introduced before it (« L'un, X, 45 ans, … L'autre a 29 ans » … « le trentenaire »).
     */
    boolean other(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return false;
        }
        String role = r.description().role();
        if (!d.descriptionMemo.ages(role, d.lang).plain() && !NEWCOMERS.contains(d.voiceOf(role))) {
            return false; // « le préfet », « l'avocate »: someone else
        }
        Openings second = others.get(d.lang);
        if (second == null) {
            return false; // no openings of a second person in this language
        }
        List<org.retour.model.Sentence> sentences = d.sentences;
        byte[] openings = d.descriptionMemo.pairOpenings(sentences.size());
        int start = r.span().start();
        int i = Math.max(0, org.retour.model.Sentence.indexStartingBefore(sentences, start)) - 1;
        for (; i >= 1; i--) {
            Span other = sentences.get(i).span();
            if (other.end() < start - REACH) {
                return false;
            }
            if (openings[i] == 0) {
                openings[i] = opens(d.text, other, second) && !named(d, other) ? (byte) 1 : (byte) 2;
            }
            if (openings[i] == 1) {
                Span one = sentences.get(i - 1).span();
                String first = oneSentence(d, one);
                return first != null && !Inflection.shareNoun(first, role, d.lang) && !ageFits(first, role, d.lang);
            }
        }
        return false;
    }

    /** Whether the sentence at {@code s} opens with one of {@code openings} followed by a space or a comma. */
    private static boolean opens(String text, Span s, Openings openings) {
        if (openings == null || s.end() <= s.start() || openings.surelyNot(text.charAt(s.start()))) {
            return false;
        }
        String head = text.substring(s.start(), Math.min(s.end(), s.start() + 24)).toLowerCase(Locale.ROOT);
        for (String form : openings.forms()) {
            if (head.startsWith(form) && head.length() > form.length()
                    && (head.charAt(form.length()) == ' ' || head.charAt(form.length()) == ',')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person is named in the sentence at {@code s} (« L'autre, Karim B., … »): the second is no stranger. */
    private static boolean named(SpeakerDocument d, Span s) {
        for (Referent n : d.referents.within(s.start(), s.end())) {
            if (n.person() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words after the name in the first person's sentence at {@code s} when it opens with a form of {@code one},
     * a comma and that name (« L'un, Mourad H., 45 ans, est éducateur »), else null.
     */
    private String oneSentence(SpeakerDocument d, Span s) {
        if (!opens(d.text, s, ones.get(d.lang))) {
            return null;
        }
        int comma = d.text.indexOf(',', s.start());
        if (comma < 0 || comma >= s.end() || comma - s.start() > 12) {
            return null;
        }
        for (Referent n : d.referents.within(comma, s.end())) {
            if (n.person() != null && n.span().start() <= comma + 3) {
                return d.text.substring(n.span().end(), s.end());
            }
        }
        return null;
    }

    /** Whether the first person's age in figures falls in the decade the role's decade noun names. */
    private static boolean ageFits(String first, String role, String lang) {
        int decade = AgeWords.bundled().decade(role, lang);
        Matcher m = AGE.matcher(first);
        return decade > 0 && m.find() && Integer.parseInt(m.group(1)) / 10 * 10 == decade;
    }
}

