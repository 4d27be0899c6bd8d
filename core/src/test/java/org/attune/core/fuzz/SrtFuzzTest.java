package org.attune.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attune.core.formats.Format;

/** Any bytes as a SubRip file: import, save as EAF, load again. See {@link FuzzContract}; seeds in {@code SrtFuzzTestInputs/importSaveLoad}. */
class SrtFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void importSaveLoad(byte[] data) {
        FuzzContract.imported(data, Format.SRT);
    }
}
