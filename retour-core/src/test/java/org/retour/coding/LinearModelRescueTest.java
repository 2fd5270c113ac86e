package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a model can give a code no cue found: only when some rescue threshold lies within reach of a confidence. */
class LinearModelRescueTest {

    private static LinearModel withRescueThresholds(double first, double second) {
        int bits = 10;
        List<String> codes = List.of("N1", "N2");
        float[] weights = new float[(1 << bits) * codes.size()];
        weights[7] = 3f;
        return new LinearModel("retour-default", "19", codes, bits, weights, new float[] {0.5f, -0.5f},
                new double[] {1, 0, 0, 1, 0, 0}, new double[] {0.9, first, 0.2, 0.9, second, 0.2});
    }

    @Test
    void aModelWhoseRescueThresholdsAllLieAboveOneRescuesNone() {
        assertThat(withRescueThresholds(Calibration.NEVER, Calibration.NEVER).rescuesNone()).isTrue();
    }

    @Test
    void aModelWithOneReachableRescueThresholdMayRescue() {
        assertThat(withRescueThresholds(Calibration.NEVER, 0.8).rescuesNone()).isFalse();
        assertThat(withRescueThresholds(1.0, Calibration.NEVER).rescuesNone()).isFalse();
    }
}
