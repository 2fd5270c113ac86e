package org.retour.cli;

import picocli.CommandLine.Command;

/** {@code retour bench}: benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: measure speed and memory, print the figures.",
        subcommands = {BenchAnalyzeCommand.class, BenchIngestCommand.class, BenchTrainCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
