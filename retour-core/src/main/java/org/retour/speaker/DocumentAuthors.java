package org.retour.speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The author a text names for a document whose words a quote gives: a letter, message or attestation that someone
 * reads out, recites, produces or plays, with its author in its own noun phrase (« une lettre de sa mère … Il la
 * récite : « … » », « le message vocal qu'une de ses clientes lui a adressé : « … » », « L'une d'elles, écrite par une
 * femme détenue, … Catherine R. en a donné lecture : « … » », « On y entend la voix de Khadija : « … » »). The quote is
 * the author's, not the reader's. Words come from {@code org/retour/speaker/documents.txt}.
 *
 * <p>The document counts when it stands in the sentence whose colon opens the quote, or, with a word of reading in
 * the sentences between, up to {@link #SENTENCES_BACK} sentences before a quote that opens its sentence, in its
 * paragraph and after the quote before it. Each quote reads a bounded window. Immutable and thread-safe.
 */
final class DocumentAuthors {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/documents.txt";
    /** How many sentences before the quote the document may be named in. */
    static final int SENTENCES_BACK = 3;
    /** How many words may stand between a document's noun and the preposition of its author (« lettre manuscrite de »). */
    static final int GAP = 2;
    /** How many words after a relative pronoun its verb of writing or sending may stand. */
    static final int CLAUSE = 8;
    /** How many words a name in apposition may stand after the author's preposition (« par sa cliente, Aurélie G. »). */
    static final int APPOSITION = 2;
    /** How many words a relative clause's subject may stand after its pronoun. */
    static final int SUBJECT_GAP = 1;

    /** The most characters before the quote the document may be named at. */
    static final int REACH = 2 * CueSpeakerResolver.WINDOW;

    /** What a word of the resource says. */
    enum Kind { PAPER, OF, THAT, SIGNED, BY, MADE, READ, DET }

    /**
     * The author of a document read out: {@code who}, the person or description named, or null when the text names the
     * author by no person (« l'attestation de l'employeur », « le message qu'une de ses clientes lui a adressé »): the
     * words are still not the reader's.
     */
    record Author(Referent who) {
    }

    private final Map<String, Map<String, Kind>> byLanguage;
    private final WordFilter filter;

    DocumentAuthors(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "documents", true);
        Set<String> all = new HashSet<>();
        byLanguage.values().forEach(w -> all.addAll(w.keySet()));
        this.filter = new WordFilter(all);
    }

    /** The bundled words. */
    static DocumentAuthors bundled() {
        return new DocumentAuthors(ResourceLines.classpath(RESOURCE));
    }

    /**
     * The author of the document whose words the quote opening at {@code open} gives, or null: the person or
     * description the document's noun phrase names as its author, the reader {@code reader} aside.
     */
    Author author(SpeakerDocument d, int open, int prevEnd, Referent reader) {
        int c = QuoteOffsets.colonBefore(d.text, open);
        boolean colon = c >= 0;
        int paragraph = d.paragraphStarts.get(d.paragraph(open));
        if (!colon && !QuoteOffsets.blank(d.text, SpeakerSentences.sentenceStart(d, open), open)) {
            return null;
        }
        int colonSentence = colon ? SpeakerSentences.sentenceStart(d, c) : open;
        int from = colonSentence;
        for (int s = 0; s < SENTENCES_BACK && from > paragraph; s++) {
            int prev = QuoteOffsets.lastNonBlankBefore(d.text, from);
            if (prev < 0) {
                break;
            }
            from = SpeakerSentences.sentenceStart(d, prev);
        }
        from = Math.max(Math.max(from, paragraph), Math.max(prevEnd, open - REACH));
        boolean read = false;
        Author found = null;
        int foundAt = -1;
        for (int k = d.tokenAt(from); k < d.tokens.size() && d.tokens.get(k).end() <= open; k++) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            Kind kind = kindAt(d, k);
            if (kind == Kind.READ) {
                read = true;
            } else if (kind == Kind.PAPER || kind == Kind.SIGNED || kind == Kind.MADE) {
                Author r = kind == Kind.PAPER ? ofPaper(d, k, open) : kind == Kind.SIGNED ? after(d, k + 1, open, 0)
                        : byAgent(d, k, open);
                if (r != null && !SpeakerDocument.same(r.who(), reader)) {
                    found = r;
                    foundAt = d.tokens.get(k).span().start();
                }
            }
        }
        if (found == null) {
            return null;
        }
        return read || colon && foundAt >= colonSentence ? found : null;
    }

    /** The author a document's noun at token {@code k} names: « lettre de sa mère », « message qu'une cliente a … ». */
    private Author ofPaper(SpeakerDocument d, int k, int open) {
        int words = 0;
        for (int j = k + 1; j < d.tokens.size() && words <= GAP && d.tokens.get(j).span().end() <= open; j++) {
            if (!Tokens.isWord(d.tokens.get(j))) {
                return null;
            }
            Kind kind = kindAt(d, j);
            if (kind == Kind.OF) {
                return after(d, j + 1, open, APPOSITION);
            }
            if (kind == Kind.THAT) {
                return made(d, j + 1, open) ? after(d, j + 1, open, SUBJECT_GAP) : null;
            }
            words++;
        }
        return null;
    }

    /** The agent after a participle of writing at token {@code k}: « écrite par une femme détenue ». */
    private Author byAgent(SpeakerDocument d, int k, int open) {
        int j = k + 1;
        return j < d.tokens.size() && Tokens.isWord(d.tokens.get(j)) && kindAt(d, j) == Kind.BY ? after(d, j + 1, open, APPOSITION) : null;
    }

    /**
     * Whether a participle of writing or sending stands up to {@link #CLAUSE} words from token {@code j}, the words of
     * an aside between two commas uncounted (« qu'une de ses clientes, restée à Roj, lui a adressé »).
     */
    private boolean made(SpeakerDocument d, int j, int open) {
        int words = 0;
        boolean aside = false;
        for (int k = j; k < d.tokens.size() && k < j + 3 * CLAUSE && words < CLAUSE && d.tokens.get(k).span().end() <= open; k++) {
            if (Tokens.is(d.text, d.tokens.get(k), ",")) {
                aside = !aside;
            } else if (Tokens.isWord(d.tokens.get(k)) && !aside) {
                if (kindAt(d, k) == Kind.MADE) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    /**
     * The author that starts at token {@code j}: the referent there or at most {@code gap} words after it, before
     * {@code open}; else an author named by no person when a determiner or a capitalised word opens the phrase
     * (« de l'employeur », « qu'Affaires mondiales Canada »); else null.
     */
    private Author after(SpeakerDocument d, int j, int open, int gap) {
        if (j >= d.tokens.size() || !Tokens.isWord(d.tokens.get(j))) {
            return null;
        }
        int from = d.tokens.get(j).span().start();
        for (Referent r : d.referents.within(from, open)) {
            if (SpeakerSentences.wordsBetween(d, from, r.span().start()) <= gap) {
                return new Author(r);
            }
            break;
        }
        return kindAt(d, j) == Kind.DET || Character.isUpperCase(d.text.charAt(from)) ? new Author(null) : null;
    }

    /** Whether token {@code k} is a word of {@code documents.txt} for a paper (« lettre », "letter", "affidavit"). */
    boolean paper(SpeakerDocument d, int k) {
        return kindAt(d, k) == Kind.PAPER;
    }

    private Kind kindAt(SpeakerDocument d, int k) {
        String w = d.lower(k);
        if (w == null || !filter.mayHave(w)) {
            return null;
        }
        Map<String, Kind> m = byLanguage.get(d.lang);
        return m == null ? null : m.get(w);
    }
}
