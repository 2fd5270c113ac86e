package org.retour.resource;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of tables by language code that finds a language among its few keys by identity, without
 * probing a hash table: otherwise the same entries, iteration order and answers as the map it wraps.
 *
 * <p>Design decision: the rules look up their table of a document's language for every candidate they judge
 * (a name, a description, a pronoun), tens of times per document and rule, where a map of a handful of languages
 * hashes the code, probes its table and compares keys; here the keys are two short arrays searched by identity
 * first (the keys are interned, as {@link org.retour.model.DetectedLanguage} interns a document's code), then by
 * equality, and the wrapped map answers only a language it does not have. Nothing is written on a lookup, so
 * threads share a map freely.
 *
 * <p>Immutable and thread-safe when the wrapped map is immutable.
 *
 * @param <V> the table of a language
 */
public final class LanguageMap<V> extends AbstractMap<String, V> {

    private final Map<String, V> tables;
    private final String[] languages;
    private final Object[] byPosition;

    private LanguageMap(Map<String, V> tables) {
        this.tables = Objects.requireNonNull(tables);
        this.languages = new String[tables.size()];
        this.byPosition = new Object[tables.size()];
        int k = 0;
        for (Map.Entry<String, V> e : tables.entrySet()) {
            languages[k] = e.getKey().intern(); // as a detected language's code is
            byPosition[k++] = e.getValue();
        }
    }

    /**
     * {@code tables} (an immutable map without null keys or tables, as {@link Map#copyOf} makes) searched by identity
     * first; a language map is returned as it is.
     */
    public static <V> Map<String, V> of(Map<String, V> tables) {
        return tables instanceof LanguageMap<V> m ? m : new LanguageMap<>(tables);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object language) {
        String[] l = languages;
        for (int k = 0; k < l.length; k++) {
            if (l[k] == language) {
                return (V) byPosition[k];
            }
        }
        if (language instanceof String s) {
            for (int k = 0; k < l.length; k++) {
                if (l[k].equals(s)) {
                    return (V) byPosition[k];
                }
            }
            return null; // a language the map does not have
        }
        return tables.get(language); // none, or a throw for a null language, as the wrapped map gives
    }

    @Override
    public boolean containsKey(Object language) {
        return tables.containsKey(language);
    }

    @Override
    public V getOrDefault(Object language, V fallback) {
        V table = get(language);
        return table != null ? table : fallback; // the wrapped map holds no null table
    }

    @Override
    public int size() {
        return tables.size();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return tables.entrySet();
    }
}
