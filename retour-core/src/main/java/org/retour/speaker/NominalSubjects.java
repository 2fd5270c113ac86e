package org.retour.speaker;

import static org.retour.speaker.SpeakerSentences.sentenceStart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retour.model.Span;
import org.retour.person.Gender;
import org.retour.person.PersonDescription;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * A noun phrase that is the subject of a verb cue and names no person: an article opens the words between the start of
 * the cue's clause and its verb (« Un observateur du procès estime que … », "The state prosecutor's office said that
 * …", „Ein Befragter habe gesagt: …“), past one clause set off by commas (« Un voisin, plus réservé, glisse qu'il …
 * »), or an indefinite one follows a verb that comes after its quote (« « … ? », demande un élève »). No word of the
 * phrase heads a person's description and no person is mentioned in it, so the resolver found no one there: the
 * words are that phrase's, an organisation's or someone's it does not describe, and not the previous speaker's going
 * on. A written thing in the phrase (« un communiqué du ministère ») leaves its words to the rules of letters and
 * documents. The words come from {@code nominal-subjects.txt}.
 *
 * <p>Design decision: a definite phrase counts only before its verb and with two words or more after its article
 * (« La Fédération française de natation précise que »): a short one (« le conseil », "the dad-of-one") or one after
 * an inverted verb (« …, poursuit le Carolo », „…“, sagte der frühere Beamte) mostly takes up the person just named
 * by a word the lexicon does not know.
 *
 * <p>Reads a bounded window of tokens around the cue. Immutable and thread-safe.
 */
final class NominalSubjects {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/nominal-subjects.txt";
    /** The most words a subject phrase has. */
    static final int MAX_WORDS = 10;

    /** What a word of the resource is. */
    enum Kind { INDEFINITE, DEFINITE, REFLEXIVE, DOCUMENT, LINK }

    private final Map<String, Map<String, Kind>> byLanguage;
    private final PersonLexicon lexicon;
    private final SpeechCues cues;

    NominalSubjects(List<String> lines, PersonLexicon lexicon, SpeechCues cues) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "nominal-subjects", false);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.cues = Objects.requireNonNull(cues);
    }

    /** The bundled words, with the person words of {@code lexicon} and the emphasis words of {@code cues}. */
    static NominalSubjects bundled(PersonLexicon lexicon, SpeechCues cues) {
        return new NominalSubjects(ResourceLines.classpath(RESOURCE), lexicon, cues);
    }

    /** The tokens from {@code start} to {@code end} of a subject phrase. */
    private record Phrase(int start, int end) {
    }

    /**
     * The unnamed subject of the verb of {@code cue} when it is a noun phrase naming no person, its words as its
     * description; else null. {@code outer} is the end of the quote, past its closing mark.
     */
    Referent subject(SpeakerDocument d, CueMatch cue, int outer) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        if (words == null || cue == null || cue.source() || cue.pronoun() != null) {
            return null;
        }
        Phrase p = before(d, words, cue);
        p = p == null && cue.span().start() >= outer ? after(d, words, cue) : p;
        if (p == null) {
            return null;
        }
        int end = p.start();
        while (end < p.end() && !verbal(d, words, end + 1)) {
            end++; // « une de ses clientes lui avait confié »: the description stops before the verb's own words
        }
        Span span = new Span(d.tokens.get(p.start()).span().start(), d.tokens.get(end).span().end());
        String role = new Span(d.tokens.get(Math.min(p.start() + 1, end)).span().start(), span.end()).of(d.text);
        return new Referent(span, null, new PersonDescription(span, span.of(d.text), role, Gender.UNKNOWN,
                words.get(d.lower(p.start())) == Kind.DEFINITE), Gender.UNKNOWN);
    }

    /** The noun phrase naming no person that opens the cue's clause and runs up to its verb, or null. */
    private Phrase before(SpeakerDocument d, Map<String, Kind> words, CueMatch cue) {
        int sentence = d.tokenAt(sentenceStart(d, d.tokens.get(cue.first()).span().start()));
        int end = cue.first() - 1;
        while (end >= sentence && word(d, end) && words.get(d.lower(end)) == null
                && (cues.kind(d.lower(end), d.lang) == SpeechCues.Kind.EMPHASIS || cues.clitic(d.lower(end), d.lang))) {
            end--; // "the ministry also said", « La praticienne y décrit »
        }
        if (end < sentence || !word(d, end) || words.get(d.lower(end)) != null) {
            return null; // « le départ s'explique par », « revient au prévenu », « pour l'analyse »: no verb of speech
        }
        for (int skipped = 0; skipped < 2; skipped++) {
            int start = end;
            while (start > sentence && word(d, start - 1) && end - start + 1 < MAX_WORDS) {
                start--;
            }
            boolean opensClause = start == sentence || !word(d, start - 1);
            Kind article = words.get(d.lower(start));
            if (opensClause && (article == Kind.INDEFINITE || article == Kind.DEFINITE && end - start >= 2)) {
                return nameless(d, words, start, end) ? new Phrase(start, end) : null;
            }
            if (!opensClause || start - 2 < sentence || !comma(d, start - 1) || !comma(d, end + 1)
                    || !word(d, start - 2)) {
                return null;
            }
            end = start - 2; // « Un voisin, plus réservé, glisse »: past the clause set off by commas
        }
        return null;
    }

    /** The indefinite noun phrase naming no person right after the cue's verb, up to the next punctuation, or null. */
    private Phrase after(SpeakerDocument d, Map<String, Kind> words, CueMatch cue) {
        int start = cue.last() + 1;
        if (!word(d, start) || words.get(d.lower(start)) != Kind.INDEFINITE) {
            return null;
        }
        int end = start;
        while (word(d, end + 1) && end - start + 1 < MAX_WORDS) {
            end++;
        }
        return end > start && nameless(d, words, start, end) ? new Phrase(start, end) : null;
    }

    /**
     * Whether the words from token {@code start} to {@code end} mention no person, and none heads a description or
     * names a written thing.
     */
    private boolean nameless(SpeakerDocument d, Map<String, Kind> words, int start, int end) {
        if (!d.referents.within(d.tokens.get(start).span().start(), d.tokens.get(end).span().end()).isEmpty()) {
            return false;
        }
        for (int k = start + 1; k <= end; k++) {
            if (lexicon.headOrPlural(d.lower(k), d.lang) || lexicon.is(PersonLexicon.Kind.PRON, d.lower(k), d.lang)
                    || words.get(d.lower(k)) == Kind.DOCUMENT) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} belongs to the verb of the clause: an object pronoun, a reflexive, an auxiliary. */
    private boolean verbal(SpeakerDocument d, Map<String, Kind> words, int k) {
        String w = d.lower(k);
        return lexicon.is(PersonLexicon.Kind.CLITIC, w, d.lang) || words.get(w) == Kind.REFLEXIVE
                || cues.kind(w, d.lang) == SpeechCues.Kind.AUX;
    }

    private static boolean word(SpeakerDocument d, int k) {
        return k >= 0 && k < d.tokens.size() && Tokens.isWord(d.tokens.get(k));
    }

    private static boolean comma(SpeakerDocument d, int k) {
        return k >= 0 && k < d.tokens.size() && Tokens.is(d.text, d.tokens.get(k), ",");
    }
}
