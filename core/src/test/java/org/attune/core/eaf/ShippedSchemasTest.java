package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.attune.core.testing.Interop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The EAF schemas Attune ships (to validate files of every EAF version) are the official ones, byte for byte:
 * the copies in the interop corpus come from ELAN 6.9's resources. The schema the JAXB classes are generated
 * from is the official 3.0 one too.
 */
class ShippedSchemasTest {

    static Stream<String> versions() {
        return Stream.of("2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "3.0");
    }

    @ParameterizedTest(name = "EAFv{0}.xsd")
    @MethodSource("versions")
    void theShippedSchemaIsTheOfficialOne(String version) throws Exception {
        Path official = Interop.require().resolve("xsd/EAFv" + version + ".xsd");
        try (InputStream shipped = Eaf.class.getResourceAsStream("/org/attune/core/eaf/EAFv" + version + ".xsd")) {
            assertThat(shipped).as("shipped EAFv%s.xsd", version).isNotNull();
            assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(official));
        }
    }

    @org.junit.jupiter.api.Test
    void theBindingIsGeneratedFromTheOfficial30Schema() throws Exception {
        Path official = Interop.require().resolve("xsd/EAFv3.0.xsd");
        Path source = Path.of("src/main/xsd/EAFv3.0.xsd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(source), "run from the core module");
        assertThat(Files.readAllBytes(source)).isEqualTo(Files.readAllBytes(official));
    }
}
