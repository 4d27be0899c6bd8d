package org.attune.core.analysis;

/**
 * A statistic cannot be computed from the data given (no variance, one rater, all values missing, a single
 * category...). The message says which statistic and why, in words a user can act on; statistics never return
 * NaN instead.
 */
public class NotComputableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param statistic the statistic's name as printed (e.g. {@code Cohen's kappa})
     * @param reason    why it cannot be computed (e.g. {@code both coders used a single category})
     */
    public NotComputableException(String statistic, String reason) {
        super(statistic + " cannot be computed: " + reason);
    }
}
