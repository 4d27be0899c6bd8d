package org.attune.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.attune.core.analysis.agreement.Icc;
import org.junit.jupiter.api.Test;

/** The statistics stay in a core without AWT or Swing; charts belong to the report module. */
class CoreStaysHeadlessTest {

    @Test
    void coreRequiresNoDesktopModule() {
        ModuleDescriptor core = Icc.class.getModule().getDescriptor();
        assertThat(core).as("tests run on the module path").isNotNull();
        assertThat(core.requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("org.apache.commons.statistics.distribution")
                .doesNotContain("java.desktop", "org.jfree.jfreechart");
    }
}
