package org.attune.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as an EAF file: load, save, load again. See {@link FuzzContract}; seeds in {@code EafFuzzTestInputs/loadSaveLoad}. */
class EafFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void loadSaveLoad(byte[] data) {
        FuzzContract.eaf(data);
    }
}
