package org.retour.cli;

import picocli.CommandLine;

/** The version {@code retour --version} prints. */
public final class RetourVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = RetourVersion.class.getPackage().getImplementationVersion();
        return new String[] {"retour " + (v == null ? "development" : v)};
    }
}
