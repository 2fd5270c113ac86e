package org.retour.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An accuracy: how many of {@code total} were {@code correct}; 0 when the total is 0. */
public record Ratio(int correct, int total) {

    /** Nothing counted. */
    public static final Ratio ZERO = new Ratio(0, 0);

    public Ratio {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("bad ratio " + correct + "/" + total);
        }
    }

    /** correct / total. */
    @JsonProperty
    public double value() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** The sum of both. */
    public Ratio plus(Ratio o) {
        return new Ratio(correct + o.correct, total + o.total);
    }

    /** This ratio with one more item, correct or not. */
    public Ratio add(boolean ok) {
        return new Ratio(correct + (ok ? 1 : 0), total + 1);
    }
}
