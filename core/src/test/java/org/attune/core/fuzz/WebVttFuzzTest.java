package org.attune.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attune.core.formats.Format;

/** Any bytes as a WebVTT file: import, save as EAF, load again. See {@link FuzzContract}; seeds in {@code WebVttFuzzTestInputs/importSaveLoad}. */
class WebVttFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void importSaveLoad(byte[] data) {
        FuzzContract.imported(data, Format.WEBVTT);
    }
}
