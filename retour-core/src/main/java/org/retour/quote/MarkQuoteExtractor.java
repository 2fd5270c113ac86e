package org.retour.quote;

import java.util.ArrayList;
import java.util.List;
import org.retour.lang.Letters;
import org.retour.model.Span;

/**
 * Finds quotes by their quotation marks in one pass with a small stack: « … », “ … ”, " … ", „ … “,
 * ‚ … ‘, ‹ … ›, ' … ' and German »…«, nested quotes as children, mismatched marks (« … " or “ … “),
 * quotes that run over several paragraphs (the next paragraph opens with the same mark and the previous
 * one did not close), quotes left unclosed (they end at the end of their paragraph) and the turns of a
 * dialogue in one pair of « » (each next paragraph opens with a dash: « Question ?\n– Réponse. »), each
 * turn a quote of its own whose opening mark is its dash, and so are the turns of a dialogue in one line
 * (« — Vous aviez peur ? — Tout le temps. »), each opened by a dash between spaces.
 *
 * <p>Ambiguous marks (" ' “ ” ‘ ’) are read from their neighbours: a mark after a space and before a
 * letter opens, a mark after a letter and before a space or punctuation closes, an apostrophe between
 * letters is no mark. Single marks left unclosed are dropped, as they are more often apostrophes.
 *
 * <p>Thread-safe, linear in the text (the stack is bounded).
 */
public final class MarkQuoteExtractor implements QuoteExtractor {

    /** Deeper nesting than this is ignored. */
    static final int MAX_DEPTH = 8;
    /** How far down the stack a closing mark looks for its opening mark. */
    static final int SEARCH_DEPTH = 4;

    @Override
    public List<MarkedQuote> extract(String text, String language) {
        Scan scan = new Scan(text, "de".equals(language));
        scan.run();
        return scan.result();
    }

    /** Whether {@code c} is one of the marks the extractor reads. */
    public static boolean isMark(char c) {
        if (c < 0xAB && c != '"' && c != '\'') {
            return false; // the fast path for plain ASCII text
        }
        return switch (c) {
            case '«', '»', '‹', '›', '„', '‚', '“', '”', '‘', '’', '"', '\'' -> true;
            default -> false;
        };
    }

    private static final class Cand {
        final int index;
        final char mark;
        final boolean reversed;
        final int open;
        final int parent;
        int close = -1;
        int end = -1;
        boolean dropped;
        /** Whether this is a turn of a dialogue inside one line (« — Question ? — Réponse. »). */
        boolean inline;

        Cand(int index, char mark, boolean reversed, int open, int parent) {
            this.index = index;
            this.mark = mark;
            this.reversed = reversed;
            this.open = open;
            this.parent = parent;
        }

        boolean single() {
            return mark == '‹' || mark == '›' || mark == '‚' || mark == '‘' || mark == '\'';
        }

        boolean accepts(char c) {
            return switch (mark) {
                case '«' -> reversed ? c == '«' : c == '»';
                case '»' -> c == '«';
                case '‹' -> c == '›';
                case '›' -> c == '‹';
                case '„' -> c == '“' || c == '”';
                case '“' -> c == '”';
                case '”' -> c == '”';
                case '"' -> c == '"';
                case '–', '—' -> c == '»';
                case '‚' -> c == '‘' || c == '’';
                case '‘' -> c == '’';
                case '\'' -> c == '\'';
                default -> false;
            };
        }
    }

    private static final class Scan {
        private final String text;
        private final boolean german;
        private final int n;
        private final List<Cand> cands = new ArrayList<>();
        private final Cand[] stack = new Cand[MAX_DEPTH];
        private int depth;

        Scan(String text, boolean german) {
            this.text = text;
            this.german = german;
            this.n = text.length();
        }

        void run() {
            MarkStops stops = new MarkStops(text);
            for (int i = stops.from(0); i < n; i = stops.from(i + 1)) {
                char c = text.charAt(i);
                if (c == '\n') {
                    i = paragraphEnd(i);
                } else if (isDash(c) && depth > 0 && stack[depth - 1].inline) {
                    nextInlineTurn(i);
                } else if (isMark(c)) {
                    mark(c, i);
                }
            }
            endAbove(-1, n);
        }

        /** Ends or continues what is open at a line break; returns the index the scan resumes after. */
        private int paragraphEnd(int i) {
            if (depth == 0) {
                return i;
            }
            int j = i;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            Cand bottom = stack[0];
            if (j < n && !bottom.single() && continues(bottom, text.charAt(j))) {
                endAbove(0, i);
                return j;
            }
            endAbove(-1, i);
            if (j + 1 < n && opensTurn(bottom, text.charAt(j)) && isBlank(text.charAt(j + 1))) {
                push(text.charAt(j), false, j);
                return j;
            }
            return i;
        }

        /** Whether a paragraph opening with {@code c} is the next turn of a dialogue {@code bottom} holds open. */
        private static boolean opensTurn(Cand bottom, char c) {
            boolean dialogue = bottom.mark == '«' && !bottom.reversed || isDash(bottom.mark);
            return dialogue && isDash(c);
        }

        /**
         * Whether the « at {@code i} opens a dialogue in one line (« — Vous aviez peur ? — Tout le temps. »): a
         * dash between spaces follows it; if so its first turn is pushed, opened by that dash.
         */
        private boolean opensInlineDialogue(int i) {
            int j = i + 1;
            while (j < n && j - i <= 2 && isBlank(text.charAt(j))) {
                j++;
            }
            if (j >= n || !isDash(text.charAt(j)) || j + 1 >= n || !isBlank(text.charAt(j + 1))) {
                return false;
            }
            push(text.charAt(j), false, j);
            if (depth > 0 && stack[depth - 1].open == j) {
                stack[depth - 1].inline = true;
            }
            return true;
        }

        /**
         * Ends the inline turn on top at the dash at {@code i} and opens the next, when the dash stands between
         * spaces (« … ? — Tout le temps. »); the dash that opened the turn itself is passed over.
         */
        private void nextInlineTurn(int i) {
            Cand top = stack[depth - 1];
            if (top.open == i || i == 0 || i + 1 >= n || !isBlank(text.charAt(i - 1)) || !isBlank(text.charAt(i + 1))) {
                return;
            }
            endAbove(depth - 2, i); // the turn ends unclosed, as a turn ended by its paragraph does
            push(text.charAt(i), false, i);
            if (depth > 0 && stack[depth - 1].open == i) {
                stack[depth - 1].inline = true;
            }
        }

        private static boolean continues(Cand bottom, char c) {
            return switch (bottom.mark) {
                case '«' -> c == (bottom.reversed ? '»' : '«');
                case '“', '"' -> c == '“' || c == '"';
                case '„' -> c == '„';
                case '”' -> c == '”';
                case '»' -> c == '»';
                default -> false;
            };
        }

        /** Ends every open candidate above stack level {@code level} at {@code at}. */
        private void endAbove(int level, int at) {
            while (depth > level + 1) {
                Cand c = stack[--depth];
                stack[depth] = null;
                if (c.single()) {
                    c.dropped = true;
                } else {
                    c.end = at;
                }
            }
        }

        private void mark(char c, int i) {
            char left = i > 0 ? text.charAt(i - 1) : ' ';
            char right = i + 1 < n ? text.charAt(i + 1) : ' ';
            boolean leftOpen = i == 0 || isOpeningContext(left);
            boolean rightSpace = i + 1 >= n || Character.isWhitespace(right);
            boolean openShape = leftOpen && !rightSpace;
            boolean closeShape = i > 0 && !Character.isWhitespace(left) && (rightSpace || isClosingContext(right));
            Cand top = depth > 0 ? stack[depth - 1] : null;
            switch (c) {
                case '«', '‹' -> {
                    if (!closeNearest(c, i) && !(c == '«' && opensInlineDialogue(i))) {
                        push(c, false, i);
                    }
                }
                case '»', '›' -> {
                    if (closeNearest(c, i)) {
                        return;
                    }
                    if (c == '»' && top != null && !top.single() && (closeShape || Character.isWhitespace(left))) {
                        close(depth - 1, i);
                    } else if (german && !rightSpace) {
                        push(c, true, i);
                    }
                }
                case '„' -> push(c, false, i);
                case '‚' -> {
                    if (leftOpen && Character.isLetter(right)) {
                        push(c, false, i);
                    }
                }
                case '“' -> {
                    if (top != null && top.mark == '„') {
                        close(depth - 1, i);
                    } else if (top != null && top.mark == '“' && closeShape && !openShape) {
                        close(depth - 1, i);
                    } else if (openShape) {
                        push(c, false, i);
                    } else if (top != null && !top.single() && closeShape) {
                        close(depth - 1, i);
                    }
                }
                case '”' -> {
                    if (closeNearest(c, i)) {
                        return;
                    }
                    if (top != null && !top.single() && closeShape) {
                        close(depth - 1, i);
                    } else if (openShape && !closeShape) {
                        push(c, false, i);
                    }
                }
                case '"' -> {
                    if (top != null && top.mark == '"') {
                        close(depth - 1, i);
                    } else if (closeShape && !openShape && closeNearest(c, i)) {
                        return;
                    } else if (top != null && !top.single() && closeShape && !openShape) {
                        close(depth - 1, i);
                    } else if (openShape) {
                        push(c, false, i);
                    }
                }
                case '\'', '’' -> {
                    if (Character.isLetterOrDigit(left) && Character.isLetterOrDigit(right)) {
                        return; // an apostrophe
                    }
                    if (closeShape && closeNearest(c, i)) {
                        return;
                    }
                    if (c == '\'' && openShape && Character.isLetter(right)) {
                        push(c, false, i);
                    }
                }
                case '‘' -> {
                    if (top != null && top.mark == '‚') {
                        close(depth - 1, i);
                    } else if (top != null && top.mark == '‘' && closeShape && !openShape) {
                        close(depth - 1, i);
                    } else if (openShape && Character.isLetterOrDigit(right)) {
                        push(c, false, i);
                    }
                }
                default -> {
                }
            }
        }

        private boolean closeNearest(char c, int i) {
            int lowest = Math.max(0, depth - SEARCH_DEPTH);
            for (int k = depth - 1; k >= lowest; k--) {
                if (stack[k].accepts(c)) {
                    close(k, i);
                    return true;
                }
            }
            return false;
        }

        private void close(int level, int i) {
            endAbove(level, i);
            Cand c = stack[level];
            c.close = i;
            c.end = i;
            stack[level] = null;
            depth = level;
        }

        private void push(char mark, boolean reversed, int i) {
            if (depth >= MAX_DEPTH) {
                return;
            }
            Cand c = new Cand(cands.size(), mark, reversed, i, depth > 0 ? stack[depth - 1].index : -1);
            cands.add(c);
            stack[depth++] = c;
        }

        List<MarkedQuote> result() {
            int[] newIndex = new int[cands.size()];
            List<MarkedQuote> out = new ArrayList<>(cands.size());
            for (Cand c : cands) {
                if (c.dropped || c.end < 0) {
                    newIndex[c.index] = -1;
                    continue;
                }
                int parent = c.parent;
                while (parent >= 0 && newIndex[parent] < 0) {
                    parent = cands.get(parent).parent;
                }
                newIndex[c.index] = out.size();
                out.add(new MarkedQuote(c.open, c.close, trim(c.open + 1, c.end), c.mark,
                        parent < 0 ? -1 : newIndex[parent]));
            }
            return out;
        }

        private Span trim(int start, int end) {
            int s = start;
            int e = Math.max(start, end);
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            return new Span(s, e);
        }
    }

    /** Whether {@code c} is the dash that opens a turn of dialogue. */
    static boolean isDash(char c) {
        return c == '–' || c == '—';
    }

    /** Whether {@code c} is a space of any kind. */
    public static boolean isBlankChar(char c) {
        return isBlank(c);
    }

    /**
     * Whether {@code c} is white space, a space separator, a byte-order mark or a zero-width space; the
     * first three read from {@link Letters#SPACE}, which is worked out from the same {@link Character} tests.
     */
    static boolean isBlank(char c) {
        return (Letters.of(c) & Letters.SPACE) != 0 || c == '\u200B';
    }

    private static boolean isOpeningContext(char left) {
        return isBlank(left) || switch (left) {
            case '(', '[', '{', '—', '–', '-', ':', '«', '“', '„', '‚', '‘', '‹', '"', '\'', '/' -> true;
            default -> false;
        };
    }

    private static boolean isClosingContext(char right) {
        return switch (right) {
            case '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '-', '—', '–', '»', '”', '“', '"', '\'', '’', '‘',
                 '›', '،', '؟', '؛' -> true;
            default -> false;
        };
    }
}
