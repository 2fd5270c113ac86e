package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.HashFilter;
import org.retour.resource.ResourceLines;

/**
 * The words that find people, their roles and pronouns, read from {@code org/retour/person/}:
 * {@code first-names.txt} ("name gender") and {@code person-words.txt} ("lang kind word [gender]").
 * Immutable and thread-safe.
 */
public final class PersonLexicon {

    /** The kinds of word {@code person-words.txt} lists. */
    public enum Kind { HONORIFIC, TITLE, PARTICLE, HEAD, DET, PREP, STOP, REL, LEAD, PRON, IMPERSONAL, AFTER, INDEF, CONJ, AGENT, SHARED, OPENER, PROCLITIC, REFLEXIVE, DEMONYM, POSSESSIVE, CLITIC, REPORTER, STRESSED, MODIFIED, AUX }

    /** The shortest head noun read at the end of a German compound. */
    static final int MIN_COMPOUND_HEAD = 5;

    private final Map<String, Gender> firstNames;
    /** Per language ("*" included in each), per word: the data of each kind, indexed by ordinal. */
    private final Map<String, Map<String, String[]>> words;
    private final Map<String, String[]> everyLanguage;
    private final Map<String, Map<String, Pronoun>> pronouns;
    /** The maps of the language asked for last, so that a run of lookups in one language finds them at once. */
    private InLanguage last = new InLanguage(null, Map.of(), null);
    /** Per thread, its {@link LexiconMemo}s of this lexicon. */
    private final ThreadLocal<LexiconMemo.ByLanguage> memos = ThreadLocal.withInitial(LexiconMemo.ByLanguage::new);

    /** The words of one language (every language's when it has none of its own) and its pronouns, or null. */
    private record InLanguage(String lang, Map<String, String[]> words, Map<String, Pronoun> pronouns) {
    }

    /** The last letters of every head noun, to skip the compound search for most words. */
    private final java.util.Set<String> compoundEndings;
    /**
     * The roles, lower-cased, that titles said of men and women alike give ("avocat" for « Me », marked
     * {@code x} in the data): such a role tells no gender (« Me Laura Hoffmann … a-t-elle lancé »).
     */
    private final Set<String> epiceneTitleRoles;

    /**
     * The lookup keys ({@link org.retour.entity.Fold#key}) of every head noun of every language: a token
     * whose key is none of them is no head noun itself.
     *
     * <p>Design decision: the description finder asks the head noun of every word token; most are none,
     * and the token's number is worked out once per document, so one bit test turns them away where a map
     * lookup of the lower-cased word would probe a large table.
     */
    private final org.retour.entity.WordSet headKeys;

    /** Bits of the hash filters: a word whose bit is clear is surely not among the filter's words. */
    private static final int FILTER_BITS = 1 << 16;
    /**
     * The {@link HashFilter}s of the given names and of the words of every language.
     *
     * <p>Design decision: most tokens asked are no given name and no listed word; a word's hash is kept
     * in its string, so one bit test in a table that stays in cache turns most of them away where a map
     * lookup would probe a bucket and often follow a node of another word.
     */
    private final HashFilter nameFilter = new HashFilter(FILTER_BITS);
    private final HashFilter wordFilter = new HashFilter(FILTER_BITS);
    /**
     * The hash filters of the few pronouns and of the words listed as written (honorifics and titles):
     * most words asked are neither, and these sets are small enough for a filter of a few cache lines.
     */
    private final HashFilter pronounFilter = new HashFilter(SMALL_FILTER_BITS);
    private final HashFilter writtenFilter = new HashFilter(SMALL_FILTER_BITS);
    /** Bits of the filters of small sets. */
    private static final int SMALL_FILTER_BITS = 1 << 13;

    /** A lexicon from the lines of the two files. */
    public PersonLexicon(List<String> firstNameLines, List<String> wordLines) {
        Map<String, Gender> names = new HashMap<>();
        for (String line : firstNameLines) {
            String[] p = line.split("\\s+");
            if (p.length != 2) {
                throw new IllegalArgumentException("first-name line needs 'name gender': " + line);
            }
            names.put(p[0], Gender.fromCode(p[1]));
        }
        Map<String, Map<String, String[]>> w = new HashMap<>();
        Set<String> eitherGender = new java.util.HashSet<>();
        for (String line : wordLines) {
            String[] p = line.split("\\s+", 4);
            if (p.length < 3) {
                throw new IllegalArgumentException("person-words line needs 'lang kind word [data]': " + line);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(p[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + p[1] + "' in: " + line, e);
            }
            String data = p.length > 3 ? p[3] : "";
            if (kind == Kind.PRON) {
                String[] g = data.split("\\s+");
                if (g.length != 2) {
                    throw new IllegalArgumentException("a pronoun needs gender and number: " + line);
                }
                Gender.fromCode(g[0]);
            } else if (kind == Kind.HONORIFIC || kind == Kind.HEAD) {
                Gender.fromCode(data.isEmpty() ? "x" : data);
            } else if (kind == Kind.TITLE && data.isBlank()) {
                throw new IllegalArgumentException("a title needs the role it gives: " + line);
            } else if (kind == Kind.TITLE && data.endsWith(" x")) {
                data = data.substring(0, data.length() - 2).strip();
                eitherGender.add(data.toLowerCase(Locale.ROOT));
            }
            String key = kind == Kind.HONORIFIC || kind == Kind.TITLE ? p[2] : p[2].toLowerCase(Locale.ROOT);
            w.computeIfAbsent(p[0], k -> new HashMap<>())
                    .computeIfAbsent(key, k -> new String[Kind.values().length])[kind.ordinal()] = data;
        }
        // HashMap rather than Map.copyOf: these maps are hit for every token, and never change after this
        this.firstNames = new HashMap<>(names);
        Map<String, String[]> all = w.getOrDefault("*", new HashMap<>());
        for (Map.Entry<String, Map<String, String[]>> e : w.entrySet()) {
            if (e.getKey().equals("*")) {
                continue;
            }
            for (Map.Entry<String, String[]> a : all.entrySet()) {
                String[] own = e.getValue().computeIfAbsent(a.getKey(), k -> new String[Kind.values().length]);
                for (int i = 0; i < own.length; i++) {
                    if (own[i] == null) {
                        own[i] = a.getValue()[i];
                    }
                }
            }
        }
        this.everyLanguage = all;
        this.pronouns = new HashMap<>();
        this.compoundEndings = new java.util.HashSet<>();
        this.epiceneTitleRoles = Set.copyOf(eitherGender);
        for (Map.Entry<String, Map<String, String[]>> e : w.entrySet()) {
            for (Map.Entry<String, String[]> word : e.getValue().entrySet()) {
                String d = word.getValue()[Kind.PRON.ordinal()];
                if (d != null) {
                    String[] g = d.split(" ");
                    pronouns.computeIfAbsent(e.getKey(), k -> new HashMap<>())
                            .put(word.getKey(), new Pronoun(Gender.fromCode(g[0]), g[1].equals("p")));
                    pronounFilter.add(word.getKey());
                }
                if (word.getValue()[Kind.HONORIFIC.ordinal()] != null || word.getValue()[Kind.TITLE.ordinal()] != null) {
                    writtenFilter.add(word.getKey());
                }
                if (word.getValue()[Kind.HEAD.ordinal()] != null && word.getKey().length() >= MIN_COMPOUND_HEAD) {
                    compoundEndings.add(ending(word.getKey()));
                }
            }
        }
        this.words = w;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Map<String, String[]> inLang : w.values()) {
            for (Map.Entry<String, String[]> word : inLang.entrySet()) {
                if (word.getValue()[Kind.HEAD.ordinal()] != null) {
                    keys.add(org.retour.entity.Fold.key(word.getKey()));
                }
            }
        }
        this.headKeys = org.retour.entity.WordSet.of(keys);
        for (String name : firstNames.keySet()) {
            nameFilter.add(name);
        }
        for (Map<String, String[]> inLang : w.values()) {
            for (String word : inLang.keySet()) {
                wordFilter.add(word);
            }
        }
    }

    /** The bundled lexicon. */
    public static PersonLexicon bundled() {
        return new PersonLexicon(ResourceLines.classpath("org/retour/person/first-names.txt"),
                ResourceLines.classpath("org/retour/person/person-words.txt"));
    }

    /** This thread's memo of this lexicon's answers in {@code lang} (which may be null). */
    LexiconMemo memo(String lang) {
        return memos.get().of(this, lang);
    }

    /**
     * The gender of a given name as written, or null when it is not a known given name: a listed one, or two listed
     * ones joined by a hyphen (« Louis-Simon », « Marie-Hélène »), which have the first one's gender.
     */
    public Gender firstName(String word) {
        Gender g = nameFilter.mayHave(word) ? firstNames.get(word) : null;
        return g != null ? g : compoundFirstName(word);
    }

    /** The first part's gender when {@code word} is two listed given names joined by one hyphen, else null. */
    private Gender compoundFirstName(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash + 2 >= word.length() || word.indexOf('-', dash + 1) >= 0
                || !Character.isUpperCase(word.charAt(dash + 1))) {
            return null;
        }
        String first = word.substring(0, dash);
        String second = word.substring(dash + 1);
        Gender g = nameFilter.mayHave(first) ? firstNames.get(first) : null;
        return g != null && nameFilter.mayHave(second) && firstNames.containsKey(second) ? g : null;
    }

    /** Whether {@code word} (lower-cased) is listed in {@code lang} as a word of any kind. */
    public boolean listed(String word, String lang) {
        return wordFilter.mayHave(word) && inLanguage(lang).words().containsKey(word);
    }

    /** Whether {@code word} (lower-cased, except honorifics which are as written) is of {@code kind}. */
    public boolean is(Kind kind, String word, String lang) {
        return data(kind, word, lang) != null;
    }

    /** Whether {@code word} (lower-cased) is of one of the three kinds: one lookup for the three. */
    public boolean isAny(String word, String lang, Kind a, Kind b, Kind c) {
        String[] d = entry(word, lang);
        return d != null && (d[a.ordinal()] != null || d[b.ordinal()] != null || d[c.ordinal()] != null);
    }

    /**
     * The role a title before a name gives as written ("Me" before a French name: avocat), or null when the
     * word is no such title.
     */
    public String titleRole(String word, String lang) {
        return data(Kind.TITLE, word, lang);
    }

    /** The gender of an honorific or head noun, or null when the word is not one. */
    public Gender gender(Kind kind, String word, String lang) {
        String d = data(kind, word, lang);
        return d == null ? null : d.isEmpty() ? Gender.UNKNOWN : Gender.fromCode(d);
    }

    /** The pronoun the lower-cased {@code word} is in {@code lang}, or null. */
    public Pronoun pronoun(String word, String lang) {
        if (!pronounFilter.mayHave(word)) {
            return null;
        }
        Map<String, Pronoun> m = inLanguage(lang).pronouns();
        return m == null ? null : m.get(word);
    }

    /**
     * The third-person pronoun a stressed pronoun stands for when it opens a clause as the subject of its
     * verb (« Lui assure n'avoir … »: il), from its gender and number in the data; null for the others
     * (« Vous », « Moi ») and for words that are none.
     */
    public Pronoun stressed(String word, String lang) {
        String d = data(Kind.STRESSED, word, lang);
        if (d == null || d.isBlank()) {
            return null;
        }
        String[] g = d.trim().split("\\s+");
        return g.length == 2 ? new Pronoun(Gender.fromCode(g[0]), g[1].equals("p")) : null;
    }

    /** Endings of plural nouns, tried in turn on a word that might be a role. */
    private static final List<String> PLURAL_ENDINGS = List.of("s", "es", "en", "n", "e", "innen");

    /** Whether a lower-case word is a head noun or the plural of one ("researchers", "Journalisten"). */
    public boolean headOrPlural(String w, String lang) {
        if (head(w, lang) != null) {
            return true;
        }
        for (String end : PLURAL_ENDINGS) {
            if (w.length() > end.length() + 2 && w.endsWith(end) && head(w.substring(0, w.length() - end.length()), lang) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a head noun is {@code word} or the last part of a hyphenated {@code word} (IS-Kämpfer). */
    public Gender head(String lowerWord, String lang) {
        Gender g = gender(Kind.HEAD, lowerWord, lang);
        return g != null ? g : headInParts(lowerWord, lang);
    }

    /**
     * The {@link #head} of a lower-case word that is no head noun itself: of the last part of it hyphenated,
     * of what follows its first hyphen, or of a German compound's last part; null when none is.
     */
    Gender headInParts(String lowerWord, String lang) {
        Gender g = null;
        int dash = lowerWord.lastIndexOf('-');
        if (dash > 0 && dash < lowerWord.length() - 1) {
            g = gender(Kind.HEAD, lowerWord.substring(dash + 1), lang);
        }
        int first = lowerWord.indexOf('-');
        if (g == null && first > 0 && first < dash) {
            g = gender(Kind.HEAD, lowerWord.substring(first + 1), lang); // 23-year-old
        }
        if (g == null && "de".equals(lang) && lowerWord.length() >= 2 * MIN_COMPOUND_HEAD - 1
                && compoundEndings.contains(ending(lowerWord))) {
            // German compounds: Verfassungsschutzpräsident, Terrorismusexperte
            for (int i = 1; g == null && i + MIN_COMPOUND_HEAD <= lowerWord.length(); i++) {
                g = gender(Kind.HEAD, lowerWord.substring(i), lang);
            }
        }
        return g;
    }

    /**
     * Whether token {@code k} of {@code view} may have a {@link #head} in {@code lang}: false only when it
     * surely has none (its key is no head noun's, and it is neither hyphenated nor a long German word).
     */
    public boolean mayBeHead(org.retour.entity.TokenView view, int k, String lang) {
        boolean hyphenated = false;
        for (int i = view.start(k); i < view.end(k) && !hyphenated; i++) {
            hyphenated = view.text().charAt(i) == '-';
        }
        return mayBeHead(view, k, "de".equals(lang), hyphenated);
    }

    /**
     * As {@link #mayBeHead(org.retour.entity.TokenView, int, String)}, told whether the language is German
     * and whether the token has a hyphen (in its written form, so in its lower-cased one).
     */
    boolean mayBeHead(org.retour.entity.TokenView view, int k, boolean german, boolean hyphenated) {
        if (hyphenated || headKeys.contains(view, k)) {
            return true;
        }
        // lower-casing shortens no word, so the written length tells most long words without the lower-cased one
        return german && (view.end(k) - view.start(k) >= 2 * MIN_COMPOUND_HEAD - 1
                || view.lower(k).length() >= 2 * MIN_COMPOUND_HEAD - 1);
    }

    /**
     * The gender of a person entity as its name or role shows it: a known given name first, then the
     * head noun of its role (directrice) unless a title gives that role to men and women alike (« Me »:
     * avocat), else UNKNOWN.
     */
    public Gender genderOf(org.retour.model.Entity person, String lang) {
        String name = person.canonical() == null ? "" : person.canonical();
        int sp = name.indexOf(' ');
        Gender g = firstName(sp < 0 ? name : name.substring(0, sp));
        if (g != null && g != Gender.UNKNOWN) {
            return g;
        }
        String role = person.role() == null ? null : person.role().toLowerCase(Locale.ROOT);
        if (role != null && !epiceneTitleRoles.contains(role)) {
            int i = 0;
            while (i < role.length()) {
                int j = i;
                while (j < role.length() && role.charAt(j) != ' ' && role.charAt(j) != ',') {
                    j++;
                }
                Gender h = j > i ? head(role.substring(i, j), lang) : null;
                i = j + 1;
                if (h != null && h != Gender.UNKNOWN) {
                    return h;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    /** The maps of {@code lang}: those of the last language asked for when it is the same string. */
    private InLanguage inLanguage(String lang) {
        InLanguage l = last;
        if (l.lang() != lang || lang == null) {
            Map<String, String[]> m = lang == null ? null : words.get(lang);
            l = new InLanguage(lang, m == null ? everyLanguage : m, lang == null ? null : pronouns.get(lang));
            last = l;
        }
        return l;
    }

    private static String ending(String word) {
        return word.substring(word.length() - 4);
    }

    /**
     * The data of every kind {@code word} has in {@code lang}, indexed by {@link Kind#ordinal}, or null
     * when the word is not listed; callers must not change it.
     */
    String[] entry(String word, String lang) {
        return wordFilter.mayHave(word) ? inLanguage(lang).words().get(word) : null;
    }

    /**
     * The {@link #entry} of {@code word} as written when it may be an honorific or a title, else null:
     * for callers that read only those two kinds of it.
     */
    String[] writtenEntry(String word, String lang) {
        return mayBeWritten(word) ? entry(word, lang) : null;
    }

    /** Whether {@code word} as written may have a {@link #writtenEntry}: false only when it surely has none. */
    boolean mayBeWritten(String word) {
        return writtenFilter.mayHave(word);
    }

    private String data(Kind kind, String word, String lang) {
        String[] d = entry(word, lang);
        return d == null ? null : d[kind.ordinal()];
    }
}
