package org.retour.cli;

import java.nio.file.Path;
import org.retour.coding.CodingConfig;
import org.retour.coding.LinearModel;
import picocli.CommandLine.Option;

/** The options that say which trained model codes narratives beside the rules, shared by the commands that code. */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "FILE",
            description = "Code with the rules and this model, trained by 'retour train' on the same codebook, "
                    + "instead of the bundled model.")
    Path model;

    @Option(names = "--rules-only", description = "Code with the rules alone, without the bundled model.")
    boolean rulesOnly;

    /** Whether either option was given. */
    boolean given() {
        return model != null || rulesOnly;
    }

    /**
     * {@code config} with these options applied, checked before any work starts: a model that cannot be read or
     * was trained on another codebook is refused with a one-line message.
     */
    CodingConfig apply(CodingConfig config) {
        if (model != null && rulesOnly) {
            throw new UserException("give --model FILE or --rules-only, not both", ExitCodes.USAGE);
        }
        if (rulesOnly) {
            return config.withRulesOnly();
        }
        return model == null ? config : config.withModel(LinearModel.read(model));
    }
}
