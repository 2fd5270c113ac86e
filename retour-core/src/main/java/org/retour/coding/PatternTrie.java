package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie from words and word prefixes to ids, frozen into a few arrays: walking a word gives
 * the ids of the prefixes it begins with, shortest first, then those of the word itself.
 *
 * <p>Nodes are numbered breadth first from the root (0): the children of node {@code n} are
 * {@code [childFrom[n], childFrom[n + 1])}, sorted by character, and so are its ids. Design decision:
 * a child is found through one open-addressing table keyed by node and character, not by a search
 * among the children, as most words are walked to their end.
 *
 * <p>Immutable and thread-safe; a {@link Builder} makes it.
 */
final class PatternTrie {

    private static final int[] NONE = new int[0];

    /** A trie being filled, which may be frozen any number of times. Not thread-safe. */
    static final class Builder {
        private final Node root = new Node();

        /** Adds {@code word} (a whole word, or a prefix when {@code prefix}) under {@code id}. */
        void add(String word, boolean prefix, int id) {
            Node n = root;
            for (int i = 0; i < word.length(); i++) {
                n = n.create(word.charAt(i));
            }
            if (prefix) {
                n.prefixIds = append(n.prefixIds, id);
            } else {
                n.exactIds = append(n.exactIds, id);
            }
        }

        /** The trie as it is now. */
        PatternTrie build() {
            return new PatternTrie(root);
        }
    }

    private final int[] childFrom;
    private final char[] childChar;
    private final int[] childNode;
    /** Open addressing from {@code node << 16 | char} (plus one, so that 0 is free) to the child. */
    private final long[] hashKeys;
    private final int[] hashNodes;
    private final int hashMask;
    private final int[] exactFrom;
    private final int[] exactIds;
    private final int[] prefixFrom;
    private final int[] prefixIds;

    private PatternTrie(Node root) {
        List<Node> order = new ArrayList<>();
        order.add(root);
        for (int k = 0; k < order.size(); k++) {
            order.addAll(Arrays.asList(order.get(k).kids));
        }
        int n = order.size();
        childFrom = new int[n + 1];
        childChar = new char[n - 1];
        childNode = new int[n - 1];
        exactFrom = new int[n + 1];
        prefixFrom = new int[n + 1];
        int edges = 0;
        int exact = 0;
        int prefix = 0;
        for (int k = 0; k < n; k++) {
            Node node = order.get(k);
            exact += node.exactIds == null ? 0 : node.exactIds.length;
            prefix += node.prefixIds == null ? 0 : node.prefixIds.length;
            exactFrom[k + 1] = exact;
            prefixFrom[k + 1] = prefix;
        }
        exactIds = new int[exact];
        prefixIds = new int[prefix];
        int next = 1;
        for (int k = 0; k < n; k++) {
            Node node = order.get(k);
            childFrom[k] = edges;
            for (int c = 0; c < node.keys.length; c++) {
                childChar[edges] = node.keys[c];
                childNode[edges] = next++;
                edges++;
            }
            if (node.exactIds != null) {
                System.arraycopy(node.exactIds, 0, exactIds, exactFrom[k], node.exactIds.length);
            }
            if (node.prefixIds != null) {
                System.arraycopy(node.prefixIds, 0, prefixIds, prefixFrom[k], node.prefixIds.length);
            }
        }
        childFrom[n] = edges;
        int cap = Integer.highestOneBit(Math.max(16, edges * 3)) << 1;
        hashKeys = new long[cap];
        hashNodes = new int[cap];
        hashMask = cap - 1;
        for (int k = 0; k < n; k++) {
            for (int e = childFrom[k]; e < childFrom[k + 1]; e++) {
                long key = ((long) k << 16 | childChar[e]) + 1;
                int h = slot(key);
                while (hashKeys[h] != 0) {
                    h = (h + 1) & hashMask;
                }
                hashKeys[h] = key;
                hashNodes[h] = childNode[e];
            }
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & hashMask;
    }

    /**
     * The ids of the words and prefixes that {@code forms} match, each once: for each form those of the
     * prefixes it begins with, shortest first, then those of the form itself.
     */
    int[] ids(String[] forms) {
        int[] ids = walk(forms[0]);
        for (int k = 1; k < forms.length; k++) {
            ids = union(ids, walk(forms[k]));
        }
        return ids;
    }

    /** {@code a} followed by the ids of {@code b} it lacks. */
    private static int[] union(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        next:
        for (int id : b) {
            for (int k = 0; k < n; k++) {
                if (out[k] == id) {
                    continue next;
                }
            }
            out[n++] = id;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private int[] walk(String form) {
        int[] ids = NONE;
        int n = 0;
        for (int c = 0; c < form.length() && n >= 0; c++) {
            n = child(n, form.charAt(c));
            if (n >= 0 && prefixFrom[n] < prefixFrom[n + 1]) {
                ids = concat(ids, prefixIds, prefixFrom[n], prefixFrom[n + 1]);
            }
        }
        if (n >= 0 && exactFrom[n] < exactFrom[n + 1]) {
            ids = concat(ids, exactIds, exactFrom[n], exactFrom[n + 1]);
        }
        return ids;
    }

    private static int[] concat(int[] a, int[] from, int start, int end) {
        int[] out = Arrays.copyOf(a, a.length + end - start);
        System.arraycopy(from, start, out, a.length, end - start);
        return out;
    }

    /** The child of node {@code n} for {@code c}, or -1. */
    private int child(int n, char c) {
        long key = ((long) n << 16 | c) + 1;
        for (int h = slot(key); ; h = (h + 1) & hashMask) {
            long k = hashKeys[h];
            if (k == key) {
                return hashNodes[h];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private static int[] append(int[] a, int v) {
        if (a == null) {
            return new int[] {v};
        }
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private int[] exactIds;
        private int[] prefixIds;

        /** The child for {@code c}, created if absent. */
        Node create(char c) {
            int lo = Arrays.binarySearch(keys, c);
            if (lo >= 0) {
                return kids[lo];
            }
            lo = -lo - 1;
            char[] nk = new char[keys.length + 1];
            Node[] nn = new Node[kids.length + 1];
            System.arraycopy(keys, 0, nk, 0, lo);
            System.arraycopy(kids, 0, nn, 0, lo);
            nk[lo] = c;
            Node n = new Node();
            nn[lo] = n;
            System.arraycopy(keys, lo, nk, lo + 1, keys.length - lo);
            System.arraycopy(kids, lo, nn, lo + 1, kids.length - lo);
            keys = nk;
            kids = nn;
            return n;
        }
    }
}
