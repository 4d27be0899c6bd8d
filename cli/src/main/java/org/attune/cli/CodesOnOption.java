package org.attune.cli;

import org.attune.core.scheme.SchemeRegistry;
import org.attune.search.event.CodesOn;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --codes-on REGEX[=SCHEME]}: the plain ELAN tiers whose values are read as codes of a scheme. */
final class CodesOnOption {
    static final String HELP = "Read the values of the tiers whose whole id matches REGEX as codes of SCHEME "
            + "(default: 3rs), by code id or label as ELAN coders write them (C3, 'W2 Minimal response', or a "
            + "controlled-vocabulary entry naming one), for sessions coded in ELAN without the Attune profile; "
            + "e.g. --codes-on Ruptures, --codes-on '(?i)rupture.*=3rs@2015'. A corpus index built with another "
            + "setting is rebuilt.";

    @Option(names = "--codes-on", paramLabel = "REGEX[=SCHEME]", description = HELP)
    String setting;

    /**
     * The setting, checked: a usage error (exit 2) when the regular expression is bad or the scheme unknown.
     *
     * @return the setting, or null when the option was not given
     */
    CodesOn resolve(CommandSpec spec, SchemeRegistry schemes) {
        if (setting == null) {
            return null;
        }
        CodesOn c;
        try {
            c = CodesOn.parse(setting);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--codes-on " + e.getMessage());
        }
        try {
            schemes.require(c.scheme());
        } catch (IllegalArgumentException unknown) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--codes-on '" + setting + "': "
                    + unknown.getMessage());
        }
        return c;
    }
}
