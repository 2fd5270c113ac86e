package org.retour.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.person.PersonLexicon.Kind;
import org.retour.resource.ResourceLines;

/**
 * The speaker labels of a transcript's turns: a line that opens with one to four words in capitals, an
 * optional role after a comma or in brackets, and a colon or a full stop and a dash ("RACHEL DORSEY, HOST:",
 * "YERLAN (through interpreter):", « LÉA MARCHAND (présentatrice). — », "KATRIN WELLER:") names the person
 * who speaks the turn, whom the text may name nowhere else.
 *
 * <p>A label is read as a name only when the document has two different labels or more (a transcript, not
 * a headline with a colon, nor the outlet that asks every question: "SPIEGEL:", "RFI :"), and none of its
 * words is a word of the lexicon other than a given name or a particle, a word the document also writes in
 * lower case, a part in the broadcast from {@code org/retour/person/label-roles.txt} ("PRESENTER:",
 * « VOIX OFF : », "UNIDENTIFIED MAN:"), or part of a place or organisation ("RIYADH:"). A part followed by
 * a name in brackets names that person in that role ("PRESENTER (JANE ROE):"). A dateline ("PARIS —") has
 * no colon and is no label.
 *
 * <p>Looks only at the tokens that open a line in capitals: linear in the text. Immutable and thread-safe.
 */
final class TranscriptLabelNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/label-roles.txt";
    private static final TranscriptLabelNames BUNDLED = new TranscriptLabelNames(ResourceLines.classpath(RESOURCE));

    /** The most words a label's name holds. */
    private static final int MAX_WORDS = 4;
    /** The most characters a label's role takes between its comma or bracket and the colon. */
    private static final int MAX_ROLE = 40;

    /**
     * A label's name: tokens {@code [start, end)}, its characters {@code [startOffset, endOffset)}, the name
     * in title case, and the role its remark gives in lower case (null when it has none).
     */
    record Label(int start, int end, int startOffset, int endOffset, String canonical, String role) {
    }

    /** Per language ("*" for all), the words of a label that name a part, not a person. */
    private final Map<String, Set<String>> parts;

    /** Parts from lines {@code "lang word"}. */
    TranscriptLabelNames(List<String> lines) {
        this.parts = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled parts. */
    static TranscriptLabelNames bundled() {
        return BUNDLED;
    }

    /**
     * The labels of the document per token where their name starts (null elsewhere), or null when the
     * document has fewer than two different ones; {@code other} marks the tokens of places and organisations.
     */
    Label[] of(NameWords wd, boolean[] other, String lang) {
        Label[] out = null;
        Set<String> names = null;
        Map<String, Boolean> lower = new HashMap<>(); // whether the text writes a word in lower case, asked once a word
        int n = wd.size();
        for (int i = 0; i < n; i++) {
            if (!opensLine(wd.text, wd.entries.start(i)) || !upperWord(wd, i)) { // the cheaper test first
                continue;
            }
            Label label = label(wd, i, other, lang, lower);
            if (label != null) {
                if (out == null) {
                    out = new Label[n];
                    names = new HashSet<>();
                }
                out[label.start()] = label;
                names.add(label.canonical());
                i = label.end() - 1;
            }
        }
        return names != null && names.size() >= 2 ? out : null;
    }

    /**
     * The label whose name (or part) opens at token {@code i}, or null; {@code lower} keeps whether the text
     * writes a word in lower case.
     */
    private Label label(NameWords wd, int i, boolean[] other, String lang, Map<String, Boolean> lower) {
        String text = wd.text;
        int j = wordsEnd(wd, i);
        if (j < 0) {
            return null;
        }
        if (parts(wd, i, j, lang)) {
            int open = skipBlanks(text, wd.entries.end(j - 1));
            int b = j + 1; // the name's first word, after the bracket's token
            if (b >= wd.size() || open >= text.length() || text.charAt(open) != '(' || !upperWord(wd, b)) {
                return null; // "PRESENTER:", "UNIDENTIFIED MAN (through translator):"
            }
            int e = wordsEnd(wd, b);
            if (e < 0 || parts(wd, b, e, lang)) {
                return null;
            }
            int close = skipBlanks(text, wd.entries.end(e - 1));
            if (close >= text.length() || text.charAt(close) != ')' || !turnEnd(text, skipBlanks(text, close + 1))
                    || !named(wd, b, e, other, lower)) {
                return null;
            }
            int from = wd.entries.start(b);
            int to = wd.entries.end(e - 1);
            return new Label(b, e, from, to, titleCase(text.substring(from, to)),
                    text.substring(wd.entries.start(i), wd.entries.end(j - 1)).toLowerCase(Locale.ROOT));
        }
        int p = skipBlanks(text, wd.entries.end(j - 1));
        String role = null;
        if (p < text.length() && (text.charAt(p) == ',' || text.charAt(p) == '(')) {
            char close = text.charAt(p) == ',' ? ':' : ')';
            int at = p + 1;
            while (at < text.length() && at - p <= MAX_ROLE && text.charAt(at) != close && text.charAt(at) != '\n'
                    && (close == ')' || text.charAt(at) != '(')) {
                at++;
            }
            if (at >= text.length() || text.charAt(at) != close) {
                return null;
            }
            role = text.substring(p + 1, at).strip().toLowerCase(Locale.ROOT);
            p = close == ':' ? at : skipBlanks(text, at + 1);
        }
        boolean stopped = role == null && text.charAt(wd.entries.end(j - 1) - 1) == '.'; // "MARCHAND." read as one word
        if (!turnEnd(text, p) && !(stopped && dash(text, p)) || !named(wd, i, j, other, lower)) {
            return null;
        }
        int from = wd.entries.start(i);
        int to = wd.entries.end(j - 1);
        if (stopped && !initial(text, wd.entries.start(j - 1), to)) {
            to--; // the full stop before the dash ends the label, not the name
        }
        return new Label(i, j, from, to, titleCase(text.substring(from, to)), role == null || role.isEmpty() ? null : role);
    }

    /**
     * The end of the words in capitals from token {@code i} on one line, at most {@link #MAX_WORDS}, or -1
     * when none has two letters ("Q:", "R. :": a letter stands for the asker or the answerer).
     */
    private static int wordsEnd(NameWords wd, int i) {
        int j = i;
        boolean letters2 = false;
        while (j < wd.size() && j - i < MAX_WORDS && upperWord(wd, j) && (j == i || wd.adjacent(j - 1))) {
            letters2 |= wd.entries.end(j) - wd.entries.start(j) >= 2
                    && !initial(wd.text, wd.entries.start(j), wd.entries.end(j));
            j++;
        }
        return letters2 ? j : -1;
    }

    /** Whether every word of tokens {@code [i, j)} names a part in the broadcast ("UNIDENTIFIED MAN"). */
    private boolean parts(NameWords wd, int i, int j, String lang) {
        Set<String> own = parts.getOrDefault(lang, Set.of());
        Set<String> all = parts.getOrDefault("*", Set.of());
        for (int k = i; k < j; k++) {
            String w = wd.lower(k);
            if (!own.contains(w) && !all.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code [i, j)} may be a name: no common word, place or organisation among them. */
    private static boolean named(NameWords wd, int i, int j, boolean[] other, Map<String, Boolean> lower) {
        for (int k = i; k < j; k++) {
            if (other[k] || commonWord(wd, k, lower)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a colon, or a full stop and a dash, end the label at {@code p}. */
    private static boolean turnEnd(String text, int p) {
        if (p >= text.length()) {
            return false;
        }
        if (text.charAt(p) == ':') {
            return true;
        }
        if (text.charAt(p) != '.') {
            return false;
        }
        return dash(text, skipBlanks(text, p + 1));
    }

    /** Whether a long or middle dash stands at {@code q}. */
    private static boolean dash(String text, int q) {
        return q < text.length() && (text.charAt(q) == '—' || text.charAt(q) == '–');
    }

    /** Whether token {@code k} is a word that the lexicon lists as no given name nor particle, or the text writes in lower case. */
    private static boolean commonWord(NameWords wd, int k, Map<String, Boolean> lower) {
        if (wd.givenName(k) != null) {
            return false;
        }
        if (wd.entries.listed(k) && !wd.entries.is(Kind.PARTICLE, k)) {
            return true;
        }
        return lower.computeIfAbsent(wd.lower(k), w -> NameEvidence.writtenLower(wd, k));
    }

    /** Whether token {@code k} is a word whose letters are all capitals ("RACHEL", "LÉA", "M."). */
    private static boolean upperWord(NameWords wd, int k) {
        if (!wd.entries.isWord(k)) {
            return false;
        }
        return Tokens.capitalLetters(wd.text, wd.entries.start(k), wd.entries.end(k)) > 0;
    }

    /** Whether {@code text[s, end)} is one capital and its full stop ("M."). */
    private static boolean initial(String text, int s, int end) {
        return end - s == 2 && text.charAt(s + 1) == '.';
    }

    /** Whether only spaces stand between the line's start (or the text's) and {@code at}. */
    private static boolean opensLine(String text, int at) {
        for (int c = at - 1; c >= 0; c--) {
            char ch = text.charAt(c);
            if (ch == '\n') {
                return true;
            }
            if (ch != ' ' && ch != '\t' && ch != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(String text, int p) {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** A name in capitals in title case: each letter after a letter in lower case ("LÉA MARCHAND-D'ARC" → "Léa Marchand-D'Arc"). */
    static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean after = false;
        for (int c = 0; c < name.length(); c++) {
            char ch = name.charAt(c);
            b.append(after ? Character.toLowerCase(ch) : ch);
            after = Character.isLetter(ch);
        }
        return b.toString();
    }
}
