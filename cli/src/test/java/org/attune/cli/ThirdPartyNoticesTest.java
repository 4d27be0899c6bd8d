package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * THIRD-PARTY.md lists exactly what the runnable jar bundles, with the versions Maven resolved, under licences
 * an Apache-2.0 distribution may carry. The bundled list is written by the dependency plugin's {@code list} goal
 * ({@code target/bundled-dependencies.txt}, see cli/pom.xml) before the tests run.
 */
class ThirdPartyNoticesTest {

    private static final Set<String> ALLOWED = Set.of("Apache-2.0", "BSD-3-Clause", "EDL-1.0", "MIT",
            "LGPL-2.1-or-later");
    private static final Pattern RESOLVED = Pattern.compile(
            "^\\s*([\\w.\\-]+):([\\w.\\-]+):jar:([\\w.\\-]+):(?:compile|runtime)");
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([\\w.\\-]+:[\\w.\\-]+) \\| ([\\w.\\-]+) \\| ([\\w.\\-]+) \\|");

    static Map<String, String> bundled() throws Exception {
        Path list = Path.of("target", "bundled-dependencies.txt");
        assertThat(list).as("written by the dependency plugin at generate-test-resources").exists();
        Map<String, String> deps = new TreeMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            Matcher m = RESOLVED.matcher(line.replaceAll("\u001B\\[[;\\d]*m", ""));
            if (m.find()) {
                deps.put(m.group(1) + ":" + m.group(2), m.group(3));
            }
        }
        return deps;
    }

    record Row(String version, String licence) {
    }

    static Map<String, Row> listed() throws Exception {
        Map<String, Row> rows = new TreeMap<>();
        for (String line : Files.readAllLines(LauncherIT.root().resolve("THIRD-PARTY.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                assertThat(rows.put(m.group(1), new Row(m.group(2), m.group(3)))).as("listed twice: " + m.group(1))
                        .isNull();
            }
        }
        return rows;
    }

    @Test
    void everyBundledDependencyIsListedWithItsResolvedVersion() throws Exception {
        Map<String, String> bundled = bundled();
        Map<String, Row> listed = listed();
        assertThat(bundled).as("the dependency list").hasSizeGreaterThan(20).containsKey("org.apache.lucene:lucene-core");
        bundled.forEach((dep, version) -> {
            assertThat(listed).as("THIRD-PARTY.md lists " + dep).containsKey(dep);
            assertThat(listed.get(dep).version()).as("THIRD-PARTY.md's version of " + dep).isEqualTo(version);
        });
    }

    @Test
    void nothingIsListedThatTheJarNoLongerBundles() throws Exception {
        assertThat(listed().keySet()).containsExactlyInAnyOrderElementsOf(bundled().keySet());
    }

    @Test
    void everyListedLicenceIsOneAnApacheDistributionMayCarry() throws Exception {
        listed().forEach((dep, row) -> assertThat(ALLOWED).as(dep + " is under " + row.licence())
                .contains(row.licence()));
    }

    @Test
    void theRepositoryStatesTheApacheLicenceAndANotice() throws Exception {
        Path root = LauncherIT.root();
        assertThat(Files.readString(root.resolve("LICENSE"))).contains("Apache License")
                .contains("Version 2.0, January 2004");
        assertThat(Files.readString(root.resolve("NOTICE"))).contains("Apache License, Version 2.0")
                .contains("THIRD-PARTY.md");
        assertThat(Files.readString(root.resolve("pom.xml"))).contains("<name>Apache-2.0</name>");
    }
}
