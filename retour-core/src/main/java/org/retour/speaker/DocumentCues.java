package org.retour.speaker;

import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The author of a document that is the subject of a quote's cue ("“…,” the letter continued", "“…” the affidavit reads",
 * « « … », poursuit la lettre »): the person who opens the sentence where the text named a document of that word last
 * before the quote ("In a letter read to the court by his lawyer, Carrick painted …", "Luc Deslauriers … said in an
 * affidavit filed in court that …"). The words of documents come from {@code documents.txt} ({@link DocumentAuthors}).
 *
 * <p>Looks back at most {@link #REACH} characters. Stateless and thread-safe.
 */
final class DocumentCues {

    /** How far before the cue (in characters) the document may have been named. */
    static final int REACH = 1500;

    /** The words of documents, read once: not for each quote whose cue is looked at. */
    private static final DocumentAuthors PAPERS = DocumentAuthors.bundled();

    private DocumentCues() {
    }

    /** The author of the document that is the subject of {@code cue}, or null. */
    static Referent author(SpeakerDocument d, CueMatch cue, PronounSpeakers speakers) {
        if (cue == null || cue.source() || cue.pronoun() != null) {
            return null;
        }
        int noun = subjectNoun(d, cue);
        if (noun < 0) {
            return null;
        }
        String word = d.lower(noun);
        int from = Math.max(0, d.tokens.get(noun).span().start() - REACH);
        for (int k = noun - 1; k >= 0 && d.tokens.get(k).span().start() >= from; k--) {
            if (!word.equals(d.lower(k)) || d.quoted(d.tokens.get(k).span())) {
                continue;
            }
            int start = SpeakerSentences.sentenceStart(d, d.tokens.get(k).span().start());
            Referent r = speakers.subject(d, start, SpeakerSentences.sentenceEnd(d, d.tokens.get(k).span().start()));
            return r != null && r.person() != null ? r : null;
        }
        return null;
    }

    /**
     * The token of the document's noun that is the cue's subject, with its determiner: right before the verb ("the letter
     * continued") or right after it (« poursuit la lettre »); else -1.
     */
    private static int subjectNoun(SpeakerDocument d, CueMatch cue) {
        DocumentAuthors papers = PAPERS;
        int before = cue.first() - 1;
        if (before >= 1 && Tokens.isWord(d.tokens.get(before)) && papers.paper(d, before)
                && Tokens.isWord(d.tokens.get(before - 1))) {
            return before;
        }
        int after = cue.last() + 2;
        return after < d.tokens.size() && Tokens.isWord(d.tokens.get(after)) && papers.paper(d, after) ? after : -1;
    }
}
