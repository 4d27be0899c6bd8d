/**
 * Attune inside ELAN: the "local recognizers" ELAN runs (3RS segments, episodes, query hits), their wire formats
 * and CMDI descriptors, and the extension folder ELAN discovers them in. ELAN itself runs the shaded recognizer
 * jar ({@code attune-elan.jar}) on the class path, where this descriptor is left out; the module serves the
 * {@code attune} command ({@code attune elan-extension}) and the tests. The Java 8 launcher
 * ({@code org.attune.elan.launch}, compiled separately) is in the jar but not part of the API.
 */
module org.attune.elan {
    requires transitive org.attune.core;
    requires transitive org.attune.search;

    exports org.attune.elan;
    exports org.attune.elan.protocol;
    exports org.attune.elan.descriptor;
    exports org.attune.elan.recognizers;
    exports org.attune.elan.extension;
}
