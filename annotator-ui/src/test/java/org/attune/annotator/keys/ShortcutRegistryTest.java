package org.attune.annotator.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import javax.swing.KeyStroke;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class ShortcutRegistryTest {

    private static ShortcutRegistry withDefaults() {
        return AppCommand.registerAll(new ShortcutRegistry());
    }

    @Test
    void theAppCommandsAndTheThreeRsCodesGetTheirKeysWithoutCollisions() {
        ShortcutRegistry r = withDefaults();
        CodingScheme rrs = SchemeRegistry.builtIn().require("3rs@2015");
        assertThat(CodeKeys.registerAll(r, rrs)).isEmpty();
        assertThat(r.require("code.3rs.C2").key()).isEqualTo(KeyStroke.getKeyStroke("W"));
        // digits rate, so the withdrawal markers' digit keys get Shift
        assertThat(r.require("code.3rs.W1").key()).isEqualTo(KeyStroke.getKeyStroke("shift 1"));
        assertThat(r.commandFor(KeyStroke.getKeyStroke("4"))).map(Shortcut::id).contains("rate.4");
        assertThat(r.all()).hasSize(AppCommand.values().length + (int) rrs.codes().count());
    }

    @Test
    void registeringATakenKeyIsACollisionAndTheNewCommandGetsNoKey() {
        ShortcutRegistry r = withDefaults();
        assertThatThrownBy(() -> r.register("my.save", "My save", Shortcut.Scope.WINDOW, KeyStroke.getKeyStroke("ctrl S")))
                .isInstanceOf(ShortcutRegistry.CollisionException.class)
                .hasMessageContaining("file.save").hasMessageContaining("my.save");
        assertThat(r.require("my.save").key()).isNull();
        assertThat(r.require("file.save").key()).isEqualTo(KeyStroke.getKeyStroke("ctrl S"));
    }

    @Test
    void aCodeWhoseKeyIsTakenIsReportedAndLeftWithoutAKey() {
        ShortcutRegistry r = withDefaults();
        r.register("custom", "Custom", Shortcut.Scope.CODING, KeyStroke.getKeyStroke("Q"));
        CodingScheme rrs = SchemeRegistry.builtIn().require("3rs@2015");
        assertThat(CodeKeys.registerAll(r, rrs)).singleElement().asString().contains("code.3rs.C1");
        assertThat(r.require("code.3rs.C1").key()).isNull();
    }

    @Test
    void remappingMovesAKeyAndRefusesACollisionWithoutChangingAnything() {
        ShortcutRegistry r = withDefaults();
        r.remap("file.save", KeyStroke.getKeyStroke("F2"));
        assertThat(r.commandFor(KeyStroke.getKeyStroke("F2"))).map(Shortcut::id).contains("file.save");
        assertThatThrownBy(() -> r.remap("edit.undo", KeyStroke.getKeyStroke("F2")))
                .isInstanceOf(ShortcutRegistry.CollisionException.class);
        assertThat(r.require("edit.undo").key()).isEqualTo(KeyStroke.getKeyStroke("ctrl Z"));
    }

    @Test
    void userOverridesAreAppliedAndBadLinesAreReported() {
        ShortcutRegistry r = withDefaults();
        Properties p = new Properties();
        p.setProperty("file.save", "F3");
        p.setProperty("edit.redo", "ctrl O");
        p.setProperty("no.such", "F4");
        p.setProperty("edit.note", "not a key at all");
        assertThat(r.applyOverrides(p)).hasSize(3);
        assertThat(r.require("file.save").key()).isEqualTo(KeyStroke.getKeyStroke("F3"));
        assertThat(r.require("edit.redo").key()).isEqualTo(KeyStroke.getKeyStroke("ctrl Y"));
    }

    @Test
    void anIdIsRegisteredOnce() {
        ShortcutRegistry r = withDefaults();
        assertThatThrownBy(() -> r.register("file.save", "again", Shortcut.Scope.WINDOW, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void keysAreDescribedAsPeopleReadThem() {
        assertThat(ShortcutRegistry.describe(KeyStroke.getKeyStroke("ctrl S"))).isEqualTo("Ctrl+S");
        assertThat(ShortcutRegistry.describe(KeyStroke.getKeyStroke("shift 1"))).isEqualTo("Shift+1");
    }

    @Test
    void switchingSchemesMovesTheCodeKeysToTheNewSchemesCodesAndBack() {
        ShortcutRegistry r = withDefaults();
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        CodingScheme rrs = schemes.require("3rs@2015");
        CodingScheme cisr = schemes.require("cis-r");
        CodeKeys.registerAll(r, rrs);
        CodeKeys.releaseAll(r, rrs);
        assertThat(rrs.codes()).allSatisfy(c -> assertThat(r.require(CodeKeys.commandId(rrs, c)).key()).isNull());
        assertThat(CodeKeys.registerAll(r, cisr)).isEmpty();
        assertThat(cisr.codes().filter(c -> !c.key().isEmpty()))
                .allSatisfy(c -> assertThat(r.require(CodeKeys.commandId(cisr, c)).key()).isEqualTo(CodeKeys.defaultKey(c)));
        CodeKeys.releaseAll(r, cisr);
        assertThat(CodeKeys.registerAll(r, rrs)).isEmpty();
        assertThat(r.require("code.3rs.C2").key()).isEqualTo(KeyStroke.getKeyStroke("W"));
    }

    @Test
    void theUsersRemappingsAreWrittenBackInTheFormTheyAreReadAndSchemeSwitchesAreNotAmongThem() {
        ShortcutRegistry r = withDefaults();
        CodingScheme rrs = SchemeRegistry.builtIn().require("3rs@2015");
        CodeKeys.registerAll(r, rrs);
        r.remapByUser("file.save", KeyStroke.getKeyStroke("shift F2"));
        r.remapByUser("code.3rs.C2", null);
        CodeKeys.releaseAll(r, rrs);
        CodeKeys.registerAll(r, rrs);
        Properties written = r.overrides();
        assertThat(written.stringPropertyNames()).containsExactlyInAnyOrder("file.save", "code.3rs.C2");

        ShortcutRegistry next = withDefaults();
        CodeKeys.registerAll(next, rrs);
        assertThat(next.applyOverrides(written)).isEmpty();
        assertThat(next.require("file.save").key()).isEqualTo(KeyStroke.getKeyStroke("shift F2"));
        assertThat(next.require("code.3rs.C2").key()).isNull();
    }
}
