package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Span;

/** Where quotes lie: the outermost, the nested ones, and what is left of a span once quotes are cut out. */
class LayoutTest {

    private static int ids;

    private static Quote quote(int start, int end) {
        return new Quote("Q" + ids++, new Span(start, end), "", false, null, "fr", new Attribution.Unattributed());
    }

    @Test
    void aQuoteIsOutermostWhenItEndsAfterEveryQuoteKeptBeforeIt() {
        List<Quote> quotes = List.of(quote(0, 10), quote(2, 5), quote(2, 12), quote(12, 20), quote(14, 18));
        assertThat(Layout.outermost(quotes)).extracting(Quote::span)
                .containsExactly(new Span(0, 10), new Span(2, 12), new Span(12, 20));
    }

    @Test
    void aQuoteThatHoldsNoOtherHasNoChildren() {
        List<Quote> quotes = List.of(quote(0, 10), quote(2, 5), quote(12, 20));
        assertThat(Layout.children(quotes, 0)).extracting(Quote::span).containsExactly(new Span(2, 5));
        assertThat(Layout.children(quotes, 1)).isEmpty();
        assertThat(Layout.children(quotes, 2)).isEmpty();
        assertThat(Layout.minus(new Span(0, 20), Layout.outermost(quotes))).containsExactly(new Span(10, 12));
    }

    @Test
    void whatIsLeftOfASpanIsEveryOffsetNoQuoteCutOutCovers() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            List<Quote> quotes = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                int start = random.nextInt(60);
                quotes.add(quote(start, start + 1 + random.nextInt(20)));
            }
            quotes.sort(Comparator.comparing(Quote::span));
            List<Quote> outer = Layout.outermost(quotes);
            for (Quote q : quotes) {
                assertThat(outer.stream().anyMatch(o -> o.span().contains(q.span()))).as(q.span() + " in " + quotes).isTrue();
            }
            Span span = new Span(random.nextInt(40), 40 + random.nextInt(40));
            List<Span> left = Layout.minus(span, outer);
            for (int c = span.start(); c < span.end(); c++) {
                int at = c;
                boolean covered = outer.stream().anyMatch(q -> q.span().start() <= at && at < q.span().end());
                assertThat(left.stream().anyMatch(s -> s.start() <= at && at < s.end())).isEqualTo(!covered);
            }
            for (int qi = 0; qi < quotes.size(); qi++) {
                Span parent = quotes.get(qi).span();
                for (Quote child : Layout.children(quotes, qi)) {
                    assertThat(parent.contains(child.span()) && !parent.equals(child.span())).isTrue();
                }
            }
        }
    }

    @Test
    void whatIsLeftOfASpanCutFromAPositionOnIsWhatIsLeftCutByTheQuotesFromThere() {
        Random random = new Random(5);
        for (int round = 0; round < 2000; round++) {
            List<Quote> quotes = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                int start = random.nextInt(80);
                quotes.add(quote(start, start + random.nextInt(12)));
            }
            quotes.sort(Comparator.comparing(Quote::span));
            List<Quote> outer = Layout.outermost(quotes);
            Span span = new Span(random.nextInt(40), 40 + random.nextInt(40));
            int from = Layout.firstEndingAfter(outer, span.start());
            List<Span> left = Layout.minus(span, outer, from);
            assertThat(left).as(span + " minus " + outer).isEqualTo(Layout.minus(span, outer.subList(from, outer.size())));
            assertThat(left).isEqualTo(Layout.minus(span, outer));
            for (int k = 1; k < left.size(); k++) {
                assertThat(left.get(k - 1).end()).isLessThanOrEqualTo(left.get(k).start());
            }
            assertThat(left).allMatch(s -> s.start() < s.end());
        }
    }
}
