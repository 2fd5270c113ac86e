package org.retour.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;

/**
 * Gathers mentions under the entity they refer to and builds the entities, numbered by first mention
 * ({@code O1}, {@code O2}… or {@code L1}…). One collector per document; not thread-safe.
 */
final class EntityCollector {

    private static final class Group {
        final Object key;
        String canonical;
        String country;
        final List<Mention> mentions = new ArrayList<>();
        final List<String> extraAliases = new ArrayList<>();

        Group(Object key, String canonical, String country) {
            this.key = key;
            this.canonical = canonical;
            this.country = country;
        }
    }

    private final EntityType type;
    private final String prefix;
    private final Map<Object, Group> groups = new LinkedHashMap<>();

    EntityCollector(EntityType type, String prefix) {
        this.type = type;
        this.prefix = prefix;
    }

    /** Adds a mention of the entity known as {@code key}, creating it with {@code canonical} if new. */
    void add(Object key, String canonical, String country, Mention m) {
        // a look-up and a put, not computeIfAbsent: its lambda would capture the names, one object per mention
        Group g = groups.get(key);
        if (g == null) {
            g = new Group(key, canonical, country);
            groups.put(key, g);
        }
        g.mentions.add(m);
    }

    /** Adds another name to the entity known as {@code key} (which must exist). */
    void alias(Object key, String name) {
        Group g = groups.get(key);
        if (g != null) {
            g.extraAliases.add(name);
        }
    }

    /** Takes away the mention at {@code span} from the entity known as {@code key}, when it has one. */
    void remove(Object key, org.retour.model.Span span) {
        Group g = groups.get(key);
        if (g != null) {
            g.mentions.removeIf(m -> m.span().equals(span));
        }
    }

    /** Whether an entity is known as {@code key}. */
    boolean has(Object key) {
        return groups.containsKey(key);
    }

    /** Moves every mention and alias of {@code from} to {@code to}, which takes over. */
    void merge(Object from, Object to, String canonical, String country) {
        Group f = groups.remove(from);
        Group t = groups.computeIfAbsent(to, k -> new Group(k, canonical, country));
        if (f != null && f != t) {
            t.mentions.addAll(f.mentions);
            t.extraAliases.addAll(f.extraAliases);
            t.extraAliases.add(f.canonical);
        }
    }

    /** The entities, ordered and numbered by first mention. */
    List<Entity> entities() {
        List<Group> all = new ArrayList<>(groups.values());
        all.removeIf(g -> g.mentions.isEmpty());
        all.forEach(g -> g.mentions.sort(Comparator.comparing(Mention::span)));
        all.sort(Comparator.comparing(g -> g.mentions.get(0).span()));
        List<Entity> out = new ArrayList<>(all.size());
        int n = 1;
        for (Group g : all) {
            // Design decision: an entity has a handful of distinct names, so the keys and texts met are kept
            // in short lists searched from the start, not in two hash sets made for every entity
            List<String> seen = new ArrayList<>(4);
            seen.add(Fold.key(g.canonical));
            List<String> aliases = new ArrayList<>();
            // a text met again has its key in seen already: it is folded once, not at every mention
            List<String> texts = new ArrayList<>(4);
            for (Mention m : g.mentions) {
                if (!texts.contains(m.text())) {
                    texts.add(m.text());
                    if (addNew(seen, Fold.key(m.text()))) {
                        aliases.add(m.text());
                    }
                }
            }
            for (String a : g.extraAliases) {
                if (addNew(seen, Fold.key(a))) {
                    aliases.add(a);
                }
            }
            List<Mention> unique = new ArrayList<>();
            for (Mention m : g.mentions) {
                if (unique.isEmpty() || !unique.get(unique.size() - 1).span().equals(m.span())) {
                    unique.add(m);
                }
            }
            out.add(new Entity(prefix + n++, type, g.canonical, aliases, null, g.country, unique));
        }
        return out;
    }

    /** Adds {@code key} to {@code seen} unless it is there already; returns whether it was added. */
    private static boolean addNew(List<String> seen, String key) {
        if (seen.contains(key)) {
            return false;
        }
        seen.add(key);
        return true;
    }
}
