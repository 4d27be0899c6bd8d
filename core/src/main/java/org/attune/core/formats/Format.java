package org.attune.core.formats;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats Attune reads and writes, known by their file name extension (ignoring case). */
public enum Format {
    /** ELAN annotation document (EAF 2.0-3.0 in, 3.0 out). */
    EAF("ELAN", ".eaf"),
    /** Praat TextGrid (long or short text format in, long text format out). */
    TEXTGRID("Praat TextGrid", ".textgrid"),
    /** SubRip subtitles. */
    SRT("SubRip", ".srt"),
    /** WebVTT subtitles. */
    WEBVTT("WebVTT", ".vtt"),
    /**
     * In: a plain-text transcript ({@code Name: text}, {@code [hh:mm:ss]} stamps), or the tab-delimited text Attune
     * writes. Out: ELAN tab-delimited text.
     */
    TEXT("text", ".txt"),
    /** In: a CSV transcript with a column mapping. Out: a tidy table of utterances or codings. */
    CSV("CSV", ".csv");

    private final String label;
    private final String extension;

    Format(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /**
     * A name for messages, e.g. {@code WebVTT}.
     *
     * @return a name for messages, e.g
     */
    public String label() {
        return label;
    }

    /**
     * The file name extension in lower case, with the dot (e.g. {@code .vtt}).
     *
     * @return the file name extension in lower case, with the dot (e.g
     */
    public String extension() {
        return extension;
    }

    /**
     * The format of a file by its extension, if Attune knows it.
     *
     * @param file the file
     * @return the format of a file by its extension, if Attune knows it
     */
    public static Optional<Format> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The extensions Attune knows, for messages: {@code .eaf, .TextGrid, .srt, .vtt, .txt, .csv}.
     *
     * @return the extensions Attune knows, for messages: {@code .eaf, .TextGrid, .srt, .vtt, .txt, .csv}
     */
    public static String extensions() {
        return ".eaf, .TextGrid, .srt, .vtt, .txt, .csv";
    }
}
