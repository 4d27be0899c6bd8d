package org.attune.search.event;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which plain tiers hold codes ({@code --codes-on REGEX[=SCHEME]}): the tiers whose whole id matches {@code tiers}
 * are read as codings of {@code scheme}, their values as {@link org.attune.core.profile.ValueCodes} reads them (a
 * code's id or label), for sessions coded in ELAN without the Attune profile. Tiers of the Attune profile keep
 * their own codings.
 *
 * @param tiers  the tiers holding codes: a regular expression the whole tier id must match
 * @param scheme the scheme the values are codes of ({@code 3rs}, {@code 3rs@2015} ...)
 */
public record CodesOn(Pattern tiers, String scheme) {
    /** The scheme when the setting names none. */
    public static final String DEFAULT_SCHEME = "3rs";

    /**
     * Creates the record, checking its components.
     *
     * @param tiers  the tiers holding codes: a regular expression the whole tier id must match
     * @param scheme the scheme the values are codes of
     */
    public CodesOn {
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(scheme, "scheme");
        if (scheme.isBlank()) {
            throw new IllegalArgumentException("no scheme after '='");
        }
    }

    /**
     * Reads a setting {@code REGEX[=SCHEME]}: the regular expression, then (after the last {@code =}) the scheme,
     * {@value #DEFAULT_SCHEME} when there is no {@code =}.
     *
     * @param setting the setting, e.g. {@code Ruptures}, {@code (?i)rupt.*=3rs@2015}
     * @return the setting
     * @throws IllegalArgumentException when the regular expression is empty or not valid (the message says where
     *                                  and what is wrong) or the scheme is empty
     */
    public static CodesOn parse(String setting) {
        Objects.requireNonNull(setting, "setting");
        int eq = setting.lastIndexOf('=');
        String regex = eq < 0 ? setting : setting.substring(0, eq);
        String scheme = eq < 0 ? DEFAULT_SCHEME : setting.substring(eq + 1).strip();
        if (regex.isEmpty()) {
            throw new IllegalArgumentException("'" + setting + "': no tier pattern before the scheme; "
                    + "expected REGEX[=SCHEME], e.g. Ruptures or Ruptures=3rs");
        }
        if (scheme.isEmpty()) {
            throw new IllegalArgumentException("'" + setting + "': no scheme after '='; "
                    + "expected REGEX[=SCHEME], e.g. Ruptures=3rs");
        }
        try {
            return new CodesOn(Pattern.compile(regex), scheme);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a valid regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
        }
    }

    /**
     * Whether a tier's values are read as codes.
     *
     * @param tierId the tier's id
     * @return whether the whole id matches the pattern
     */
    public boolean appliesTo(String tierId) {
        return tiers.matcher(tierId).matches();
    }

    /**
     * The setting as written, {@code REGEX=SCHEME}: what an index built with it records.
     *
     * @return the setting, {@code REGEX=SCHEME}
     */
    public String setting() {
        return tiers.pattern() + "=" + scheme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodesOn c && c.setting().equals(setting());
    }

    @Override
    public int hashCode() {
        return setting().hashCode();
    }

    @Override
    public String toString() {
        return setting();
    }
}
