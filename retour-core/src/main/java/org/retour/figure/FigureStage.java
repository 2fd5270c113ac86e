package org.retour.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.FirstWords;
import org.retour.entity.PlaceGazetteer;
import org.retour.entity.ScratchArray;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.entity.WordSet;
import org.retour.model.DateMention;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.PublicationDate;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.time.NumberWords;

/**
 * Provides the figures of a document: a number or a vague amount ("244", "des dizaines", "about 850",
 * "rund 1000") followed by what it counts ("personnes", "Britons"), with what happened to them
 * (returned, killed…), the place and date of its sentence and who stated it.
 *
 * <p>Reads the person and quote layers when earlier stages provide them: a figure inside a quote is
 * stated by the quote's speaker, and a source found by its cue is named by the person's full name.
 */
public final class FigureStage implements Stage {

    /** How far after the number its noun may come: "244 personnes", "1,200 foreign fighters". */
    private static final int COUNTED_WINDOW = 2;
    /** Words that link an amount to its noun and widen the window by one ("des dizaines DE combattants"). */
    /** Words after which a second number tells what the first counts ("16 OF the 31 returnees"). */
    private static final WordSet PARTITIVES = WordSet.of(Set.of("of", "sur", "von"));
    /**
     * The smallest number written in words that is a figure: "deux camarades", "two men" tell a story,
     * officials' figures are larger (or in digits).
     */
    private static final int MIN_WORD_FIGURE = 5;
    private static final WordSet LINKS = WordSet.of(Set.of("de", "d'", "of", "des", "du", "von", "der", "من"));

    private final FigureLexicon lex;
    private final CueSourceFinder sources;
    private final ContextSource context;
    private final FigureCircumstances circumstances;
    /** The words a modifier ("about", "plus de") or a vague amount ("des dizaines") begins with. */
    private final FirstWords amountStarts;

    public FigureStage(FigureLexicon lex, CueSourceFinder sources, PlaceGazetteer places) {
        this.lex = Objects.requireNonNull(lex);
        this.sources = Objects.requireNonNull(sources);
        this.context = new ContextSource(lex, sources);
        this.circumstances = new FigureCircumstances(lex, places);
        this.amountStarts = FirstWords.of(lex.modifiers, lex.amounts);
    }

    /** The stage with the bundled lexicon and gazetteer. */
    public static FigureStage bundled() {
        FigureLexicon lex = FigureLexicon.bundled();
        return new FigureStage(lex, new CueSourceFinder(lex), PlaceGazetteer.bundled());
    }

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.DATES, Layers.PUBLICATION, Layers.PLACES,
                Layers.ORGANIZATIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.FIGURES);
    }

    /**
     * Per token of the document being read on this thread: whether it lies in a date, the entity naming
     * it, whether that is a person, the name the entity goes by there, and the speaker quoted there.
     */
    private static final ScratchArray.Booleans IN_DATE = new ScratchArray.Booleans();
    private static final ScratchArray<Entity> BY_TOKEN = new ScratchArray<>(Entity[]::new);
    private static final ScratchArray.Booleans PERSON = new ScratchArray.Booleans();
    private static final ScratchArray<String> NAMES = new ScratchArray<>(String[]::new);
    private static final ScratchArray<String> QUOTED_BY = new ScratchArray<>(String[]::new);

    @Override
    public Analysis apply(Analysis analysis) {
        TokenView v = TokenView.of(analysis);
        int n = v.size();
        boolean[] inDate = IN_DATE.cleared(n);
        for (DateMention d : analysis.list(Layers.DATES)) {
            mark(v, d.span(), inDate);
        }
        List<Entity> persons = analysis.list(Layers.PERSONS);
        Entity[] byToken = BY_TOKEN.cleared(n);
        boolean[] person = PERSON.cleared(n);
        String[] names = NAMES.cleared(n);
        for (List<Entity> layer : List.of(analysis.list(Layers.ORGANIZATIONS), analysis.list(Layers.PLACES), persons)) {
            for (Entity e : layer) {
                for (Mention m : e.mentions()) {
                    // a person by their full name; an organisation as this sentence names it
                    String name = e.type() == EntityType.ORGANIZATION ? m.text() : e.canonical();
                    for (int k = v.indexAt(m.span().start()); k < n && v.start(k) < m.span().end(); k++) {
                        byToken[k] = e;
                        person[k] = e.type() == EntityType.PERSON;
                        names[k] = name;
                    }
                }
            }
        }
        String[] quotedBy = QUOTED_BY.cleared(n);
        for (Quote q : analysis.list(Layers.QUOTES)) {
            Speaker sp = q.attribution().speaker();
            if (sp != null && sp.name() != null) {
                for (int k = v.indexAt(q.span().start()); k < n && v.start(k) < q.span().end(); k++) {
                    quotedBy[k] = sp.name();
                }
            }
        }
        CueSourceFinder.EntityIndex ix = new CueSourceFinder.EntityIndex(byToken, person, names, inDate,
                analysis.find(Layers.LANGUAGE).map(l -> l.code()).orElse(null));
        PublicationDate pub = analysis.find(Layers.PUBLICATION).orElse(null);
        List<DateMention> dates = analysis.list(Layers.DATES);
        List<Figure> out = new ArrayList<>();
        List<Sentence> sentences = analysis.get(Layers.SENTENCES);
        // per sentence, its first and last token, in two arrays rather than a pair per sentence
        int[] firsts = new int[sentences.size()];
        int[] lasts = new int[sentences.size()];
        for (int r = 0; r < sentences.size(); r++) {
            Span s = sentences.get(r).span();
            firsts[r] = v.indexAt(s.start());
            lasts[r] = v.indexAt(s.end()) - 1;
        }
        String paragraphSource = null;
        for (int r = 0; r < firsts.length; r++) {
            int from = firsts[r];
            int to = lasts[r];
            if (r > 0 && from < v.size() && v.lineBreakBefore(from)) {
                paragraphSource = null;
            }
            int before = out.size();
            for (int i = from; i <= to; i++) {
                int end = figureAt(v, i, from, to, inDate, ix, quotedBy, persons, dates, pub, out);
                if (end > i) {
                    i = end;
                }
            }
            String sentenceSource = null;
            for (int f = before; f < out.size(); f++) {
                Figure fig = out.get(f);
                if (ownedByEarlier(fig.source())) {
                    // "Selon ses chiffres, 203 personnes…": the figures belong to whoever spoke just before
                    String owner = context.earlier(v, firsts, lasts, r, quotedBy, ix, persons);
                    fig = withSource(fig, owner);
                    out.set(f, fig);
                }
                if (fig.source() == null) {
                    String lang = sentences.get(r).language();
                    String s = context.subject(v, from, v.indexAt(fig.span().start()), ix, lang);
                    s = s != null ? s : sentenceSource != null ? sentenceSource
                            : context.earlier(v, firsts, lasts, r, quotedBy, ix, persons);
                    fig = withSource(fig, s != null ? s : paragraphSource);
                    out.set(f, fig);
                }
                sentenceSource = fig.source() != null ? fig.source() : sentenceSource;
                paragraphSource = sentenceSource != null ? sentenceSource : paragraphSource;
            }
        }
        return analysis.with(Layers.FIGURES, out);
    }

    private int figureAt(TokenView v, int i, int from, int to, boolean[] inDate, CueSourceFinder.EntityIndex ix,
                         String[] quotedBy, List<Entity> persons, List<DateMention> dates, PublicationDate pub, List<Figure> out) {
        if (inDate[i] || !(v.isWord(i) || v.kind(i) == Token.Kind.NUMBER)) {
            return -1;
        }
        if (v.kind(i) != Token.Kind.NUMBER && !amountStarts.mayStartAt(v, i) && lex.numbers.word(v, i) == null) {
            // a word that begins no modifier or vague amount and is no number word begins no figure
            return -1;
        }
        int q = i;
        FigureLexicon.Modifier mod = null;
        TokenTrie.Match<FigureLexicon.Modifier> mm = lex.modifiers.longestAt(v, i);
        if (mm != null && mm.last() < to && mm.value() != FigureLexicon.Modifier.RANGE_AND) {
            mod = mm.value();
            q = mm.last() + 1;
        }
        if (inDate[q]) {
            return -1;
        }
        double value;
        Double low = null;
        Double high = null;
        boolean approximate = mod == FigureLexicon.Modifier.APPROXIMATELY;
        int qEnd;
        TokenTrie.Match<FigureLexicon.Amount> am = lex.amounts.longestAt(v, q);
        Double digits = am == null && v.kind(q) == Token.Kind.NUMBER ? NumberWords.digits(v.surface(q)) : null;
        if (am != null) {
            value = am.value().value();
            low = am.value().low();
            high = am.value().high();
            approximate = true;
            qEnd = am.last();
        } else if (digits != null) {
            value = digits;
            qEnd = q;
            Double upper = mod == FigureLexicon.Modifier.BETWEEN ? upperBound(v, q, to) : null;
            if (upper != null) {
                low = value;
                high = upper;
                qEnd = rangeEnd(v, q);
            }
        } else {
            Integer word = v.isWord(q) ? lex.numbers.word(v, q) : null;
            if (word == null || word < MIN_WORD_FIGURE) {
                return -1;
            }
            value = word;
            qEnd = q;
        }
        int counted = -1;
        String demonym = null;
        int window = qEnd + 2 < v.size() && LINKS.contains(v, qEnd + 1) ? COUNTED_WINDOW + 1 : COUNTED_WINDOW;
        for (int k = qEnd + 1; k <= Math.min(to, qEnd + window); k++) {
            if (!v.isWord(k) && !"'".equals(v.key(k))) {
                break;
            }
            TokenTrie.Match<Boolean> c = lex.counted.longestAt(v, k);
            if (c != null) {
                counted = c.last();
                break;
            }
            TokenTrie.Match<String> d = lex.demonyms.at(v, k);
            if (d != null) {
                counted = d.last();
                demonym = d.value();
                break;
            }
        }
        if (counted < 0 && qEnd + 2 <= to && PARTITIVES.contains(v, qEnd + 1)) {
            // "16 of the city's 31 known returnees": the first number counts what the second one does
            for (int k = qEnd + 2; k <= Math.min(to, qEnd + 6) && counted < 0; k++) {
                if (v.kind(k) == Token.Kind.NUMBER) {
                    for (int c = k + 1; c <= Math.min(to, k + COUNTED_WINDOW + 1) && counted < 0; c++) {
                        TokenTrie.Match<Boolean> cm = lex.counted.longestAt(v, c);
                        TokenTrie.Match<String> dm = cm == null ? lex.demonyms.at(v, c) : null;
                        counted = cm != null ? cm.last() : dm != null ? dm.last() : -1;
                        demonym = dm != null ? dm.value() : null;
                    }
                }
            }
        }
        if (counted < 0 && (mod != null || am != null || !yearLike(v, q, qEnd))
                && !(qEnd + 1 <= to && lex.measures.contains(v.key(qEnd + 1)))) {
            // "about 60 have returned", "rund 300 davon sind zurückgekehrt", "une centaine y auraient trouvé
            // la mort", "dont 16 sont revenues": what happened says what is counted
            for (int k = qEnd + 1; k <= Math.min(to, qEnd + 3) && v.isWord(k) && counted < 0; k++) {
                TokenTrie.Match<String> cm = lex.counts.longestAt(v, k);
                counted = cm != null ? cm.last() : -1;
            }
        }
        if (counted < 0 && high != null && mod == FigureLexicon.Modifier.BETWEEN) {
            // "the number of fighters at between 19,000 and 25,000": what a range counts may come before it
            for (int k = i - 1; k >= Math.max(from, i - 12) && counted < 0; k--) {
                if (lex.counted.longestAt(v, k) != null) {
                    counted = qEnd;
                }
            }
        }
        if (counted < 0) {
            return qEnd;
        }
        if (mod == FigureLexicon.Modifier.AT_LEAST) {
            low = value;
        } else if (mod == FigureLexicon.Modifier.AT_MOST) {
            high = value;
        }
        if (am != null && mod == null && circumstances.counts(v, from, to, i, counted) == null) {
            // "des centaines de femmes", "dozens of people": a vague amount is a figure when it says what happened
            return counted;
        }
        Span span = v.span(i, counted);
        String source = quotedBy[i] != null ? quotedBy[i]
                : sources.find(v, ContextSource.afterDateline(v, from, i), to, i, counted, ix, persons);
        out.add(new Figure(span, span.of(v.text()), value, low, high, approximate,
                circumstances.counts(v, from, to, i, counted),
                demonym != null ? demonym : circumstances.place(v, from, to, i, counted, ix),
                FigureCircumstances.date(span, v, from, to, dates, pub), source));
        return counted;
    }

    /** The upper bound of a range whose lower bound is token {@code q} ("19,000 and 25,000"), or null. */
    private Double upperBound(TokenView v, int q, int to) {
        if (q + 2 > to) {
            return null;
        }
        TokenTrie.Match<FigureLexicon.Modifier> and = lex.modifiers.longestAt(v, q + 1);
        int n = and == null ? -1 : and.last() + 1;
        if (and == null || and.value() != FigureLexicon.Modifier.RANGE_AND || n > to || v.kind(n) != Token.Kind.NUMBER) {
            return null;
        }
        return NumberWords.digits(v.surface(n));
    }

    /** The last token of the range whose lower bound is token {@code q}. */
    private int rangeEnd(TokenView v, int q) {
        return lex.modifiers.longestAt(v, q + 1).last() + 1;
    }

    /** Whether a source phrase opens with a possessive ("ses chiffres"): its owner was named before. */
    private boolean ownedByEarlier(String source) {
        if (source == null) {
            return false;
        }
        int sp = source.indexOf(' ');
        return sp > 0 && lex.possessives.contains(org.retour.entity.Fold.key(source.substring(0, sp)));
    }

    /** Whether the number of tokens {@code q..qEnd} reads as a year ("2015"), which happens rather than counts. */
    private static boolean yearLike(TokenView v, int q, int qEnd) {
        String s = v.surface(q);
        return q == qEnd && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"))
                && s.chars().allMatch(Character::isDigit);
    }

    private static Figure withSource(Figure f, String source) {
        return source == null ? f : new Figure(f.span(), f.text(), f.value(), f.low(), f.high(), f.approximate(),
                f.counts(), f.place(), f.date(), source);
    }

    private static void mark(TokenView v, Span span, boolean[] marks) {
        for (int k = v.indexAt(span.start()); k < v.size() && v.start(k) < span.end(); k++) {
            marks[k] = true;
        }
    }
}
