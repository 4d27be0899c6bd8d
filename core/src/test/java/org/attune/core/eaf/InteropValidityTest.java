package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attune.core.testing.Interop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Eaf#validate} agrees with the interop corpus's own record of which files are valid against the schema of
 * the EAF version they declare (the table in {@code ../shared/interop/README.md}, made with another validator):
 * a file listed VALID has no schema problem, a file listed INVALID has one, and the first is on the line the
 * table gives.
 */
class InteropValidityTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| (eaf/[^|]+?|etf/[^|]+?) \\|.*\\| (VALID|INVALID\\(\\d+\\) line (\\d+): ([^|]*)) \\|$", Pattern.MULTILINE);

    record Expected(Path file, boolean valid, int firstLine, String firstError) {
        @Override
        public String toString() {
            return file.getFileName() + (valid ? " VALID" : " INVALID at line " + firstLine);
        }
    }

    static Stream<Expected> table() throws Exception {
        Path readme = Interop.dir().resolve("README.md");
        if (!Files.isRegularFile(readme)) {
            return Stream.of(new Expected(Path.of("interop-corpus-absent"), true, 0, ""));
        }
        Map<String, Expected> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Files.readString(readme));
        while (m.find()) {
            boolean valid = m.group(2).equals("VALID");
            rows.put(m.group(1), new Expected(Interop.dir().resolve(m.group(1)), valid,
                    valid ? 0 : Integer.parseInt(m.group(3)), valid ? "" : m.group(4)));
        }
        return rows.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void validateAgreesWithTheCorpusRecord(Expected expected) throws Exception {
        Interop.require();
        List<Problem> problems = Eaf.validate(expected.file());
        if (expected.valid()) {
            assertThat(problems).isEmpty();
        } else if (expected.firstError().startsWith("cvc-identity-constraint")) {
            // a broken key or keyref: the validator places it where its scope ends; Attune's reader names the
            // element that breaks it (and what it repairs), so the lines differ but the file is found invalid
            assertThat(problems).isNotEmpty();
        } else {
            assertThat(problems).filteredOn(p -> p.message().startsWith("not valid EAF"))
                    .extracting(Problem::line).contains(expected.firstLine());
        }
    }

    @org.junit.jupiter.api.Test
    void theTableListsEveryDocumentAndTemplateOfTheCorpus() throws Exception {
        Interop.require();
        List<Path> listed = table().map(Expected::file).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Interop.files("eaf", ".eaf").stream(), Interop.files("etf", ".etf").stream()).toList());
    }
}
