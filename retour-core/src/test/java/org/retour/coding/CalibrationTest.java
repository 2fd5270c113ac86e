package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void rescueThresholdSeparatesTheMissedPositivesFromTheNegatives() {
        double[] conf = {0.9, 0.8, 0.7, 0.4, 0.3, 0.1};
        boolean[] y = {true, true, true, false, false, false};
        double t = Calibration.rescue(conf, y, new boolean[6], 0.2, 0);
        assertThat(t).isGreaterThan(0.4).isLessThanOrEqualTo(0.7);
    }

    @Test
    void noRescueWhenItDoesNotBeatTheRules() {
        double[] conf = {0.9, 0.8, 0.7, 0.6};
        boolean[] y = {true, false, false, false};
        boolean[] rule = {true, false, false, false};
        assertThat(Calibration.rescue(conf, y, rule, 0.2, 0.01)).isEqualTo(Calibration.NEVER);
    }

    @Test
    void rescueNeverGoesBelowItsFloor() {
        double[] conf = {0.15, 0.1, 0.05};
        boolean[] y = {true, true, false};
        assertThat(Calibration.rescue(conf, y, new boolean[3], 0.2, 0)).isEqualTo(Calibration.NEVER);
    }

    @Test
    void plattFallsBackToTheRulesWithTooFewPositives() {
        double[] p = Calibration.platt(new double[] {1, 2, 3, 4}, new boolean[4], new boolean[] {true, false, false, false});
        assertThat(p).containsExactly(Calibration.RULES_ONLY);
        assertThat(Calibration.f1(1, 1, 0)).isCloseTo(2.0 / 3, within(1e-12));
    }
}
