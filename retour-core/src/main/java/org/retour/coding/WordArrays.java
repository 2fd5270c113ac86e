package org.retour.coding;

/**
 * The arrays one thread reads a whole document's words into, with the working array of the searches in
 * them: lent to one coding of a document at a time and kept for the next.
 *
 * <p>Design decision: a document's words live only while the document is coded ({@link SegmentCoder#code}),
 * so their arrays (about 15 KB for a news article) are kept per thread rather than made anew for each
 * document; they keep the longest document's room and, beyond the words of the current one, the words of
 * earlier ones, which nothing reads. A reading that finds them lent already (a coding inside a coding) makes
 * its own.
 */
final class WordArrays implements AutoCloseable {

    private static final ThreadLocal<WordArrays> LOCAL = ThreadLocal.withInitial(WordArrays::new);

    WordTable.Word[] forms = new WordTable.Word[0];
    WordTable.Word[] searched = new WordTable.Word[0];
    int[] starts = new int[0];
    int[] ends = new int[0];
    byte[] boundaries = new byte[0];
    /** The working array of searches in the words read into these arrays. */
    final PatternIndex.Scratch scratch = new PatternIndex.Scratch();
    private boolean lent;

    private WordArrays() {
    }

    /** The arrays of the current thread, lent until {@link #close closed}; null when they are lent already. */
    static WordArrays lend() {
        WordArrays w = LOCAL.get();
        if (w.lent) {
            return null;
        }
        w.lent = true;
        return w;
    }

    /** Makes room for at least {@code room} words, forgetting what the arrays held when they must grow. */
    void ensure(int room) {
        if (starts.length < room) {
            forms = new WordTable.Word[room];
            searched = new WordTable.Word[room];
            starts = new int[room];
            ends = new int[room];
            boundaries = new byte[room];
        }
    }

    /** Keeps the arrays a reading grew into for the next reading. */
    void keep(WordTable.Word[] forms, WordTable.Word[] searched, int[] starts, int[] ends, byte[] boundaries) {
        this.forms = forms;
        this.searched = searched;
        this.starts = starts;
        this.ends = ends;
        this.boundaries = boundaries;
    }

    /** Whether the arrays are lent. */
    boolean lent() {
        return lent;
    }

    /** Gives the arrays back: the words read into them must no longer be read. */
    @Override
    public void close() {
        lent = false;
    }
}
