package org.attune.annotator.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Window;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.attune.core.scheme.Category;

/**
 * Look and feel: FlatLaf light or dark (set before any window exists; HiDPI scaling is FlatLaf's and Java's),
 * and the annotator's colours for code categories, which read well on both.
 */
public final class Theme {

    private Theme() {
    }

    /** Installs FlatLaf; call before the first window is made. */
    public static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches between light and dark in running windows. */
    public static void switchTo(boolean dark, Window window) {
        install(dark);
        FlatLaf.updateUI();
        SwingUtilities.updateComponentTreeUI(window);
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /** The colour of a code category ({@code withdrawal}, {@code confrontation}, {@code resolution}, others). */
    public static Color categoryColor(String category) {
        boolean dark = isDark();
        if (Category.WITHDRAWAL.equals(category)) {
            return dark ? new Color(0x5B8DEF) : new Color(0x2F6FD6);
        }
        if (Category.CONFRONTATION.equals(category)) {
            return dark ? new Color(0xEF6B5B) : new Color(0xD2452F);
        }
        if (Category.RESOLUTION.equals(category)) {
            return dark ? new Color(0x4FC07A) : new Color(0x22944A);
        }
        return UIManager.getColor("Component.accentColor") != null
                ? UIManager.getColor("Component.accentColor") : Color.GRAY;
    }

    /** Text colour on a category colour. */
    public static Color onCategory() {
        return Color.WHITE;
    }
}
