package org.attune.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.ProblemsException;
import org.attune.core.formats.Format;
import org.attune.core.formats.Formats;
import org.attune.core.formats.Imported;
import org.attune.core.formats.ImportedSession;
import org.attune.core.internal.formats.SourceText;
import org.attune.core.model.AnnotationDocument;

/**
 * What every fuzz target checks: an input either loads (imports) or fails with the project's own bad-input
 * exception ({@link ProblemsException}: file, line, column and what is wrong); and what loads must save as
 * schema-valid EAF and read back equal. Any other throwable (NPE, IAE, ISE, IOOBE, StackOverflowError...) or a
 * failed assertion is a finding.
 */
final class FuzzContract {

    private FuzzContract() {
    }

    /** EAF bytes: load, save, load again. */
    static void eaf(byte[] data) {
        EafReadResult first;
        try {
            first = Eaf.read(data, "fuzz.eaf");
        } catch (ProblemsException expected) {
            return;
        }
        savesAndLoadsBack(first.document());
    }

    /** The bytes of a file in an import format: decode as {@link Formats#read} does, import, save, load. */
    static void imported(byte[] data, Format format) {
        String text = SourceText.decode(data);
        Imported imported;
        try {
            imported = Formats.parse(text, format, "fuzz" + format.extension());
        } catch (ProblemsException expected) {
            return;
        }
        for (ImportedSession session : imported.sessions()) {
            savesAndLoadsBack(session.document());
        }
    }

    static void savesAndLoadsBack(AnnotationDocument doc) {
        byte[] saved;
        try {
            saved = Eaf.toBytes(doc);
        } catch (ProblemsException e) {
            throw new AssertionError("a document that loaded cannot be saved: " + e.getMessage(), e);
        }
        EafReadResult back;
        try {
            back = Eaf.read(saved, "saved.eaf");
        } catch (ProblemsException e) {
            throw new AssertionError("a saved document does not load again: " + e.getMessage(), e);
        }
        // saving stamps the date of a document that has none; everything else must come back as it was
        assertThat(back.document()).usingRecursiveComparison().ignoringFields("date").isEqualTo(doc);
    }
}
