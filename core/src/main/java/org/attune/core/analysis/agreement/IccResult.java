package org.attune.core.analysis.agreement;

import java.util.List;

/**
 * The intraclass correlations of a targets × raters table, with the mean squares they come from.
 *
 * @param targets  the number of targets used (complete rows)
 * @param raters   the number of raters (k)
 * @param dropped  targets left out because a rating was missing
 * @param bms      between-targets mean square
 * @param wms      within-target mean square
 * @param jms      between-raters (judges) mean square
 * @param ems      residual mean square
 * @param forms    ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k), in this order
 */
public record IccResult(int targets, int raters, int dropped, double bms, double wms, double jms, double ems,
                        List<IccForm> forms) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param targets the number of targets used (complete rows)
     * @param raters the number of raters (k)
     * @param dropped targets left out because a rating was missing
     * @param bms between-targets mean square
     * @param wms within-target mean square
     * @param jms between-raters (judges) mean square
     * @param ems residual mean square
     * @param forms ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k), in this order
     */
    public IccResult {
        forms = List.copyOf(forms);
    }

    /**
     * The form with this generic name ({@code ICC(2,k)}) or this specific one ({@code ICC(2,4)}).
     *
     * @param name the name
     * @return the form with this generic name ({@code ICC(2,k)}) or this specific one ({@code ICC(2,4)})
     */
    public IccForm form(String name) {
        return forms.stream().filter(f -> f.kind().equals(name) || f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no ICC form " + name));
    }
}
