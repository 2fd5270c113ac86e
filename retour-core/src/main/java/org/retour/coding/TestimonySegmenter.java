package org.retour.coding;

import static org.retour.coding.QuoteSpeakers.reporter;
import static org.retour.coding.QuoteSpeakers.reports;
import static org.retour.coding.QuoteSpeakers.sameSpeaker;
import static org.retour.coding.QuoteSpeakers.speakerless;
import static org.retour.coding.QuoteSpeakers.toldOf;
import static org.retour.coding.TestimonyFlags.COLLECTIVE;
import static org.retour.coding.TestimonyFlags.DEFECTOR;
import static org.retour.coding.TestimonyFlags.FIRST_PERSON;
import static org.retour.coding.TestimonyFlags.MOTIVE;
import static org.retour.coding.TestimonyFlags.OPINION;
import static org.retour.coding.TestimonyFlags.REPORTED;
import static org.retour.coding.TestimonyFlags.REPORTER;
import static org.retour.coding.TestimonyFlags.RETURNEE;
import static org.retour.coding.TestimonyFlags.SPEECH;
import static org.retour.coding.TestimonyFlags.TESTIMONY;
import static org.retour.coding.TestimonyFlags.WEIGHING;
import static org.retour.coding.TestimonyFlags.WITNESS;
import static org.retour.coding.TestimonyFlags.holder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.retour.model.DetectedLanguage;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Decides which parts of a document hold a defector's or returnee's view, and whose: quotes of
 * defectors and returnees; quotes of others that report what defectors say or suffer; sentences of
 * narration that report testimony or motives ("Certains membres rentrés se plaignent…"). With all
 * voices, every quote and sentence is a segment held by its own voice.
 *
 * <p>The words of each segment are looked up once in a {@link CueIndex}, for the testimony words
 * that decide here and for the codes' cues and scope words the coders read from the {@link Unit}.
 *
 * <p>Stateless and thread-safe.
 */
final class TestimonySegmenter {

    /** How many sentences away narration may be to continue the testimony of a defector's own quote. */
    static final int CONTINUATION = 2;

    /** A segment with its words and the cues found in them. */
    record Unit(Segment segment, CueTokens tokens, CueIndex.Found found) {
    }

    private final CueIndex index;
    private final boolean allVoices;

    /** A segmenter that looks words up in {@code index}. */
    TestimonySegmenter(CueIndex index, boolean allVoices) {
        this.index = Objects.requireNonNull(index);
        this.allVoices = allVoices;
    }

    /** A segmenter with the testimony words of {@code lexicon} and no codes. */
    TestimonySegmenter(CodingLexicon lexicon, boolean allVoices) {
        this(new CueIndex(null, lexicon), allVoices);
    }

    /** The index the segments' words are looked up in. */
    CueIndex index() {
        return index;
    }

    boolean allVoices() {
        return allVoices;
    }

    /** The segments of {@code a} in text order: quotes first in their sentence, then the narration. */
    List<Unit> segments(Analysis a) {
        return segments(a, null);
    }

    /**
     * The segments of {@code a} as {@link #segments(Analysis)} gives them, whose words are read into
     * {@code arrays} when not null: they may be read only while those arrays stay lent.
     */
    List<Unit> segments(Analysis a, WordArrays arrays) {
        String text = a.text();
        String docLang = a.find(Layers.LANGUAGE).map(DetectedLanguage::code).orElse(a.document().language());
        List<Sentence> sentences = a.list(Layers.SENTENCES);
        List<Quote> quotes = new ArrayList<>(a.list(Layers.QUOTES));
        quotes.removeIf(q -> q.span().end() > text.length());
        if (!Layout.inSpanOrder(quotes)) {
            quotes.sort(Comparator.comparing(Quote::span));
        }
        List<Quote> outer = Layout.outermost(quotes);

        CueTokens all = index.tokens(a, arrays);
        PersonRoles roles = new PersonRoles(index, a, docLang);
        PersonRoles.Marks persons = roles.marks();
        int[] flags = new int[sentences.size()];
        CueTokens[] sentenceTokens = new CueTokens[sentences.size()];
        CueIndex.Found[] sentenceCues = new CueIndex.Found[sentences.size()];
        List<List<Span>> sentenceRanges = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Span> ranges = Layout.minus(s.span(), outer, Layout.firstEndingAfter(outer, s.span().start()));
            sentenceRanges.add(ranges);
            sentenceTokens[i] = all.slice(ranges);
            String lang = language(s, docLang);
            sentenceCues[i] = index.find(sentenceTokens[i], lang);
            flags[i] = TestimonyFlags.of(sentenceTokens[i], sentenceCues[i], persons, lang);
        }
        roles.addTo(sentences, flags);
        boolean context = false;
        for (int f : flags) {
            context |= (f & (DEFECTOR | RETURNEE | TESTIMONY)) != 0;
        }

        List<Unit> out = new ArrayList<>();
        String[] ownHolder = new String[sentences.size()];
        Speaker lastSpeaker = null;
        String lastHolder = null;
        int lastSentence = -10;
        String lastOwnHolder = null;
        int lastOwnSentence = -10;
        EnclosingQuotes enclosing = new EnclosingQuotes(quotes);
        String[] quoteHolder = new String[quotes.size()];
        String[] quoteReporter = new String[quotes.size()];
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            int si = Layout.sentenceAt(sentences, q.span().start());
            String lang = q.language() != null ? q.language() : si >= 0 ? language(sentences.get(si), docLang) : docLang;
            List<Span> ranges = Layout.minus(q.span(), Layout.children(quotes, qi));
            CueTokens tokens = all.slice(ranges);
            CueIndex.Found found = index.find(tokens, lang);
            Speaker sp = q.attribution().speaker();
            Voice voice = sp == null ? Voice.UNKNOWN : sp.voice();
            String holder = null;
            String reportedBy = null;
            int own = TestimonyFlags.of(tokens, found, persons, lang);
            int describedFlags = roles.of(sp, lang);
            int parent = enclosing.of(qi);
            if (parent >= 0 && quoteHolder[parent] != null && (speakerless(sp) || toldOf(sp))) {
                // words told inside someone's testimony, nobody named for them (« L'émir nous a dit : “…” »), are part of it
                holder = quoteHolder[parent];
                reportedBy = quoteReporter[parent];
            } else if (voice == Voice.DEFECTOR || voice == Voice.RETURNEE) {
                holder = voice.label();
                context = true;
            } else if ((describedFlags & (DEFECTOR | RETURNEE)) != 0) {
                holder = holder(describedFlags);
            } else if (reports(voice) && (own & (FIRST_PERSON | WITNESS)) == (FIRST_PERSON | WITNESS) && (own & OPINION) == 0) {
                // a reporter's voice on words only someone who was there says ("On nous envoyait en première ligne")
                holder = holder(own | Layout.sentenceFlags(flags, sentences, q.span()) | (returneeDocument(flags) ? RETURNEE : 0));
            } else if ((reports(voice) || voice == Voice.OTHER || voice == Voice.RELATIVE)
                    && ((own & OPINION) | (framing(flags, sentences, q.span(), si) & (OPINION | WEIGHING))) != 0) {
                holder = allVoices ? voice.label() : null;
            } else if (!reports(voice) && (own & FIRST_PERSON) != 0) {
                holder = holder(own | Layout.sentenceFlags(flags, sentences, q.span()));
                reportedBy = voice == Voice.RELATIVE ? reporter(sp, voice) : null;
            } else {
                int f = own | Layout.sentenceFlags(flags, sentences, q.span());
                // many telling the same beside defectors ("They describe…"), a relative, a lawyer who is no prosecutor
                // (« Il voulait revoir sa mère », dit son avocate), or a judge retelling "He said that…" tell their story
                if ((f & (DEFECTOR | RETURNEE | TESTIMONY)) != 0 || voice == Voice.RELATIVE || told(flags, f, si)
                        || reports(voice) && RetoldAccount.retold(own, context, text, q.span())
                        || voice == Voice.OTHER && si >= 0 && near(flags, si, DEFECTOR | RETURNEE | TESTIMONY) && roles.counsel(sp, lang)) {
                    int before = si > 0 ? flags[si - 1] : 0;
                    holder = holder(f | (before & RETURNEE));
                } else if (lastHolder != null && sameSpeaker(sp, lastSpeaker) && si - lastSentence <= 2) {
                    holder = lastHolder;
                } else if (voice == Voice.UNKNOWN && context && si >= 0 && near(flags, si, DEFECTOR | RETURNEE | TESTIMONY)) {
                    holder = holder(near(flags, si, RETURNEE) ? RETURNEE : DEFECTOR);
                } else if (voice == Voice.UNKNOWN && lastOwnHolder != null && si >= 0 && si - lastOwnSentence <= CONTINUATION) {
                    // a quote nobody is named for, right after a former fighter's own quote, goes on with his words
                    holder = lastOwnHolder;
                }
                if (holder != null && voice == Voice.UNKNOWN) {
                    reportedBy = null;
                } else if (holder != null) {
                    reportedBy = reporter(sp, voice);
                } else if (allVoices) {
                    holder = voice.label();
                }
            }
            if (holder != null && !allVoicesOwn(holder, voice)) {
                quoteHolder[qi] = holder;
                quoteReporter[qi] = reportedBy;
            }
            if (holder != null && reportedBy != null) {
                lastSpeaker = sp;
                lastHolder = holder;
                lastSentence = si;
            }
            if (holder != null && reportedBy == null && si >= 0 && !allVoicesOwn(holder, voice)) {
                lastOwnHolder = holder;
                lastOwnSentence = Math.max(si, Layout.sentenceAt(sentences, q.span().end() - 1));
                markOwn(ownHolder, sentences, q.span(), si, holder);
            }
            if (holder != null && tokens.size() > 0) {
                out.add(new Unit(new Segment(q.span(), ranges, lang, q.id(), holder, reportedBy), tokens, found));
            }
        }

        int quoteUnits = out.size();
        InterviewTurns.Turns turns = INTERVIEWS.turns(text, sentences, roles.reporterLabels());
        boolean[] answers = turns.answers();
        boolean interview = interviewWithFighter(turns, sentences, roles, flags, context);
        boolean account = context && firstPersonAccount(sentenceTokens, flags)
                && !roles.firstIsReporter(text.length(), turns.interviewer());
        for (int i = 0; i < sentences.size(); i++) {
            CueTokens tokens = sentenceTokens[i];
            if (tokens.size() == 0) {
                continue;
            }
            if (interview && turns.questions()[i] && !allVoices && (flags[i] & REPORTED) == 0) {
                // the interviewer's question frames the answer and is nobody's testimony ("Some people say the brutality…");
                // his turn telling what the interviewee says ("Later, he says, his emir chose him…") is narration
                continue;
            }
            boolean ownAccount = account && (flags[i] & FIRST_PERSON) != 0 && (flags[i] & (OPINION | REPORTER)) == 0;
            if (answers[i] && interview || ownAccount) {
                // an interview's answers are the interviewee's own words: a former fighter's, in an article about one
                String lang = language(sentences.get(i), docLang);
                out.add(new Unit(new Segment(sentences.get(i).span(), sentenceRanges.get(i), lang, null,
                        holder(near(flags, i, RETURNEE) || returneeDocument(flags) ? RETURNEE : DEFECTOR), null), tokens,
                        sentenceCues[i]));
                continue;
            }
            Sentence s = sentences.get(i);
            String lang = language(s, docLang);
            int f = flags[i];
            boolean reported = ((f & (DEFECTOR | RETURNEE)) != 0 && (f & (SPEECH | MOTIVE)) != 0) || (f & TESTIMONY) != 0
                    || told(flags, f, i);
            // a prosecutor's or researcher's own account of why they left ("n'a quitté … que parce que") is nobody's testimony
            String holder = reported && (f & (OPINION | REPORTER)) != (OPINION | REPORTER) ? holder(f) : null;
            if (holder == null && context && (f & REPORTED) != 0) {
                holder = holder(f | (near(flags, i, RETURNEE) ? RETURNEE : 0));
            }
            if (holder == null && (f & (SPEECH | MOTIVE | REPORTED)) != 0 && (f & OPINION) == 0) {
                // a sentence giving the writer's own view ("My own view is that defeat explains…") borrows no holder
                holder = nearby(ownHolder, i);
            }
            if (holder != null) {
                out.add(new Unit(new Segment(s.span(), sentenceRanges.get(i), lang, null, holder, TestimonyFlags.JOURNALIST_LABEL), tokens,
                        sentenceCues[i]));
            } else if (allVoices) {
                out.add(new Unit(new Segment(s.span(), sentenceRanges.get(i), lang, null, TestimonyFlags.JOURNALIST_LABEL, null), tokens,
                        sentenceCues[i]));
            }
        }
        return UnitOrder.inTextOrder(out, quoteUnits);
    }

    /** The turns of question-and-answer interviews. */
    private static final InterviewTurns INTERVIEWS = InterviewTurns.bundled();

    /**
     * Whether the answers of an interview are a former fighter's: the article speaks of defectors or
     * returnees, or the answers speak in the first person; and the first person the article names
     * before the first answer, the interviewer left out, is not an official, researcher or journalist (an interview with a sociologue
     * who reports what returnees told her).
     */
    private static boolean interviewWithFighter(InterviewTurns.Turns turns, List<Sentence> sentences, PersonRoles roles,
            int[] flags, boolean context) {
        boolean[] answers = turns.answers();
        int first = -1;
        boolean firstPerson = false;
        for (int i = 0; i < answers.length; i++) {
            if (answers[i]) {
                first = first < 0 ? i : first;
                firstPerson |= (flags[i] & FIRST_PERSON) != 0;
            }
        }
        return first >= 0 && (context || firstPerson) && !roles.firstIsReporter(sentences.get(first).span().start(), turns.interviewer());
    }

    /** The fewest sentences of narration in the first person that make an article a first-person account. */
    private static final int MIN_ACCOUNT_SENTENCES = 6;

    /**
     * Whether the narration is a first-person account ("This is his account … I went because…", an
     * „Aufgezeichnet von …“ record): at least {@link #MIN_ACCOUNT_SENTENCES} of its sentences, and half of
     * them, speak in the first person.
     */
    private static boolean firstPersonAccount(CueTokens[] sentenceTokens, int[] flags) {
        int narration = 0;
        int first = 0;
        for (int i = 0; i < flags.length; i++) {
            if (sentenceTokens[i].size() > 0) {
                narration++;
                first += (flags[i] & FIRST_PERSON) != 0 ? 1 : 0;
            }
        }
        return first >= MIN_ACCOUNT_SENTENCES && 2 * first >= narration;
    }

    /**
     * The flags of the narration that frames a quote: its own sentence's words outside quotes ("estime-t-il",
     * "ويرى الباحث أن"), and the sentence before when the quote opens its sentence ("She is cautious about
     * such accounts. “Defectors have every reason…”").
     */
    private static int framing(int[] flags, List<Sentence> sentences, Span quote, int si) {
        if (si < 0) {
            return 0;
        }
        int f = Layout.sentenceFlags(flags, sentences, quote);
        if (si > 0 && quote.start() - sentences.get(si).span().start() <= 1) {
            f |= flags[si - 1];
        }
        return f;
    }

    /** Whether more sentences of the document speak of returnees than of defectors still away. */
    private static boolean returneeDocument(int[] flags) {
        int returnee = 0;
        int defector = 0;
        for (int f : flags) {
            returnee += (f & RETURNEE) != 0 ? 1 : 0;
            defector += (f & DEFECTOR) != 0 ? 1 : 0;
        }
        return returnee > defector;
    }

    /**
     * Whether words with {@code f} in sentence {@code i} tell what many say ("They describe a map that kept shrinking")
     * at most {@link #CONTINUATION} sentences from words about defectors, returnees or testimonies, who are those many.
     */
    private static boolean told(int[] flags, int f, int i) {
        return (f & COLLECTIVE) != 0 && i >= 0 && near(flags, i, DEFECTOR | RETURNEE | TESTIMONY);
    }

    /** Whether sentence {@code i} or one at most {@link #CONTINUATION} sentences before or after it has {@code mask}. */
    private static boolean near(int[] flags, int i, int mask) {
        for (int k = Math.max(0, i - CONTINUATION); k <= Math.min(flags.length - 1, i + CONTINUATION); k++) {
            if ((flags[k] & mask) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String language(Sentence s, String docLang) {
        return s.language() != null ? s.language() : docLang;
    }

    private boolean allVoicesOwn(String holder, Voice voice) {
        return allVoices && holder.equals(voice.label()) && voice != Voice.DEFECTOR && voice != Voice.RETURNEE;
    }

    /** Marks the sentences a defector's own quote spans with its holder. */
    private static void markOwn(String[] own, List<Sentence> sentences, Span span, int first, String holder) {
        for (int k = first; k < sentences.size() && sentences.get(k).span().start() < span.end(); k++) {
            own[k] = holder;
        }
    }

    /** The holder of a defector's own quote at most {@link #CONTINUATION} sentences from sentence {@code i}, or null. */
    private static String nearby(String[] own, int i) {
        for (int d = 0; d <= CONTINUATION; d++) {
            if (i - d >= 0 && own[i - d] != null) {
                return own[i - d];
            }
            if (i + d < own.length && own[i + d] != null) {
                return own[i + d];
            }
        }
        return null;
    }
}
