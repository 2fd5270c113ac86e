package org.retour.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retour.coding.Codebook;
import org.retour.coding.CodebookReader;
import org.retour.coding.GoldTrainingSet;
import org.retour.coding.LinearTrainer;
import org.retour.coding.TrainingExample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retour train}: trains the learning coder on gold narratives and writes the model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the learning narrative coder on a gold folder (NNN.txt + NNN.gold.json) and write the model.")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder.")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--codebook", paramLabel = "FILE", description = "The codebook (default: the standard one).")
    Path codebook;

    @Option(names = "--epochs", defaultValue = "6", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Codebook cb = codebook == null ? Codebook.standard() : CodebookReader.read(codebook);
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new UserException("cannot write " + out + ": no such folder", ExitCodes.USAGE);
        }
        List<TrainingExample> examples;
        try {
            examples = GoldTrainingSet.read(gold, cb);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.INPUT);
        }
        LinearTrainer.Options d = LinearTrainer.Options.DEFAULT;
        LinearTrainer.Result r = new LinearTrainer(d.withEpochs(epochs)).train(examples, cb);
        r.model().write(out);
        PrintWriter pw = spec.commandLine().getOut();
        print(pw, r, cb, examples);
        pw.printf(Locale.ROOT, "model: %s (model@%s, codebook %s)%n", out, r.model().hash(), cb.label());
        pw.flush();
        return ExitCodes.OK;
    }

    /** Prints the examples, the time and the held-out figures per code. */
    static void print(PrintWriter pw, LinearTrainer.Result r, Codebook cb, List<TrainingExample> examples) {
        Map<String, Integer> pos = LinearTrainer.positives(examples, cb);
        pw.printf(Locale.ROOT, "trained on %d segments in %.1f s%n", r.examples(), r.seconds());
        pw.println("held-out folds (rules+model vs rules alone), F1 per code:");
        double sum = 0;
        double ruleSum = 0;
        int n = 0;
        for (LinearTrainer.CodeReport c : r.report()) {
            pw.printf(Locale.ROOT, "  %-4s %5d positives  F1 %.3f  (rules %.3f)%n", c.code(), pos.get(c.code()), c.f1(), c.ruleF1());
            if (c.positives() > 0) {
                sum += c.f1();
                ruleSum += c.ruleF1();
                n++;
            }
        }
        if (n > 0) {
            pw.printf(Locale.ROOT, "  macro F1 %.3f (rules %.3f) over %d codes with positives%n", sum / n, ruleSum / n, n);
        }
    }
}
