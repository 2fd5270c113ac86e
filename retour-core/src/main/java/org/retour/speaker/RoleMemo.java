package org.retour.speaker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The answers a lexicon gave for the roles it already read, per language: the same roles come back article after
 * article. Each language keeps at most {@code kept} roles and then forgets them all.
 *
 * <p>Thread-safety: safe for use by several threads; two threads reading one role at once both work it out and
 * keep the same answer, for the reading is a function of the role and the language alone.
 *
 * @param <V> the answer
 */
final class RoleMemo<V> {

    private final int kept;
    private final Map<String, Map<String, V>> byLanguage = new ConcurrentHashMap<>();

    RoleMemo(int kept) {
        this.kept = kept;
    }

    /** The answer for {@code role} (not null) in {@code lang} (not null), read by {@code read} the first time. */
    V get(String role, String lang, BiFunction<String, String, V> read) {
        Map<String, V> cache = byLanguage.computeIfAbsent(lang, k -> new ConcurrentHashMap<>());
        V v = cache.get(role);
        if (v == null) {
            v = read.apply(role, lang);
            if (cache.size() >= kept) {
                cache.clear();
            }
            cache.put(role, v);
        }
        return v;
    }
}
