package org.retour.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.retour.resource.ResourceLines;

/**
 * The organisations Retour knows by name, each with every other name it goes by, from
 * {@code org/retour/entity/aliases.txt} and any file the user adds ({@code --aliases FILE}).
 *
 * <p>Immutable and thread-safe; look-ups go through a {@link TokenTrie}.
 */
public final class AliasTable {

    private static final String BUNDLED = "org/retour/entity/aliases.txt";
    /** The country of an organisation's seat after its canonical name: "Reuters [GB]". */
    private static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile("\\[([A-Z]{2})]\\s*$");
    private static volatile AliasTable bundled;

    /** A name of an organisation, and the month from which it used that name (or null). */
    public record Alias(String name, YearMonth since) {
        public Alias {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An organisation: its canonical name, its aliases and the ISO 3166-1 alpha-2 code of the country
     * of its seat (null for an organisation of no one country, such as the UN or an armed group).
     */
    public record Organisation(String canonical, List<Alias> aliases, String country) {
        public Organisation {
            Objects.requireNonNull(canonical, "canonical");
            aliases = List.copyOf(aliases);
            if (country != null && !country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
            }
        }

        /** A hash of the canonical name alone (an organisation is a map key on every mention). */
        @Override
        public int hashCode() {
            return canonical.hashCode();
        }

        /** An organisation of no one country. */
        public Organisation(String canonical, List<Alias> aliases) {
            this(canonical, aliases, null);
        }
    }

    private final List<Organisation> organisations;
    private final Map<String, Organisation> byKey;
    private final TokenTrie<Organisation> trie;

    private AliasTable(List<Organisation> organisations) {
        this.organisations = List.copyOf(organisations);
        Map<String, Organisation> keys = new HashMap<>();
        TokenTrie.Builder<Organisation> b = TokenTrie.builder();
        for (Organisation o : organisations) {
            keys.putIfAbsent(key(o.canonical()), o);
            b.add(TokenTrie.words(o.canonical(), "fr"), o);
            for (Alias a : o.aliases()) {
                keys.putIfAbsent(key(a.name()), o);
                b.add(TokenTrie.words(a.name(), "fr"), o);
            }
        }
        this.byKey = Map.copyOf(keys);
        this.trie = b.build();
    }

    /** The bundled table (loaded once). */
    public static AliasTable bundled() {
        AliasTable t = bundled;
        if (t == null) {
            t = parse(ResourceLines.classpath(BUNDLED), BUNDLED);
            bundled = t;
        }
        return t;
    }

    /** The bundled table extended with the lines of {@code file}; a bad file is an IllegalArgumentException. */
    public static AliasTable bundledWith(Path file) {
        if (file == null) {
            return bundled();
        }
        List<String> lines;
        try {
            lines = ResourceLines.file(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("the aliases file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the aliases file " + file + ": " + e.getMessage(), e);
        }
        return bundled().extendedWith(parse(lines, file.toString()));
    }

    /** A table of the lines in the aliases format ("canonical | alias | alias …"). */
    public static AliasTable parse(List<String> lines, String origin) {
        Map<String, Organisation> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String[] parts = line.split("\\|");
            String canonical = parts[0].strip();
            String country = null;
            java.util.regex.Matcher cc = COUNTRY.matcher(canonical);
            if (cc.find()) {
                country = cc.group(1);
                canonical = canonical.substring(0, cc.start()).strip();
            }
            if (canonical.isEmpty()) {
                throw new IllegalArgumentException(origin + ": entry " + n + " has no canonical name: " + line);
            }
            List<Alias> aliases = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                Alias a = alias(parts[i].strip(), origin, n);
                if (a != null) {
                    aliases.add(a);
                }
            }
            Organisation o = new Organisation(canonical, aliases, country);
            out.merge(key(canonical), o, AliasTable::merge);
        }
        return new AliasTable(new ArrayList<>(out.values()));
    }

    private static Alias alias(String s, String origin, int n) {
        if (s.isEmpty()) {
            return null;
        }
        int open = s.indexOf('[');
        if (open < 0) {
            return new Alias(s, null);
        }
        int close = s.indexOf(']', open);
        String note = close < 0 ? "" : s.substring(open + 1, close).strip();
        if (!note.startsWith("since ")) {
            throw new IllegalArgumentException(origin + ": entry " + n + ": expected [since YYYY-MM] in '" + s + "'");
        }
        try {
            return new Alias(s.substring(0, open).strip(), YearMonth.parse(note.substring(6).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(origin + ": entry " + n + ": bad month in '" + s + "'");
        }
    }

    private static Organisation merge(Organisation a, Organisation b) {
        List<Alias> all = new ArrayList<>(a.aliases());
        for (Alias x : b.aliases()) {
            if (all.stream().noneMatch(y -> key(y.name()).equals(key(x.name())))) {
                all.add(x);
            }
        }
        return new Organisation(a.canonical(), all, a.country() != null ? a.country() : b.country());
    }

    /** This table with the organisations of {@code other}; a known canonical name or alias gains the new aliases. */
    public AliasTable extendedWith(AliasTable other) {
        Map<String, Organisation> out = new LinkedHashMap<>();
        for (Organisation o : organisations) {
            out.put(key(o.canonical()), o);
        }
        for (Organisation o : other.organisations) {
            Organisation known = byKey.get(key(o.canonical()));
            if (known == null) {
                for (Alias a : o.aliases()) {
                    known = known != null ? known : byKey.get(key(a.name()));
                }
            }
            if (known != null) {
                out.put(key(known.canonical()), merge(out.get(key(known.canonical())),
                        new Organisation(known.canonical(), withCanonical(o), o.country())));
            } else {
                out.put(key(o.canonical()), o);
            }
        }
        return new AliasTable(new ArrayList<>(out.values()));
    }

    private static List<Alias> withCanonical(Organisation o) {
        List<Alias> all = new ArrayList<>();
        all.add(new Alias(o.canonical(), null));
        all.addAll(o.aliases());
        return all;
    }

    /** The organisations, in file order. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The organisation one of whose names is {@code name} (ignoring case and accents), or null. */
    public Organisation find(String name) {
        return byKey.get(key(name));
    }

    /**
     * {@link #find} of token {@code k} of {@code v} by the key the view already keeps for it (a token has no
     * surrounding blanks to strip), without folding its text again.
     */
    Organisation find(TokenView v, int k) {
        return byKey.get(v.key(k));
    }

    /** The trie of every name. */
    public TokenTrie<Organisation> trie() {
        return trie;
    }

    private static String key(String name) {
        return Fold.key(name.strip());
    }
}
