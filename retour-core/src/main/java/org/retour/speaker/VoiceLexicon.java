package org.retour.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.resource.ResourceLines;

/**
 * Decides a speaker's voice from the words of their role or description, with the lexicon of
 * {@code org/retour/speaker/voices.txt}: "un ancien combattant" is a defector, "Rückkehrer" a returnee,
 * "directeur de l'ICSR" a researcher (a research centre outranks a director). Thread-safe; besides the
 * lexicon it keeps only the voices of the roles it has read, to answer them again at once.
 */
public final class VoiceLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/speaker/voices.txt";
    static final String FIGHTER = "fighter";
    /** The shortest word read at the end of a German compound. */
    static final int MIN_COMPOUND_PART = 5;
    static final String FORMER = "former";
    static final String OF = "of";
    static final String POSS = "poss";
    static final String SPOKES = "spokes";
    static final String STATE = "state";
    static final String CIVIL = "civil";
    static final String RANK = "rank";
    static final String ARMY = "army";
    static final String GROUP = "group";
    static final String AGAINST = "against";
    static final String AUX = "aux";
    /** The values of the lexicon that mark a word rather than name a voice. */
    private static final Set<String> MARKERS = Set.of(FIGHTER, FORMER, OF, POSS, SPOKES, STATE, CIVIL, RANK, ARMY, GROUP,
            AGAINST, AUX);

    /** How many roles each language keeps the voices of before it forgets them all. */
    static final int ROLES_KEPT = 8192;

    private final Map<String, Map<String, String>> byLanguage;
    /** The voices of roles already read, per language: the same roles come back article after article. */
    private final RoleMemo<Voice> voices = new RoleMemo<>(ROLES_KEPT);
    /** Whether each role already read is one word naming a state body, per language. */
    private final RoleMemo<Boolean> soleBodies = new RoleMemo<>(ROLES_KEPT);
    /** What {@link #weakOffice(String, String, boolean)} answered for each role already read, with ranks and without. */
    private final RoleMemo<Boolean> weakWithRanks = new RoleMemo<>(ROLES_KEPT);
    private final RoleMemo<Boolean> weakWithoutRanks = new RoleMemo<>(ROLES_KEPT);
    private final List<Voice> order;
    /** The prepositions that tie a name to the body it works for, per language ("Helen Okafor of King's College"). */
    private final Map<String, Set<String>> affiliations;
    /**
     * The last three letters of every German or common word the lexicon can match, bare or with a
     * German ending: a word ending otherwise has no compound part to look up.
     */
    private final Set<String> compoundTails;

    /** A lexicon from lines of the form {@code "lang word voice"} and one {@code "* order voice…"} line. */
    public VoiceLexicon(List<String> lines) {
        Map<String, Map<String, String>> m = new HashMap<>();
        List<Voice> ord = new ArrayList<>();
        Map<String, Set<String>> aff = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\\s+");
            if (p.length >= 4 && p[0].equals("*") && p[1].equals("affiliation")) {
                for (int i = 3; i < p.length; i++) {
                    aff.computeIfAbsent(p[2], k -> new java.util.HashSet<>()).add(p[i].toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (p.length >= 3 && p[1].equals("order")) {
                for (int i = 2; i < p.length; i++) {
                    ord.add(Voice.fromLabel(p[i]));
                }
                continue;
            }
            if (p.length < 3) {
                throw new IllegalArgumentException("voice line needs 'lang word… voice': " + line);
            }
            String voice = p[p.length - 1];
            if (!MARKERS.contains(voice)) {
                Voice.fromLabel(voice); // refuses a value that is neither a voice nor a marker
            }
            String word = String.join(" ", java.util.Arrays.copyOfRange(p, 1, p.length - 1)).toLowerCase(Locale.ROOT);
            m.computeIfAbsent(p[0], k -> new HashMap<>()).put(word, voice);
        }
        if (ord.isEmpty()) {
            throw new IllegalArgumentException("the voice lexicon needs an '* order …' line");
        }
        this.byLanguage = m; // never changed after this
        this.order = List.copyOf(ord);
        this.affiliations = Map.copyOf(aff);
        Set<String> tails = new java.util.HashSet<>();
        for (String lang : new String[] {"de", "*"}) {
            for (String word : m.getOrDefault(lang, Map.of()).keySet()) {
                addTail(tails, word);
                for (String ending : Inflection.DE_ENDINGS) {
                    addTail(tails, word + ending);
                }
            }
        }
        this.compoundTails = tails;
    }

    private static void addTail(Set<String> tails, String form) {
        if (form.length() >= 3) {
            tails.add(form.substring(form.length() - 3));
        }
    }

    /** The bundled lexicon. */
    public static VoiceLexicon bundled() {
        return new VoiceLexicon(ResourceLines.classpath(RESOURCE));
    }

    /** The voice the words of {@code role} show, or UNKNOWN when none does (or role is null). */
    public Voice voiceOf(String role, String lang) {
        if (role == null || role.isBlank()) {
            return Voice.UNKNOWN;
        }
        if (lang == null) {
            return read(role, null);
        }
        return voices.get(role, lang, this::read);
    }

    /** Whether a lexicon value is the voice of a former member, returnee or defector. */
    static boolean member(String v) {
        return v.equals("returnee") || v.equals("defector");
    }

    /**
     * The voice the words of {@code role}, not blank, show in {@code lang}, or UNKNOWN. A former member's word
     * in a complement ("head of the returnee unit at the ministry", « chargée du suivi des revenants à la
     * préfecture », "lawyer of a returnee") names whom the person deals with, not who they are, when the role
     * holds an office or trade; without one ("one of the returnees") it is theirs.
     */
    private Voice read(String role, String lang) {
        RoleReading reading = new RoleReading();
        String prev = null;
        for (String original : RoleWords.of(role)) {
            String w = original.toLowerCase(Locale.ROOT);
            if (possessiveEnding(w, prev, lang)) {
                continue; // "Pruitt's attorney" is no "U.S. Attorney", "State's Attorney" a state attorney
            }
            reading.nextWord();
            String pair = prev == null ? null : lookup(prev + " " + w, lang);
            for (String key : keys(w, prev, lang)) {
                String v = lookup(key, lang);
                if (pair != null && key.indexOf(' ') < 0 && !FORMER.equals(v)) {
                    continue; // "brigade de recherches": the pair "de recherches" is a state's, not the word "recherches"
                }
                if (v != null && !AUX.equals(v)
                        && !(GROUP.equals(v) && "en".equals(lang) && original.equals("is"))) { // the verb, not IS
                    reading.note(v, key.indexOf(' ') > 0);
                }
            }
            prev = w;
        }
        return reading.voice(order);
    }

    /**
     * Whether {@code w} is the English possessive ending "'s" cut off its noun ("Pruitt's attorney"), not the
     * end of "U.S." ("Assistant U.S. Attorney"): the words on either side of it make the pair.
     */
    private static boolean possessiveEnding(String w, String prev, String lang) {
        return "s".equals(w) && prev != null && !"u".equals(prev) && (lang == null || "en".equals(lang));
    }

    /** Whether one of the words of {@code role} (or two in a row) is listed with {@code voice} itself. */
    public boolean names(String role, String lang, Voice voice) {
        return listed(role, lang, voice.label());
    }

    /**
     * Whether {@code role} holds an office only in words that need not be a state's today: a post under a
     * former marker ("former civil servant", « ancien sous-officier », „ehemaliger Polizist“, "Ex-Beamte",
     * "شرطي سابق") or a rank the group's own hierarchy also uses ("commander", „Kommandeur“, قائد) with no
     * state's army beside it. Such a speaker is an official unless what they say shows them inside the group.
     * False without an office word.
     */
    public boolean weakOffice(String role, String lang) {
        return weakOffice(role, lang, true);
    }

    /**
     * Whether {@code role} holds an office only in posts under a former marker, or also in ranks the group
     * shares when {@code ranks} holds: see {@link #weakOffice(String, String)}. Remembered per role and language
     * as {@link #voiceOf} is.
     */
    public boolean weakOffice(String role, String lang, boolean ranks) {
        if (role == null) {
            return false;
        }
        if (lang == null) {
            return readWeakOffice(role, null, ranks);
        }
        return ranks ? weakWithRanks.get(role, lang, (r, l) -> readWeakOffice(r, l, true))
                : weakWithoutRanks.get(role, lang, (r, l) -> readWeakOffice(r, l, false));
    }

    /** What {@link #weakOffice(String, String, boolean)} answers, read from the words of {@code role} (not null). */
    private boolean readWeakOffice(String role, String lang, boolean ranks) {
        List<String> ws = RoleWords.of(role.toLowerCase(Locale.ROOT));
        int n = ws.size();
        String[] values = new String[n];
        boolean[] formerIn = new boolean[n];
        String prev = null;
        for (int i = 0; i < n; i++) {
            for (String key : keys(ws.get(i), prev, lang)) {
                String v = lookup(key, lang);
                if (FORMER.equals(v)) {
                    formerIn[i] = true;
                } else if (values[i] == null && (RANK.equals(v) || STATE.equals(v) || SPOKES.equals(v) || ARMY.equals(v)
                        || Voice.OFFICIAL.label().equals(v))) {
                    values[i] = v;
                }
            }
            prev = ws.get(i);
        }
        boolean office = false;
        for (int i = 0; i < n; i++) {
            if (values[i] == null) {
                continue;
            }
            office = true;
            if (!(ranks && values[i].equals(RANK)) && !pastOffice(formerIn, i, lang)) {
                return false;
            }
        }
        return office;
    }

    /**
     * Whether the office word at {@code i} is under a former marker: one before it or in the same word
     * ("former army officer", "ex-policeman"), in Arabic also one after it ("ضابط سابق في الجيش").
     */
    private static boolean pastOffice(boolean[] formerIn, int i, String lang) {
        for (int j = 0; j <= i; j++) {
            if (formerIn[j]) {
                return true;
            }
        }
        if ("ar".equals(lang)) {
            for (int j = i + 1; j < formerIn.length; j++) {
                if (formerIn[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the words of a name show a state body (ministère, Home Office, FBI, Staatsanwaltschaft). */
    public boolean stateBody(String name, String lang) {
        return listed(name, lang, STATE);
    }

    /**
     * Whether {@code role} is one word that names a state body ("prosecution", "FBI"): a side, not a post.
     * Remembered per role and language as {@link #voiceOf} is.
     */
    public boolean soleStateBody(String role, String lang) {
        if (lang == null) {
            return RoleWords.of(role.toLowerCase(Locale.ROOT)).size() == 1 && stateBody(role, null);
        }
        return soleBodies.get(role, lang, (r, l) -> RoleWords.of(r.toLowerCase(Locale.ROOT)).size() == 1 && stateBody(r, l));
    }

    private boolean listed(String role, String lang, String label) {
        String prev = null;
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (possessiveEnding(w, prev, lang)) {
                continue;
            }
            for (String key : keys(w, prev, lang)) {
                if (label.equals(lookup(key, lang))) {
                    return true;
                }
            }
            prev = w;
        }
        return false;
    }

    /**
     * Whether a lower-cased word right after a name ties it to the body the person works for, as a comma's
     * apposition does ("Dr Helen Okafor of King's College London", „Torsten Behrens vom Landesamt“).
     */
    public boolean affiliation(String lowered, String lang) {
        Set<String> words = affiliations.get(lang);
        return words != null && words.contains(lowered);
    }

    /** Whether a word is a possessive determiner (son, his, ihr) as the lexicon lists them. */
    public boolean possessive(String word, String lang) {
        return POSS.equals(exact(word.toLowerCase(Locale.ROOT), lang));
    }

    /** Whether the lower-cased word is an auxiliary the lexicon lists ("a", "ont"): the word after it is a verb. */
    public boolean auxiliary(String w, String lang) {
        return AUX.equals(exact(w, lang));
    }

    /**
     * Whether the lexicon lists the lower-cased word {@code w}, alone or after {@code prev} (null at the start),
     * with a voice or a marker: a word that may stand in a role.
     */
    public boolean knows(String w, String prev, String lang) {
        for (String key : keys(w, prev, lang)) {
            if (lookup(key, lang) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code role} carry a "former" marker (ancien, former, ehemalig, سابق). */
    public boolean former(String role, String lang) {
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (FORMER.equals(lookup(w, lang))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of {@code role} hold a fighter's noun (combattant, fighter, Kämpfer, مقاتل). */
    public boolean fighter(String role, String lang) {
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (FIGHTER.equals(lookup(w, lang))) {
                return true;
            }
        }
        return false;
    }

    private List<String> keys(String w, String prev, String lang) {
        List<String> k = new ArrayList<>(4);
        k.add(w);
        if ("de".equals(lang) && w.length() > MIN_COMPOUND_PART && compoundTails.contains(w.substring(w.length() - 3))) {
            // German compounds: Verfassungsschutzpräsident, Terrorismusexperte
            for (int i = 1; i + MIN_COMPOUND_PART <= w.length(); i++) {
                k.add(w.substring(i));
            }
        }
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1) {
            k.add(w.substring(dash + 1));
            k.add(w.substring(0, dash));
        }
        if (w.length() > 2 && (w.startsWith("l'") || w.startsWith("d'"))) {
            k.add(w.substring(2));
        }
        if (prev != null) {
            k.add(prev + " " + w);
        }
        return k;
    }

    private String lookup(String key, String lang) {
        String v = exact(key, lang);
        if (v == null && key.length() >= 4 && key.indexOf(' ') < 0) {
            for (String stem : Inflection.stems(key, lang)) {
                v = exact(stem, lang);
                if (v != null) {
                    break;
                }
            }
        }
        return v;
    }

    private String exact(String key, String lang) {
        Map<String, String> m = byLanguage.get(lang);
        String v = m == null ? null : m.get(key);
        if (v == null) {
            Map<String, String> all = byLanguage.get("*");
            v = all == null ? null : all.get(key);
        }
        return v;
    }
}
