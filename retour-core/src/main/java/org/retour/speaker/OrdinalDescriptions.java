package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * Definite descriptions that name someone new by an ordinal before their head ("le troisième homme", "the second
 * man"), with the words of {@code org/retour/speaker/ordinals.txt}.
 *
 * <p>Stateless besides its immutable words; thread-safe.
 */
final class OrdinalDescriptions {

    private OrdinalDescriptions() {
    }

    /** Per language, the words that make a definite description someone new ({@code ordinals.txt}). */
    private static final java.util.Map<String, java.util.Set<String>> ORDINALS = ordinals(
            org.retour.resource.ResourceLines.classpath("org/retour/speaker/ordinals.txt"));

    /** The words of lines "lang word…", by language. */
    static java.util.Map<String, java.util.Set<String>> ordinals(java.util.List<String> lines) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 2) {
                throw new IllegalArgumentException("ordinals line needs 'lang word…': " + line);
            }
            out.computeIfAbsent(parts[0], k -> new java.util.HashSet<>())
                    .addAll(java.util.Arrays.asList(parts).subList(1, parts.length));
        }
        return out;
    }

    /**
     * Whether a word of the description before its head says it is someone new ("le troisième homme", "the second man"),
     * or the description stands for the unnamed second of a pair (« L'un, X, 45 ans … L'autre a 29 ans » … « le
     * trentenaire », {@link PairOthers}).
     */
    static boolean ordinal(SpeakerDocument d, Referent r) {
        Boolean kept = d.descriptionMemo.ordinal(r);
        if (kept == null) {
            kept = read(d, r);
            d.descriptionMemo.ordinal(r, kept);
        }
        return kept;
    }

    /** {@link #ordinal} read afresh. */
    private static boolean read(SpeakerDocument d, Referent r) {
        java.util.Set<String> words = ORDINALS.get(d.lang);
        if (words == null) {
            return PairOthers.bundled().other(d, r);
        }
        String text = r.description().text().toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > from && words.contains(text.substring(from, i))) {
                    return true;
                }
                from = i + 1;
            }
        }
        return PairOthers.bundled().other(d, r);
    }
}
