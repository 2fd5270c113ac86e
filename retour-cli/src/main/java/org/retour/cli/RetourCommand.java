package org.retour.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code retour} command: the entry point that holds every subcommand. */
@Command(name = "retour", mixinStandardHelpOptions = true, versionProvider = RetourVersion.class,
        description = "Why foreign fighters leave the Islamic State and come home: analyse, code and count testimonies.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, QuotesCommand.class,
                FiguresCommand.class, DbCommand.class, ReindexCommand.class, DemoCommand.class, EvalCommand.class,
                TrainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class RetourCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RetourCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usage);
        return cl.execute(args);
    }
}
