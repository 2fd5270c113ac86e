package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.model.Speaker;
import org.retour.model.Span;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Finds the organisation behind a report that a cue gives a quote to ("“…,” the report says", "according
 * to the study", "The authors warn … “…,” they write"): the organisation named as its author at the
 * latest mention of a report before the cue ("The study by the Soufan Center", "the ICSR
 * report", "EU experts said in a report"). Words come from {@code org/retour/speaker/reports.txt}. One of the
 * bodies {@link BodySpeakers} weighs.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportSpeakers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/reports.txt";
    /** How many tokens after a report's noun its author may start ("the study by the Geneva-based CRR"). */
    static final int AUTHOR_TOKENS = 6;
    /** How many words of a paragraph's start may hold "The authors" that a later "they write" stands for. */
    static final int OPENING_WORDS = 3;

    /** What a word of the resource says. */
    enum Kind { REPORT, AUTHOR, BY, DET }

    private final Map<String, Map<String, Kind>> byLanguage;

    ReportSpeakers(List<String> lines) {
        Map<String, Map<String, Kind>> m = ResourceLines.kindsByLanguage(lines, Kind.class, "reports", false);
        this.byLanguage = m;
    }

    /** The bundled words. */
    static ReportSpeakers bundled() {
        return new ReportSpeakers(ResourceLines.classpath(RESOURCE));
    }

    private Kind kind(SpeakerDocument d, int k) {
        Map<String, Kind> m = byLanguage.get(d.lang);
        return m == null || k < 0 || k >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k)) ? null
                : m.get(d.lower(k).replace('’', '\''));
    }

    /** An organisation speaking through a cue, or null, with that cue. */
    record Spoken(Speaker speaker, CueMatch cue) {
    }

    /**
     * The organisation that speaks through the cue {@code used} (or else the cue after, then before, the
     * quote): beside it ("the UN said", "according to the ministry"), else as a report's author ("the
     * report says"); null when no cue was found.
     */
    Spoken organisation(SpeakerDocument d, CueMatch used, CueMatch after, CueMatch before) {
        if (used == null) {
            return null;
        }
        for (CueMatch c : new CueMatch[] {used, after, before}) {
            Speaker o = CueFinder.organisationAt(d, c);
            if (o != null) {
                return new Spoken(o, c);
            }
        }
        for (CueMatch c : new CueMatch[] {used, after, before}) {
            SpeakerDocument.OrganisationMention m = c == null ? null : OrganisationClauses.coordinatedSubject(d, c);
            if (m != null) {
                return new Spoken(CueFinder.organisationSpeaker(d, m.entity(), m.span()), c); // "The Pentagon warned … and urged"
            }
        }
        for (CueMatch c : new CueMatch[] {after, before}) {
            Speaker o = authorAt(d, c);
            if (o != null) {
                return new Spoken(o, c);
            }
        }
        return new Spoken(null, used);
    }

    /**
     * The organisation that wrote the report or statement a cue gives the words to (the report right
     * after a source cue first: "بحسب بيان لوزارة الهجرة"), official when it is a state body, else with the
     * voice organisation; null when the cue's subject or complement is no report.
     */
    Speaker authorAt(SpeakerDocument d, CueMatch cue) {
        if (cue == null || !aboutReport(d, cue)) {
            return null;
        }
        Entity author = null;
        for (int k = cue.last() + 1; k < Math.min(d.tokens.size(), cue.last() + 4) && author == null; k++) {
            author = kind(d, k) == Kind.REPORT ? authorOf(d, k) : null; // "بحسب بيان لوزارة الهجرة"
        }
        author = author != null ? author : author(d, cue.span().start());
        return author == null ? null : CueFinder.organisationSpeaker(d, author, author.mentions().get(0).span());
    }

    /**
     * The organisation that wrote the report named in the sentence before the quote's when the quote's sentence
     * opens with a phrase of reading in it (`ReportReading`: « Le rapport annuel du Contrôleur général … . On y lit
     * que « … » »); else null.
     */
    Speaker readIn(SpeakerDocument d, int open) {
        int own = SpeakerSentences.sentenceStart(d, open);
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(open)));
        if (previous < 0 || !ReportReading.bundled().opens(d.text, own, d.lang)) {
            return null;
        }
        for (int k = d.tokenAt(own) - 1; k >= 0 && d.tokens.get(k).span().start() >= previous; k--) {
            Entity author = kind(d, k) == Kind.REPORT ? authorOf(d, k) : null;
            if (author != null) {
                return CueFinder.organisationSpeaker(d, author, author.mentions().get(0).span());
            }
        }
        return null;
    }

    /** Whether a report or its authors stand beside the cue, or open the paragraph of a plural pronoun cue. */
    private boolean aboutReport(SpeakerDocument d, CueMatch cue) {
        if (cue.pronoun() != null) {
            if (!cue.pronoun().pronoun().plural()) {
                return false;
            }
            int k = d.tokenAt(d.paragraphStarts.get(d.paragraph(cue.span().start())));
            for (int words = 0; k < d.tokens.size() && words < OPENING_WORDS; k++) {
                if (Tokens.isWord(d.tokens.get(k))) {
                    words++;
                    if (kind(d, k) == Kind.AUTHOR || kind(d, k) == Kind.REPORT) {
                        return true;
                    }
                }
            }
            return false;
        }
        return reportAfter(d, cue.last() + 1) || !cue.source() && (reportBefore(d, cue.first() - 1) || opensSentence(d, cue));
    }

    /**
     * Whether the sentence of a verb cue opens with a report, its subject however far before the verb (« Un rapport
     * de l'inspection générale, remis en décembre, pointe « … » »): the report speaks, not a person named before.
     */
    boolean opensSentence(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null) {
            return false;
        }
        int k = d.tokenAt(SpeakerSentences.sentenceStart(d, cue.span().start()));
        if (kind(d, k) == Kind.DET) {
            k++;
        }
        return k < cue.first() && kind(d, k) == Kind.REPORT;
    }

    private boolean reportAfter(SpeakerDocument d, int k) {
        for (int i = k; i < k + 3; i++) {
            Kind w = kind(d, i);
            if (w == Kind.REPORT || w == Kind.AUTHOR) {
                return true;
            }
            if (w != Kind.DET && w != Kind.BY) { // "selon le rapport", "laut dem Bericht", "according to the report"
                return false;
            }
        }
        return false;
    }

    private boolean reportBefore(SpeakerDocument d, int k) {
        Kind w = kind(d, k);
        return w == Kind.REPORT || w == Kind.AUTHOR;
    }

    /** Whether a quotation mark or a sentence's end stands in {@code text[from, to)}. */
    private static boolean crossesMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\"“”«»„.!?".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The author named at the latest report mention before {@code before} that names one, or null. */
    private Entity author(SpeakerDocument d, int before) {
        for (int k = d.tokenAt(before) - 1; k >= 0; k--) {
            if (kind(d, k) != Kind.REPORT) {
                continue;
            }
            Entity e = authorOf(d, k);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * The organisation after "by" a few tokens after the report's noun or right after it, else the nearest one a few tokens
     * before it in its sentence ("the ICSR report", "EU experts said in a report").
     */
    private Entity authorOf(SpeakerDocument d, int k) {
        Span noun = d.tokens.get(k).span();
        int from = Math.max(SpeakerSentences.sentenceStart(d, noun.start()),
                d.tokens.get(Math.max(0, k - AUTHOR_TOKENS)).span().start());
        Entity before = null;
        boolean by = false;
        int limit = Math.min(d.tokens.size(), k + AUTHOR_TOKENS);
        for (int i = k + 1; i < limit && !by; i++) {
            by = kind(d, i) == Kind.BY;
        }
        int byEnd = limit < d.tokens.size() ? d.tokens.get(limit).span().end() : d.text.length();
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            Span m = o.span();
            if (by && m.start() > noun.end() && m.start() < byEnd
                    || m.start() > noun.end() && d.text.substring(noun.end(), m.start()).strip().length() <= 1) {
                return o.entity(); // "report by the ICSR", "بيان لوزارة الهجرة" (the preposition joined to the name)
            }
            if (m.end() <= noun.start() && m.start() >= from && !crossesMark(d.text, m.end(), noun.start())) {
                before = o.entity(); // not "“… people ISIS can exploit,” the statement said": the quote's words
            }
        }
        return before;
    }
}
