package org.attune.elan.recognizers;

import java.io.IOException;
import org.attune.elan.descriptor.Descriptor;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;

/** One of Attune's ELAN recognizers: its descriptor, and what it does with the parameters ELAN sends. */
public sealed interface Recognizer permits SegmentsRecognizer, EpisodesRecognizer, QueryRecognizer {

    /** What the CMDI file declares. */
    Descriptor descriptor();

    /**
     * Reads the inputs named in {@code params}, writes the output tier file, and reports progress and a summary
     * (but not the final {@code RESULT:} line, which the caller writes).
     *
     * @throws RecognizerException for anything the user can fix: a missing tier, a bad number, an unreadable file
     * @throws IOException         when the output cannot be written
     */
    void run(Params params, Report report) throws RecognizerException, IOException;
}
