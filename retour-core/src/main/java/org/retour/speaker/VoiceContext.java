package org.retour.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Attribution;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Token;
import org.retour.model.Voice;
import org.retour.resource.ResourceLines;

/**
 * Decides the voices of a document's speakers from context when their role alone does not: a speaker
 * who speaks of life inside the group in the first person ("On nous avait promis une maison, j'ai eu un
 * matelas") has left it; one who speaks of "mon fils" is a relative; a former fighter who is back home or
 * on trial ("rentré de Syrie", "trial", "Prozess") is a returnee, one who fled elsewhere a defector. All
 * quotes of one speaker share the voice. Words come from {@code org/retour/speaker/voice-context.txt}.
 *
 * <p>One pass over the document's word tokens plus the speakers' quotes and mentions. Immutable and
 * thread-safe.
 */
public final class VoiceContext {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/speaker/voice-context.txt";
    /** How many sentences mentioning a speaker are read for signals about them. */
    static final int MAX_SENTENCES = 6;

    /** How many words of life in the group make an article about it when it names no armed group. */
    static final int GROUP_WORDS = 2;
    /** How many characters may stand between a name and its role in apposition (", 31, a "). */
    static final int ROLE_GAP = 12;

    /** What a context word says about a speaker. */
    enum Signal { SELF, WE, EXPERIENCE, KIN, PARENT, RETURNED, LEFT, BYSTANDER, THIRD, WISH, AT, CLAUSE }

    /** The context words and their signals. */
    private final WordSignals contextWords;
    private final VoiceLexicon voices;
    private final NameNeighbourhood neighbourhood;
    private final GroupVoice groupVoice;
    private final SignalVoices signalVoices;
    private final GroundDateline ground = GroundDateline.bundled();
    private final InsideAccount inside = InsideAccount.bundled();
    private final OfficeVerbs officeVerbs = OfficeVerbs.bundled();
    private final SignalIdioms idioms = SignalIdioms.bundled();
    /**
     * Per thread, {@link #roleFates} of the roles read last. Design decision: a function of the words and the language
     * alone, and the same roles come back article after article, so they are split and looked up once per thread.
     */
    private final ThreadLocal<org.retour.person.WordMemo<int[]>> roleFates =
            org.retour.person.WordMemo.perThread(this::roleFates);

    /**
     * Context words from lines {@code "lang signal word…"}; {@code voices} reads role words near mentions,
     * which stop at a verb of {@code speech} ("Ein Beamter des BKA sagte, Erkan S. habe …") and at a
     * relative pronoun of {@code persons} ("an activist who helps defectors").
     */
    public VoiceContext(List<String> lines, VoiceLexicon voices, org.retour.quote.SpeechWords speech,
                        org.retour.person.PersonLexicon persons) {
        this.voices = java.util.Objects.requireNonNull(voices);
        this.neighbourhood = new NameNeighbourhood(voices, speech, persons);
        this.contextWords = new WordSignals(lines);
        this.groupVoice = new GroupVoice(voices, persons);
        this.signalVoices = new SignalVoices(contextWords, voices);
    }

    /** The bundled context words with the given lexicons. */
    public static VoiceContext bundled(VoiceLexicon voices, org.retour.quote.SpeechWords speech,
                                       org.retour.person.PersonLexicon persons) {
        return new VoiceContext(ResourceLines.classpath(RESOURCE), voices, speech, persons);
    }

    /** The signal of a lower-cased word, or null. */
    Signal signal(String lowered, String lang) {
        return contextWords.of(lowered, lang);
    }

    /**
     * The signal of each word token (null elsewhere), looked up once per document; the words of a set phrase that
     * says nothing of the speaker ("in front of", « garde à vue ») have none.
     */
    private Signal[] signals(String lang, String[] lowered) {
        return idioms.clear(contextWords.ofAll(lowered, lang), lowered, lang);
    }

    /**
     * The quotes with their speakers' voices decided from context, over the view of the document's tokens.
     *
     * @param lowered the lower-cased text of each word token (null elsewhere)
     * @param writers  the entity ids and descriptions of speakers who wrote a letter read out by another:
     *                 away from home unless the sentences about them say more of a return than of flight
     * @param kinReaders the keys of speakers who read out their child's or sibling's letter: relatives
     *                   unless their role says otherwise
     * @param armedGroup whether the document names one of the armed groups whose former members Retour counts
     */
    List<Quote> assign(org.retour.entity.TokenView view, String lang, List<Token> tokens, String[] lowered,
                       List<Sentence> sentences, List<Quote> quotes, List<Entity> persons,
                       java.util.Set<String> writers, java.util.Set<String> kinReaders, boolean armedGroup) {
        String text = view.text();
        Map<SpeakerKey, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Speaker s = quotes.get(i).attribution().speaker();
            if (s != null) {
                groups.computeIfAbsent(key(s), k -> new ArrayList<>()).add(i);
            }
        }
        if (quotes.isEmpty()) {
            return quotes;
        }
        Signal[] sig = ground.heldThere(signals(lang, lowered), lowered, lang);
        SignalCounts doc = SignalCounts.count(sig, 0, tokens.size());
        GroundDateline.Where dateline = ground.where(view, lang);
        java.util.function.BooleanSupplier onGround = ground.onGround(dateline, lowered, lang);
        SentenceSignals bySentence = new SentenceSignals(view, sig, sentences);
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : persons) {
            byId.put(e.id(), e);
        }
        List<Quote> out = new ArrayList<>(quotes);
        OwnWords own = new OwnWords(quotes);
        NameBarriers barriers = null; // built for the first speaker whose names are read
        Map<Entity, Integer> fates = new java.util.IdentityHashMap<>(); // read for speakers of a shared family name
        List<FamilyVoices.Speaking> decided = new ArrayList<>(groups.size()); // each group's voice, in order
        boolean[] practitioners = new boolean[groups.size()]; // a lawyer or chaplain speaks as such in all quotes
        for (List<Integer> group : groups.values()) {
            Speaker s = quotes.get(group.get(0)).attribution().speaker();
            SignalCounts said = new SignalCounts();
            boolean byName = false; // "When I was with Daesh"
            boolean byGround = false; // « Quand nous étions en Syrie »
            boolean insider = false; // "our emir", „die Emire“
            for (int i : group) {
                Span span = quotes.get(i).span();
                int from = bySentence.tokenAt(span.start());
                int to = bySentence.tokenAt(span.end());
                said.add(own.count(sig, bySentence, quotes.get(i))); // not the words of others it reports
                if (quotes.get(i).parent() == null) {
                    InsideAccount.Told told = inside.told(lowered, from, to, lang);
                    byName = byName || told == InsideAccount.Told.NAME;
                    byGround = byGround || told != InsideAccount.Told.NOTHING;
                    insider = insider || inside.insiderWord(lowered, from, to, lang);
                }
            }
            Entity person = byId.get(s.entity());
            java.util.Set<String> roles = new java.util.LinkedHashSet<>();
            for (int i : group) {
                Speaker each = quotes.get(i).attribution().speaker();
                if (each.role() != null) {
                    roles.add(each.role());
                }
            }
            // every role the speaker's quotes give counts ("der 29-Jährige", then "der Angeklagte")
            Speaker all = roles.size() < 2 ? s
                    : new Speaker(s.entity(), s.name(), s.description(), String.join(", ", roles), s.voice());
            SignalCounts around = around(text, lang, bySentence, all, person);
            Voice base = s.voice();
            if (base == Voice.UNKNOWN && kinReaders.contains(s.entity() != null ? s.entity() : s.description())) {
                base = Voice.RELATIVE; // reads out the letters of their son, daughter, brother or sister
            }
            if (base == Voice.UNKNOWN && titledOfficial(s.name(), lang)) {
                base = Voice.OFFICIAL; // "District Judge Marisol Treviño", "Chief Superintendent Sean Wright"
            }
            SignalCounts near = new SignalCounts();
            String officeWords = all.role(); // the words that made the speaker an official, if one
            boolean practitioner = base == Voice.OTHER && all.role() != null && !voices.fighter(all.role(), lang)
                    && !contextWords.inRole(all.role(), lang, Signal.BYSTANDER) // a lawyer, not a witness who may have fought
                    && !voices.former(all.role(), lang); // "a former call centre worker" no longer works as one
            if (person != null && (base == Voice.UNKNOWN || base == Voice.OTHER && !practitioner)
                    && !contextWords.fateInRole(all.role(), lang)) { // "his lawyer, Dominic Farrell, told reporters": still a lawyer
                barriers = barriers != null ? barriers : NameBarriers.of(persons, quotes);
                StringBuilder beside = new StringBuilder();
                Voice identity = neighbourhood.identity(view, lang, tokens, lowered, sentences, person, barriers,
                        w -> {
                            note(near, w, lang);
                            beside.append(w).append(' ');
                        });
                if (identity != Voice.UNKNOWN) {
                    base = identity;
                    officeWords = beside.toString();
                }
            }
            if (base == Voice.UNKNOWN && person != null && officeVerbs.after(person, view, lowered, lang)) {
                base = Voice.OFFICIAL; // « Jérôme Vallat a requis quatorze ans contre … »: the prosecution
            }
            if (base == Voice.RELATIVE && person != null && clauseAfterName(person, view,
                    k -> inside.returnedIn(lowered, k, lang, w -> sig[w] == Signal.WISH))) {
                base = Voice.DEFECTOR; // "Dosov's wife Aigerim, who came back with him": she went there too
                around.note(Signal.RETURNED); // and she is back
            } else if (person != null && !practitioner && base != Voice.RESEARCHER && base != Voice.JOURNALIST
                    && (base != Voice.OFFICIAL || voices.weakOffice(officeWords, lang)) // a prosecutor holds office today
                    && clauseAfterName(person, view, k -> inside.joinedIn(lowered,
                            j -> view.kind(j) == org.retour.model.Token.Kind.NUMBER,
                            j -> view.text().startsWith("IS", tokens.get(j).start())
                                    && tokens.get(j).length() == 2, k, lang))) {
                base = Voice.DEFECTOR; // "Ali Khan, who joined Islamic State in 2014": one of them
            } else if (!practitioner && (base == Voice.OFFICIAL // an officer may say "when we were in Raqqa"
                    ? byName || byGround && voices.weakOffice(officeWords, lang, false)
                    : byGround && (base == Voice.UNKNOWN || base == Voice.OTHER || base == Voice.RELATIVE))) {
                base = Voice.DEFECTOR; // "When I was with Daesh", « Quand nous étions en Syrie »: one of them
            } else if (base == Voice.OFFICIAL && (voices.weakOffice(officeWords, lang, false)
                    || insider && voices.weakOffice(officeWords, lang, true)) // Kurdish commanders speak of fighting too
                    && (said.get(Signal.SELF) > 0 && said.get(Signal.EXPERIENCE) > 0
                    || said.get(Signal.WE) > 0 && said.get(Signal.EXPERIENCE) >= 2)) {
                base = Voice.DEFECTOR; // a former policeman, or a "commander" who speaks of his emirs
            }
            practitioners[decided.size()] = practitioner;
            Voice v = practitioner ? base : signalVoices.decide(base, said, around, near, doc, s.role(), lang,
                    writers.contains(s.entity() != null ? s.entity() : s.description()), onGround,
                    dateline == GroundDateline.Where.ELSEWHERE);
            if (v == Voice.UNKNOWN) { // "We spoke to 23 returnees. … One young man put it to us: “…”"
                Voice member = groupVoice.of(s, quotes.get(group.get(0)).span().start(), lang, view, lowered);
                v = member != null ? member : v;
            }
            if (v == Voice.UNKNOWN && (armedGroup || doc.get(Signal.EXPERIENCE) >= GROUP_WORDS)) {
                v = SignalVoices.formerMemberByDefault(said, doc, onGround);
            }
            if (v == Voice.UNKNOWN) {
                v = TradeVoices.of(s.role(), lang); // « un commerçant de la Grand-Rue », "a neighbour": one of those around
            }
            Voice byRole = all.role() == null ? Voice.UNKNOWN : voices.voiceOf(all.role(), lang);
            decided.add(new FamilyVoices.Speaking(person, v, byRole, byGround // kin by role: their words pass on another's life
                    || byRole != Voice.RELATIVE && SignalVoices.ownLifeInside(said)));
        }
        java.util.Set<Entity> kin = FamilyVoices.relatives(decided, persons,
                e -> fates.computeIfAbsent(e, p -> fate(text, lang, bySentence, p)));
        int g = 0;
        for (List<Integer> group : groups.values()) {
            FamilyVoices.Speaking one = decided.get(g);
            Voice v = one.person() != null && kin.contains(one.person()) ? Voice.RELATIVE : one.voice();
            Speaker s = quotes.get(group.get(0)).attribution().speaker();
            boolean practitioner = practitioners[g++];
            for (int i : group) { // every quote of the speaker, also one whose own words gave no voice; a lawyer or chaplain speaks as such in all
                Speaker each = out.get(i).attribution().speaker();
                if (each.voice() != v && (v != s.voice() || each.voice() == Voice.UNKNOWN || practitioner)) {
                    out.set(i, withSpeaker(out.get(i), new Speaker(each.entity(), each.name(), each.description(),
                            each.role(), v)));
                }
            }
        }
        return SpeakerlessAccounts.voiced(out, sig, bySentence, own, doc, onGround, // "One young man told me: ‘…’"
                armedGroup || doc.get(Signal.EXPERIENCE) >= GROUP_WORDS);
    }

    /**
     * Signals in the sentences that mention the speaker (names and pronouns linked to them, or the
     * description of an unnamed speaker) and in the words of their role.
     */
    private SignalCounts around(String text, String lang, SentenceSignals bySentence, Speaker s, Entity person) {
        SignalCounts c = new SignalCounts();
        for (String words : new String[] {s.role(), s.description()}) {
            if (words != null) {
                int[] told = roleFates.get().get(words, lang);
                c.n[Signal.RETURNED.ordinal()] += told[0];
                c.n[Signal.LEFT.ordinal()] += told[1];
            }
        }
        int lastSentence = -1;
        if (person == null) {
            int at = s.description() == null ? -1 : text.indexOf(s.description());
            if (at >= 0) {
                bySentence.addTo(c, at);
            }
            return c;
        }
        int seen = 0;
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.ALIAS) {
                continue; // a transcript's label: the turn after it is the person's own words, not told of them
            }
            int k = sentenceAt(bySentence.sentences, m.span().start());
            if (k >= 0 && k != lastSentence && seen++ < MAX_SENTENCES) {
                lastSentence = k;
                bySentence.addSentence(c, k);
            }
        }
        return c;
    }

    /** The words of return, flight and life inside the group in the sentences that mention {@code person}. */
    private int fate(String text, String lang, SentenceSignals bySentence, Entity person) {
        SignalCounts c = around(text, lang, bySentence, new Speaker(person.id(), person.canonical(), null, null,
                Voice.UNKNOWN), person); // not the words of a role ("la mère de l'accusée"), only what is told of them
        return c.get(Signal.RETURNED) + c.get(Signal.LEFT) + c.get(Signal.EXPERIENCE);
    }

    /**
     * Whether the clause right after one of the person's names, or after the role in apposition to it, read
     * from the token after either, tells {@code tells}.
     */
    private static boolean clauseAfterName(Entity person, org.retour.entity.TokenView view,
                                           java.util.function.IntPredicate tells) {
        String role = person.role();
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            int end = m.span().end();
            if (tells.test(view.indexAt(end))) {
                return true;
            }
            int at = roleAfter(view.text(), role, end);
            if (at >= 0 && tells.test(view.indexAt(at + role.length()))) {
                return true; // "Omar, a former police officer from Tunis who joined IS in 2014"
            }
        }
        return false;
    }

    /** Where {@code role} starts at most {@link #ROLE_GAP} characters after {@code end}, or -1 (also when null or empty). */
    private static int roleAfter(String text, String role, int end) {
        if (role == null || role.isEmpty()) {
            return -1;
        }
        for (int at = end; at <= end + ROLE_GAP && at + role.length() <= text.length(); at++) {
            if (text.startsWith(role, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether a name opens with an office held today, its words but the last read as a role ("District Judge
     * Marisol Treviño", "Detective Inspector Jane Cole"): a title the name took in, which the words before it
     * no longer show.
     */
    boolean titledOfficial(String name, String lang) {
        if (name == null) {
            return false;
        }
        int last = name.lastIndexOf(' ');
        return last > 0 && voices.voiceOf(name.substring(0, last), lang) == Voice.OFFICIAL;
    }

    /** How many words of a role or description ({@code words}) tell a return and how many a flight ({@link #note}). */
    private int[] roleFates(String words, String lang) {
        SignalCounts c = new SignalCounts();
        for (String w : RoleWords.spaced(words.toLowerCase(java.util.Locale.ROOT))) {
            note(c, w, lang);
        }
        return new int[] {c.get(Signal.RETURNED), c.get(Signal.LEFT)};
    }

    /** Counts the signal of a word when it tells a return or a flight. */
    private void note(SignalCounts c, String w, String lang) {
        Signal s = signal(w, lang);
        if (s == Signal.RETURNED || s == Signal.LEFT) {
            c.note(s);
        }
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        return Sentence.indexHolding(sentences, offset);
    }

    /**
     * Who a speaker is for grouping their quotes: a person's entity id, else the text of their description in lower
     * case, for one opening a sentence is the same person ("the 29-year-old agreed" … "The 29-year-old said").
     */
    private record SpeakerKey(boolean named, String id) {

        /*
         * Design decision: equals and hashCode are written out, for the record's own go through a method handle
         * that is not inlined, and every quote's key is hashed and compared once per document.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof SpeakerKey k && k.named == named && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return 31 * Boolean.hashCode(named) + id.hashCode();
        }
    }

    private static SpeakerKey key(Speaker s) {
        return s.entity() != null ? new SpeakerKey(true, s.entity())
                : new SpeakerKey(false, String.valueOf(s.description()).toLowerCase(java.util.Locale.ROOT));
    }

    private static Quote withSpeaker(Quote q, Speaker s) {
        Attribution a = switch (q.attribution()) {
            case Attribution.Cued c -> new Attribution.Cued(s, c.cue());
            case Attribution.Contextual c -> new Attribution.Contextual(s);
            case Attribution.Unattributed u -> u;
        };
        return q.withAttribution(a);
    }
}
