package org.retour.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Scores predicted persons, organisations and places against gold entities, per type.
 *
 * <p>A predicted entity matches a gold entity of the same type when one of its names (canonical name,
 * aliases, name and alias mentions) equals the gold text or canonical name, ignoring case and accents;
 * matching is one-to-one in gold order. Gold entities of one type that share a canonical name are one entity,
 * the first of them: the gold format lists each entity once, and a file that lists « État islamique » and
 * « Daech » apart, both canonical Islamic State, names one organisation. Articles without gold entities (key
 * absent) are skipped.
 */
public final class EntityEvaluator {

    /** Scores every case, per language and overall. */
    public LanguageReport<EntityScores> evaluate(List<EvalCase> cases) {
        Map<String, EntityScores> byLang = new HashMap<>();
        EntityScores overall = EntityScores.EMPTY;
        List<EvalError> errors = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().entities() == null) {
                continue;
            }
            EntityScores s = score(c, errors);
            byLang.merge(c.gold().lang(), s, EntityScores::plus);
            overall = overall.plus(s);
        }
        return new LanguageReport<>(byLang, overall, errors);
    }

    /** All predicted entities of an analysis: persons, organisations and places. */
    static List<Entity> predicted(Analysis a) {
        List<Entity> out = new ArrayList<>(a.list(Layers.PERSONS));
        out.addAll(a.list(Layers.ORGANIZATIONS));
        out.addAll(a.list(Layers.PLACES));
        return out;
    }

    private EntityScores score(EvalCase c, List<EvalError> errors) {
        String id = c.gold().id();
        String lang = c.gold().lang();
        List<Entity> predicted = predicted(c.predicted());
        List<Set<String>> names = predicted.stream().map(EntityEvaluator::names).toList();
        boolean[] used = new boolean[predicted.size()];
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
        Ratio country = Ratio.ZERO;
        Set<String> seen = new HashSet<>();
        for (GoldEntity g : c.gold().entities()) {
            if (g.canonical() != null && !seen.add(g.type() + " " + Names.normalize(g.canonical()))) {
                continue; // the same entity listed again under another of its names
            }
            counts.get(g.type())[2]++;
            String t = Names.normalize(g.text());
            String canon = g.canonical() == null ? null : Names.normalize(g.canonical());
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                if (!used[i] && predicted.get(i).type() == g.type()
                        && (names.get(i).contains(t) || (canon != null && names.get(i).contains(canon)))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                errors.add(new EvalError(id, lang, EvalError.Kind.MISSED_ENTITY, g.text(), g.type().name()));
                continue;
            }
            used[hit] = true;
            counts.get(g.type())[0]++;
            if (g.country() != null) {
                String pc = predicted.get(hit).country();
                boolean ok = g.country().equalsIgnoreCase(pc == null ? "" : pc);
                country = country.add(ok);
                if (!ok) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.WRONG_COUNTRY, g.text(),
                            "expected " + g.country() + ", found " + pc));
                }
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            Entity e = predicted.get(i);
            counts.get(e.type())[1]++;
            if (!used[i]) {
                errors.add(new EvalError(id, lang, EvalError.Kind.FALSE_ENTITY, e.canonical(), e.type().name()));
            }
        }
        Map<EntityType, Prf> types = new EnumMap<>(EntityType.class);
        counts.forEach((type, n) -> types.put(type, Prf.of(n[0], n[1], n[2])));
        return new EntityScores(1, types, country);
    }

    private static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        if (e.canonical() != null) {
            out.add(Names.normalize(e.canonical()));
        }
        e.aliases().forEach(a -> out.add(Names.normalize(a)));
        for (Mention m : e.mentions()) {
            if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.ALIAS) {
                out.add(Names.normalize(m.text()));
            }
        }
        return out;
    }
}
