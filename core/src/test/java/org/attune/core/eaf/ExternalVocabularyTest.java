package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vocabulary with an EXT_REF to an {@code .ecv} URL is resolved to the file of that name beside the document,
 * never fetched. Uses the BergelsonLab ACLEW document, whose vocabularies live in two published .ecv files
 * (both in the interop corpus, copied beside the document under the names their URLs give).
 */
class ExternalVocabularyTest {

    @TempDir
    Path dir;

    @Test
    void externalVocabulariesResolveToLocalEcvFilesBesideTheDocument() throws Exception {
        Path interop = Interop.require();
        Path eaf = Files.copy(interop.resolve("eaf/BergelsonLab__blabpy__test.eaf"), dir.resolve("test.eaf"));
        Files.copy(interop.resolve("ecv/BergelsonLab__public-files__ACLEW-blab-vocabularies.ecv"),
                dir.resolve("ACLEW-blab-vocabularies.ecv"));
        Files.copy(interop.resolve("ecv/marisacasillas__DARCLE-AnnSchDev__ACLEW-basic-vocabularies.ecv"),
                dir.resolve("ACLEW-basic-vocabularies.ecv"));

        AnnotationDocument doc = Eaf.read(eaf).document();
        assertThat(doc.controlledVocabularies()).allSatisfy(cv -> assertThat(cv.entries()).isEmpty());

        Map<String, ControlledVocabulary> resolved = Ecv.resolveExternal(doc, eaf);
        assertThat(resolved.keySet()).containsExactlyInAnyOrderElementsOf(
                doc.controlledVocabularies().stream().map(ControlledVocabulary::id).toList());
        assertThat(resolved.get("vcm").entries()).isNotEmpty();
        assertThat(resolved.get("vcm").extRef()).isEqualTo("er1");

        // the CVE_REFs on tiers bound to external vocabularies name entries of the resolved vocabularies; the one
        // exceptions in this real file are two entries of "cds" that the published .ecv no longer has
        DocumentIndex index = DocumentIndex.of(doc);
        int checked = 0;
        java.util.Set<String> unresolved = new java.util.TreeSet<>();
        for (Tier t : doc.tiers()) {
            ControlledVocabulary cv = index.vocabularyOf(t).map(v -> resolved.get(v.id())).orElse(null);
            if (cv == null) {
                continue;
            }
            for (Annotation a : t.annotations()) {
                if (a.cveRef() != null) {
                    checked++;
                    if (cv.entry(a.cveRef()).isEmpty()) {
                        unresolved.add(cv.id() + ":" + a.cveRef());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(unresolved).containsExactly("cds:cveid_cds_B", "cds:cveid_cds_U");
    }

    @Test
    void withoutALocalFileNothingIsResolvedAndNothingIsFetched() throws Exception {
        Path interop = Interop.require();
        Path eaf = Files.copy(interop.resolve("eaf/BergelsonLab__blabpy__test.eaf"), dir.resolve("test.eaf"));
        assertThat(Ecv.resolveExternal(Eaf.read(eaf).document(), eaf)).isEmpty();
    }
}
