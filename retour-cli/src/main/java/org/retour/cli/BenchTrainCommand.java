package org.retour.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retour.coding.Codebook;
import org.retour.coding.LinearTrainer;
import org.retour.coding.SyntheticSegments;
import org.retour.coding.TrainingExample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retour bench train}: how long training the learning coder takes on generated segments. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Measure training of the learning coder on generated segments (3 folds for calibration + the final model).")
public final class BenchTrainCommand implements Callable<Integer> {

    @Option(names = "--segments", defaultValue = "10000", description = "Generated segments (default: ${DEFAULT-VALUE}).")
    int segments;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated segments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (segments < 10) {
            throw new UserException("--segments must be at least 10", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        Codebook cb = Codebook.standard();
        long t0 = System.nanoTime();
        List<TrainingExample> examples = SyntheticSegments.generate(cb, segments, seed);
        double gen = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "retour bench train: %d generated segments (fr, en, de, ar), %d cores, Java %s%n", segments,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.flush();
        LinearTrainer.Result r = new LinearTrainer(LinearTrainer.Options.DEFAULT).train(examples, cb);
        out.printf(Locale.ROOT, "generation: %.1f s; training: %.1f s (%.0f segments/s; 3 folds + final model, %d epochs each)%n",
                gen, r.seconds(), segments / r.seconds(), LinearTrainer.Options.DEFAULT.epochs());
        out.println("(generated labels are a recipe, not gold: the F1 below measures nothing but the plumbing)");
        TrainCommand.print(out, r, cb, examples);
        out.flush();
        return ExitCodes.OK;
    }
}
