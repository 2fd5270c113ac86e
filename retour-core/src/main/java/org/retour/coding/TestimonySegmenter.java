package org.retour.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retour.model.DetectedLanguage;
import org.retour.model.Entity;
import org.retour.model.Mention;
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
 * <p>Stateless and thread-safe.
 */
final class TestimonySegmenter {

    private static final int DEFECTOR = 1;
    private static final int RETURNEE = 2;
    private static final int SPEECH = 4;
    private static final int MOTIVE = 8;
    private static final int TESTIMONY = 16;
    private static final int FIRST_PERSON = 32;
    private static final int REPORTED = 64;
    private static final int REPORTER = 128;
    /** How many words before reported speech its subject may be ("Le ministre de l'Intérieur dit avoir…"). */
    static final int SUBJECT_WINDOW = 6;
    /** How many sentences away narration may be to continue the testimony of a defector's own quote. */
    static final int CONTINUATION = 2;

    /** A segment with its words. */
    record Unit(Segment segment, CueTokens tokens) {
    }

    private final CodingLexicon lexicon;
    private final boolean allVoices;

    TestimonySegmenter(CodingLexicon lexicon, boolean allVoices) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.allVoices = allVoices;
    }

    boolean allVoices() {
        return allVoices;
    }

    /** The segments of {@code a} in text order: quotes first in their sentence, then the narration. */
    List<Unit> segments(Analysis a) {
        String text = a.text();
        String docLang = a.find(Layers.LANGUAGE).map(DetectedLanguage::code).orElse(a.document().language());
        List<Sentence> sentences = a.list(Layers.SENTENCES);
        List<Quote> quotes = new ArrayList<>(a.list(Layers.QUOTES));
        quotes.removeIf(q -> q.span().end() > text.length());
        quotes.sort(Comparator.comparing(Quote::span));
        List<Quote> outer = outermost(quotes);

        CueTokens all = CueTokens.of(text);
        Map<String, Integer> described = new HashMap<>();
        Persons persons = persons(a, docLang, described);
        int[] flags = new int[sentences.size()];
        CueTokens[] sentenceTokens = new CueTokens[sentences.size()];
        List<List<Span>> sentenceRanges = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Span> ranges = minus(s.span(), outer);
            sentenceRanges.add(ranges);
            sentenceTokens[i] = all.slice(ranges);
            flags[i] = flags(sentenceTokens[i], language(s, docLang), persons);
        }
        personFlags(a, sentences, flags, docLang, described);
        boolean context = false;
        for (int f : flags) {
            context |= (f & (DEFECTOR | RETURNEE | TESTIMONY)) != 0;
        }

        List<Unit> out = new ArrayList<>();
        String[] ownHolder = new String[sentences.size()];
        Speaker lastSpeaker = null;
        String lastHolder = null;
        int lastSentence = -10;
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            int si = sentenceAt(sentences, q.span().start());
            String lang = q.language() != null ? q.language() : si >= 0 ? language(sentences.get(si), docLang) : docLang;
            List<Span> ranges = minus(q.span(), children(quotes, qi));
            CueTokens tokens = all.slice(ranges);
            Speaker sp = q.attribution().speaker();
            Voice voice = sp == null ? Voice.UNKNOWN : sp.voice();
            String holder = null;
            String reportedBy = null;
            int own = flags(tokens, lang);
            int describedFlags = describedAs(sp, lang, described);
            if (voice == Voice.DEFECTOR || voice == Voice.RETURNEE) {
                holder = voice.label();
                context = true;
            } else if ((describedFlags & (DEFECTOR | RETURNEE)) != 0) {
                holder = holder(describedFlags);
            } else if (!reports(voice) && (own & FIRST_PERSON) != 0) {
                holder = holder(own | sentenceFlags(flags, sentences, q.span()));
                reportedBy = voice == Voice.RELATIVE ? reporter(sp, voice) : null;
            } else {
                int f = own | sentenceFlags(flags, sentences, q.span());
                if ((f & (DEFECTOR | RETURNEE | TESTIMONY)) != 0 || voice == Voice.RELATIVE) {
                    int before = si > 0 ? flags[si - 1] : 0;
                    holder = holder(f | (before & RETURNEE));
                } else if (lastHolder != null && sameSpeaker(sp, lastSpeaker) && si - lastSentence <= 2) {
                    holder = lastHolder;
                } else if (voice == Voice.UNKNOWN && context && si >= 0 && near(flags, si, DEFECTOR | RETURNEE | TESTIMONY)) {
                    holder = holder(near(flags, si, RETURNEE) ? RETURNEE : DEFECTOR);
                }
                if (holder != null && voice == Voice.UNKNOWN) {
                    reportedBy = null;
                } else if (holder != null) {
                    reportedBy = reporter(sp, voice);
                } else if (allVoices) {
                    holder = voice.label();
                }
            }
            if (holder != null && reportedBy != null) {
                lastSpeaker = sp;
                lastHolder = holder;
                lastSentence = si;
            }
            if (holder != null && reportedBy == null && si >= 0 && !allVoicesOwn(holder, voice)) {
                markOwn(ownHolder, sentences, q.span(), si, holder);
            }
            if (holder != null && tokens.size() > 0) {
                out.add(new Unit(new Segment(q.span(), ranges, lang, q.id(), holder, reportedBy), tokens));
            }
        }

        for (int i = 0; i < sentences.size(); i++) {
            CueTokens tokens = sentenceTokens[i];
            if (tokens.size() == 0) {
                continue;
            }
            Sentence s = sentences.get(i);
            String lang = language(s, docLang);
            int f = flags[i];
            boolean reported = ((f & (DEFECTOR | RETURNEE)) != 0 && (f & (SPEECH | MOTIVE)) != 0) || (f & TESTIMONY) != 0;
            String holder = reported ? holder(f) : null;
            if (holder == null && context && (f & REPORTED) != 0) {
                holder = holder(f | (near(flags, i, RETURNEE) ? RETURNEE : 0));
            }
            if (holder == null && (f & (SPEECH | MOTIVE | REPORTED)) != 0) {
                holder = nearby(ownHolder, i);
            }
            if (holder != null) {
                out.add(new Unit(new Segment(s.span(), sentenceRanges.get(i), lang, null, holder, Voice.JOURNALIST.label()), tokens));
            } else if (allVoices) {
                out.add(new Unit(new Segment(s.span(), sentenceRanges.get(i), lang, null, Voice.JOURNALIST.label(), null), tokens));
            }
        }
        out.sort(Comparator.comparing(u -> u.segment().span()));
        return out;
    }

    private int flags(CueTokens tokens, String lang) {
        return flags(tokens, lang, Persons.NONE);
    }

    private int flags(CueTokens tokens, String lang, Persons persons) {
        int f = 0;
        List<PatternIndex.Match<String>> matches = lexicon.testimony(tokens, lang);
        for (PatternIndex.Match<String> m : matches) {
            int k = kind(m.label());
            if (k == REPORTED && subject(tokens, matches, m, persons, lang) == REPORTER) {
                continue;
            }
            f |= k;
        }
        return f;
    }

    private static int kind(String label) {
        return switch (label) {
            case "defector" -> DEFECTOR;
            case "returnee" -> RETURNEE;
            case "speech" -> SPEECH;
            case "motive" -> MOTIVE;
            case "first-person" -> FIRST_PERSON;
            case "reported" -> REPORTED;
            case "reporter" -> REPORTER;
            default -> TESTIMONY;
        };
    }

    /**
     * Who the subject of reported speech {@code m} is: {@link #REPORTER} when the nearest person word or
     * person mention before it in its sentence (in Arabic, when there is none, the word right after the
     * verb) is an official's, researcher's or journalist's; {@link #DEFECTOR} when it is a former fighter's;
     * 0 when unknown.
     */
    private static int subject(CueTokens tokens, List<PatternIndex.Match<String>> matches, PatternIndex.Match<String> m,
                               Persons persons, String lang) {
        int k = m.start();
        while (k > 0 && m.start() - k < SUBJECT_WINDOW && tokens.boundaryBefore(k) != CueTokens.SENTENCE) {
            k--;
        }
        int best = -1;
        int who = 0;
        if (k < m.start()) {
            int from = tokens.start(k);
            int to = tokens.start(m.start());
            for (PatternIndex.Match<String> x : matches) {
                int kx = kind(x.label());
                if ((kx & (REPORTER | DEFECTOR | RETURNEE)) != 0 && x.start() >= k && x.end() <= m.start()
                        && tokens.end(x.end() - 1) > best) {
                    best = tokens.end(x.end() - 1);
                    who = kx == REPORTER ? REPORTER : DEFECTOR;
                }
            }
            int p = persons.lastEndIn(from, to);
            if (p >= 0 && persons.ends[p] > best) {
                best = persons.ends[p];
                who = persons.kinds[p];
            }
        }
        if (who == 0 && lang.equals("ar") && m.start() + 1 < tokens.size()
                && tokens.boundaryBefore(m.start() + 1) == CueTokens.NONE) {
            int next = m.start() + 1;
            for (PatternIndex.Match<String> x : matches) {
                if (x.start() == next && kind(x.label()) == REPORTER) {
                    return REPORTER;
                }
            }
            int p = persons.lastEndIn(tokens.start(next), tokens.end(next));
            if (p >= 0) {
                who = persons.kinds[p];
            }
        }
        return who;
    }

    /**
     * The mentions of persons whose role or description says who they are, by end offset: {@link #REPORTER}
     * for officials, researchers and journalists, {@link #DEFECTOR} for former fighters and returnees.
     */
    private record Persons(int[] ends, int[] kinds) {
        static final Persons NONE = new Persons(new int[0], new int[0]);

        /** The index of the last mention ending in {@code (from, to]}, or -1. */
        int lastEndIn(int from, int to) {
            int best = -1;
            for (int i = 0; i < ends.length && ends[i] <= to; i++) {
                if (ends[i] > from) {
                    best = i;
                }
            }
            return best;
        }
    }

    private Persons persons(Analysis a, String lang, Map<String, Integer> described) {
        List<long[]> marks = new ArrayList<>();
        for (Entity e : a.list(Layers.PERSONS)) {
            int f = describedAs(e.role(), lang, DEFECTOR | RETURNEE | REPORTER, described);
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.DESCRIPTION) {
                    f |= describedAs(m.text(), lang, DEFECTOR | RETURNEE | REPORTER, described);
                }
            }
            int kind = (f & (DEFECTOR | RETURNEE)) != 0 ? DEFECTOR : (f & REPORTER) != 0 ? REPORTER : 0;
            if (kind != 0) {
                for (Mention m : e.mentions()) {
                    marks.add(new long[] {m.span().end(), kind});
                }
            }
        }
        if (marks.isEmpty()) {
            return Persons.NONE;
        }
        marks.sort(Comparator.comparingLong(x -> x[0]));
        int[] ends = new int[marks.size()];
        int[] kinds = new int[marks.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = (int) marks.get(i)[0];
            kinds[i] = (int) marks.get(i)[1];
        }
        return new Persons(ends, kinds);
    }

    /**
     * Adds the defector and returnee flags of persons to the sentences that mention them: a person whose
     * role or description says former fighter or returnee makes each sentence naming, describing or
     * pointing at them (a linked pronoun) a sentence about a defector.
     */
    private void personFlags(Analysis a, List<Sentence> sentences, int[] flags, String lang,
                             Map<String, Integer> described) {
        for (Entity e : a.list(Layers.PERSONS)) {
            int f = describedAs(e.role(), lang, DEFECTOR | RETURNEE, described);
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.DESCRIPTION) {
                    f |= describedAs(m.text(), lang, DEFECTOR | RETURNEE, described);
                }
            }
            if (f == 0) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int si = sentenceAt(sentences, m.span().start());
                if (si >= 0) {
                    flags[si] |= f;
                }
            }
        }
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

    /** The defector and returnee flags of the words describing {@code sp} ("un ancien combattant"). */
    private int describedAs(Speaker sp, String lang, Map<String, Integer> described) {
        if (sp == null) {
            return 0;
        }
        return describedAs(sp.description(), lang, DEFECTOR | RETURNEE, described)
                | describedAs(sp.role(), lang, DEFECTOR | RETURNEE, described);
    }

    /**
     * The flags of {@code words} within {@code mask}; {@code described} keeps each description's flags for
     * the document, as the same roles and descriptions come back for every mention and quote.
     */
    private int describedAs(String words, String lang, int mask, Map<String, Integer> described) {
        if (words == null || words.isEmpty()) {
            return 0;
        }
        String key = lang + '\u0000' + words;
        Integer f = described.get(key);
        if (f == null) {
            f = flags(CueTokens.of(words), lang);
            described.put(key, f);
        }
        return f & mask;
    }

    /** Whether a voice speaks of others by trade (an official, researcher, journalist, organisation, recruiter). */
    private static boolean reports(Voice v) {
        return switch (v) {
            case OFFICIAL, RESEARCHER, JOURNALIST, ORGANISATION, RECRUITER -> true;
            default -> false;
        };
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

    private static String holder(int flags) {
        return (flags & RETURNEE) != 0 ? Voice.RETURNEE.label() : Voice.DEFECTOR.label();
    }

    private static String reporter(Speaker sp, Voice voice) {
        if (sp != null && sp.name() != null) {
            return sp.name();
        }
        if (sp != null && sp.description() != null) {
            return sp.description();
        }
        return voice.label();
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.entity() != null && b.entity() != null) {
            return a.entity().equals(b.entity());
        }
        return a.name() != null && a.name().equals(b.name());
    }

    private static int sentenceFlags(int[] flags, List<Sentence> sentences, Span span) {
        int f = 0;
        int i = sentenceAt(sentences, span.start());
        for (int k = Math.max(0, i); k < sentences.size() && sentences.get(k).span().start() < span.end(); k++) {
            if (sentences.get(k).span().overlaps(span) || k == i) {
                f |= flags[k];
            }
        }
        return f;
    }

    /** The index of the sentence holding {@code offset} (or the last one starting before it), or -1. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private static List<Quote> outermost(List<Quote> sorted) {
        List<Quote> out = new ArrayList<>();
        int end = -1;
        for (Quote q : sorted) {
            if (q.span().start() >= end) {
                out.add(q);
                end = q.span().end();
            } else if (q.span().end() > end) {
                out.add(q);
                end = q.span().end();
            }
        }
        return out;
    }

    private static List<Quote> children(List<Quote> sorted, int index) {
        Span parent = sorted.get(index).span();
        List<Quote> out = new ArrayList<>();
        for (int k = index + 1; k < sorted.size() && sorted.get(k).span().start() < parent.end(); k++) {
            Span s = sorted.get(k).span();
            if (parent.contains(s) && !s.equals(parent)) {
                out.add(sorted.get(k));
            }
        }
        return outermost(out);
    }

    /** The parts of {@code span} not covered by {@code holes} (sorted by start). */
    static List<Span> minus(Span span, List<Quote> holes) {
        List<Span> out = new ArrayList<>();
        int at = span.start();
        for (Quote q : holes) {
            Span h = q.span();
            if (h.end() <= at || h.start() >= span.end()) {
                if (h.start() >= span.end()) {
                    break;
                }
                continue;
            }
            if (h.start() > at) {
                out.add(new Span(at, h.start()));
            }
            at = Math.max(at, h.end());
        }
        if (at < span.end()) {
            out.add(new Span(at, span.end()));
        }
        return out;
    }
}
