package org.attune.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looking schemes up by reference, by layer and by vocabulary; adding a lab's own. */
class SchemeRegistryTest {

    private final SchemeRegistry registry = SchemeRegistry.builtIn();

    @Test
    void findsAVersionByIdAtVersionIgnoringCase() {
        assertThat(registry.find("3rs@2022")).map(CodingScheme::version).contains("2022");
        assertThat(registry.find(" 3RS@2015 ")).map(CodingScheme::ref).contains("3rs@2015");
        assertThat(registry.find("CIS-R@2019")).isPresent();
    }

    @Test
    void bareIdMeansTheVersionMarkedDefaultElseTheNewest() {
        assertThat(registry.require("3rs").ref()).as("3rs-2015.xml says default=\"true\"").isEqualTo("3rs@2015");
        assertThat(registry.require("3Rs").ref()).isEqualTo("3rs@2015");

        SchemeRegistry lab = SchemeRegistry.empty().with(scheme("lab", "1.9")).with(scheme("lab", "1.10"))
                .with(scheme("lab", "1.2"));
        assertThat(lab.require("lab").version()).isEqualTo("1.10");
        assertThat(lab.withDefault("lab@1.2").require("lab").version()).isEqualTo("1.2");
        assertThat(registry.withDefault("3rs@2022").require("3rs").version()).isEqualTo("2022");
    }

    @Test
    void unknownRefIsEmptyOrAnErrorListingTheKnownSchemes() {
        assertThat(registry.find("3rs@1999")).isEmpty();
        assertThat(registry.find("")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThatThrownBy(() -> registry.require("crs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown coding scheme 'crs'; known schemes: 3rs@2015 (default for 3rs), 3rs@2022, "
                        + "cis-r@2019, stages@2000");
        assertThatThrownBy(() -> SchemeRegistry.empty().require("3rs"))
                .hasMessage("unknown coding scheme '3rs'; known schemes: none");
    }

    @Test
    void withReturnsANewRegistryAndReplacesTheSameRef() {
        CodingScheme relabelled = relabel(registry.require("3rs@2015"), "W1", "Denial (lab wording)");
        SchemeRegistry lab = registry.with(relabelled);

        assertThat(lab.require("3rs").code("W1").orElseThrow().label()).isEqualTo("Denial (lab wording)");
        assertThat(lab.all()).hasSameSizeAs(registry.all());
        assertThat(registry.require("3rs").code("W1").orElseThrow().label()).as("the original is unchanged")
                .isEqualTo("Denial");
    }

    @Test
    void findsTheLayerOfAnAttuneVocabulary() {
        SchemeLayer l = registry.findByVocabulary("3rs-2015-rupture").orElseThrow();
        assertThat(l.scheme().ref()).isEqualTo("3rs@2015");
        assertThat(l.layer().id()).isEqualTo("rupture");
        assertThat(l.vocabularyId()).isEqualTo("3rs-2015-rupture");
        assertThat(l.ref()).isEqualTo("3rs@2015/rupture");
        assertThat(registry.findByVocabulary("3RS-2022-CONSTRUCT")).map(SchemeLayer::ref).contains("3rs@2022/construct");
        assertThat(registry.findByVocabulary("cis-r-2019-therapist")).map(SchemeLayer::ref).contains("cis-r@2019/therapist");
        assertThat(registry.findByVocabulary("gesture")).isEmpty();
        assertThatThrownBy(() -> registry.requireByVocabulary("gesture"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no coding scheme layer has the vocabulary 'gesture'; known vocabularies: "
                        + "3rs-2015-rupture, 3rs-2015-resolution, 3rs-2022-construct");
    }

    @Test
    void findsALayerByItsLayerRef() {
        assertThat(registry.findLayer("3rs@2015/rupture")).map(l -> l.layer().id()).contains("rupture");
        assertThat(registry.findLayer("3rs/Resolution")).map(SchemeLayer::ref).contains("3rs@2015/resolution");
        assertThat(registry.findLayer("3rs@2015")).isEmpty();
        assertThatThrownBy(() -> registry.requireLayer("3rs@2015/repair"))
                .hasMessage("unknown layer 'repair' of 3rs@2015; its layers: rupture, resolution");
        assertThatThrownBy(() -> registry.requireLayer("xyz/repair"))
                .hasMessageStartingWith("unknown scheme layer 'xyz/repair' (expected id@version/layer); known schemes: 3rs@2015");
    }

    @Test
    void loadsAFolderOfLabSchemesHonouringTheDefaultMark(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("lab-1.xml"), SchemeFiles.toBytes(scheme("lab", "1")));
        String two = new String(SchemeFiles.toBytes(scheme("lab", "0.5")), StandardCharsets.UTF_8)
                .replace("version=\"0.5\"", "version=\"0.5\" default=\"true\"");
        Files.writeString(dir.resolve("lab-0.5.xml"), two);
        Files.writeString(dir.resolve("notes.txt"), "not a scheme");

        SchemeRegistry lab = registry.withFolder(dir);

        assertThat(lab.all()).extracting(CodingScheme::ref).endsWith("lab@0.5", "lab@1");
        assertThat(lab.require("lab").version()).isEqualTo("0.5");
        assertThat(lab.withFile(dir.resolve("lab-1.xml")).require("lab").version()).as("a file without mark keeps the default")
                .isEqualTo("0.5");
    }

    @Test
    void aFolderWithBadFilesIsRefusedListingEveryProblem(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.xml"), SchemeFiles.toBytes(scheme("lab", "1")));
        Files.write(dir.resolve("b.xml"), SchemeFiles.toBytes(scheme("lab", "1")));
        Files.writeString(dir.resolve("c.xml"), "<scheme id=\"broken\"");

        SchemeFormatException e = catchThrowableOfType(SchemeFormatException.class, () -> registry.withFolder(dir));

        assertThat(e.problems()).extracting(Problem::source)
                .containsExactly(dir.resolve("b.xml").toString(), dir.resolve("c.xml").toString());
        assertThat(e.problems().get(0).message()).isEqualTo("scheme lab@1 is already defined by " + dir.resolve("a.xml"));
    }

    @Test
    void registriesAreIndependentValues() {
        SchemeRegistry a = SchemeRegistry.builtIn().with(scheme("lab", "1"));
        SchemeRegistry b = SchemeRegistry.builtIn();
        assertThat(a.find("lab")).isPresent();
        assertThat(b.find("lab")).isEmpty();
        assertThatThrownBy(() -> a.all().add(scheme("x", "1"))).isInstanceOf(UnsupportedOperationException.class);
    }

    static CodingScheme scheme(String id, String version) {
        Code code = new Code("X1", "Something", "other", "Something happens.", "x", "");
        return new CodingScheme(id, version, id.toUpperCase(), null, "", List.of(new Category("other", "Other")),
                List.of(new Layer("main", "Main", List.of(code), false)), null);
    }

    private static CodingScheme relabel(CodingScheme s, String codeId, String label) {
        List<Layer> layers = s.layers().stream().map(l -> new Layer(l.id(), l.label(), l.codes().stream()
                .map(c -> c.id().equals(codeId)
                        ? new Code(c.id(), label, c.category(), c.definition(), c.key(), c.facet()) : c)
                .toList(), l.rated())).toList();
        return new CodingScheme(s.id(), s.version(), s.name(), s.title(), s.description(), s.categories(), layers,
                s.rating());
    }
}
