package org.attune.cli;

import picocli.CommandLine;

/** The version printed by {@code attune --version}, from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = AttuneCommand.class.getPackage().getImplementationVersion();
        return new String[] {"attune " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
