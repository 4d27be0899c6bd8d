/**
 * The Attune annotator: a Swing + FlatLaf desktop application for keyboard-first, time-aligned coding of
 * ruptures and resolutions. {@link org.attune.annotator.Annotator} starts it. The layers are kept apart:
 * {@code session} (the document, selection, undo history and coding edits; no Swing), {@code keys} (the one
 * shortcut registry), {@code files} and {@code media} (I/O, autosave, playback clock; off the Event Dispatch
 * Thread), and the Swing views by feature under {@code ui}.
 */
module org.attune.annotator {
    requires transitive org.attune.search;
    requires transitive org.attune.report;
    requires transitive java.desktop;
    requires com.formdev.flatlaf;
    // compressed audio: MP3 (mp3spi on jlayer) and AAC in MPEG-4 (javasound-aac); automatic modules
    requires mp3spi;
    requires javasound.aac;

    exports org.attune.annotator;
    exports org.attune.annotator.session;
    exports org.attune.annotator.keys;
    exports org.attune.annotator.files;
    exports org.attune.annotator.media;
}
