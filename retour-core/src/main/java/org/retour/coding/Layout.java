package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Span;

/**
 * Where quotes and sentences lie in a document: which sentence holds an offset, which quotes are
 * outermost or nested, and what is left of a span once quotes are cut out of it.
 */
final class Layout {

    private Layout() {
    }

    /**
     * Whether {@code quotes} are ordered by span already, as the quote stage gives them. Design decision:
     * checked before sorting them, as a sort through a key-extracting comparator cost a share of the
     * coding stage even on quotes in order.
     */
    static boolean inSpanOrder(List<Quote> quotes) {
        for (int k = 1; k < quotes.size(); k++) {
            if (quotes.get(k - 1).span().compareTo(quotes.get(k).span()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The index of the sentence holding {@code offset} (or the last one starting before it), or -1. */
    static int sentenceAt(List<Sentence> sentences, int offset) {
        return Sentence.indexStartingBefore(sentences, offset);
    }

    /** The union of the flags of the sentences {@code span} overlaps, from the one it starts in. */
    static int sentenceFlags(int[] flags, List<Sentence> sentences, Span span) {
        int f = 0;
        int i = sentenceAt(sentences, span.start());
        for (int k = Math.max(0, i); k < sentences.size() && sentences.get(k).span().start() < span.end(); k++) {
            if (sentences.get(k).span().overlaps(span) || k == i) {
                f |= flags[k];
            }
        }
        return f;
    }

    /**
     * The index of the first of {@code outermost} (as {@link #outermost} gives them, so their ends never
     * decrease) that ends after {@code offset}, or their number.
     */
    static int firstEndingAfter(List<Quote> outermost, int offset) {
        int lo = 0;
        int hi = outermost.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (outermost.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The quotes of {@code sorted} (by span) that no other quote encloses. Design decision: here and
     * below, lists are read by index, as these run for every quote and sentence of a document and an
     * iterator would be one more object each time.
     */
    static List<Quote> outermost(List<Quote> sorted) {
        List<Quote> out = new ArrayList<>(sorted.size());
        int end = -1;
        for (int k = 0; k < sorted.size(); k++) {
            Quote q = sorted.get(k);
            if (q.span().start() >= end || q.span().end() > end) {
                out.add(q);
                end = q.span().end();
            }
        }
        return out;
    }

    /** The outermost quotes nested in quote {@code index} of {@code sorted}. */
    static List<Quote> children(List<Quote> sorted, int index) {
        Span parent = sorted.get(index).span();
        List<Quote> out = null;
        for (int k = index + 1; k < sorted.size() && sorted.get(k).span().start() < parent.end(); k++) {
            Span s = sorted.get(k).span();
            if (parent.contains(s) && !s.equals(parent)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(sorted.get(k));
            }
        }
        // most quotes hold no other
        return out == null ? List.of() : outermost(out);
    }

    /** The parts of {@code span} not covered by {@code holes} (sorted by start), as an unmodifiable list. */
    static List<Span> minus(Span span, List<Quote> holes) {
        return minus(span, holes, 0);
    }

    /**
     * The parts of {@code span} not covered by the holes of {@code holes} (sorted by start) from position
     * {@code from} on, as an unmodifiable list. Design decision: the first two parts are held in locals and a
     * list is made only for a third, as a sentence mostly keeps one or two parts around its quotes.
     */
    static List<Span> minus(Span span, List<Quote> holes, int from) {
        if (from >= holes.size()) {
            return span.start() < span.end() ? List.of(span) : List.of();
        }
        Span first = null;
        Span second = null;
        List<Span> more = null;
        int at = span.start();
        int k = from;
        while (true) {
            // the next part runs from at to the start of the next hole that ends after it, or to the span's end
            while (k < holes.size() && holes.get(k).span().start() < span.end() && holes.get(k).span().end() <= at) {
                k++;
            }
            boolean hole = k < holes.size() && holes.get(k).span().start() < span.end();
            int end = hole ? holes.get(k).span().start() : span.end();
            if (end > at) {
                // a span no hole cuts (most sentences, which no quote lies in) is its own part, not a copy
                Span part = at == span.start() && end == span.end() ? span : new Span(at, end);
                if (first == null) {
                    first = part;
                } else if (second == null) {
                    second = part;
                } else {
                    if (more == null) {
                        more = new ArrayList<>();
                        more.add(first);
                        more.add(second);
                    }
                    more.add(part);
                }
            }
            if (!hole) {
                break;
            }
            at = Math.max(at, holes.get(k).span().end());
            k++;
        }
        return more != null ? List.copyOf(more) : second != null ? List.of(first, second) : first != null ? List.of(first) : List.of();
    }
}
