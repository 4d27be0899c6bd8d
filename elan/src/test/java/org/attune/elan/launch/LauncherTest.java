package org.attune.elan.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void readsTheMajorJavaVersionOfOldAndNewVersionStrings() {
        assertThat(Launcher.major("1.8")).isEqualTo(8);
        assertThat(Launcher.major("11")).isEqualTo(11);
        assertThat(Launcher.major("17")).isEqualTo(17);
        assertThat(Launcher.major("21.0.2")).isEqualTo(21);
        assertThat(Launcher.major("?")).isZero();
    }

    @Test
    void theRunningJavaIsNewEnough() {
        assertThat(Launcher.major(System.getProperty("java.specification.version"))).isGreaterThanOrEqualTo(
                Launcher.NEEDED);
    }
}
