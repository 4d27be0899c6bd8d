package org.attune.annotator.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of media the annotator plays, recognised by the file's first bytes (not its name, which may lie):
 * WAV, MP3 and the AAC audio of an MPEG-4 file (.m4a, .mp4, .mov; a video track is ignored).
 */
public enum MediaType {
    WAV("WAV"),
    MP3("MP3"),
    MP4_AAC("MPEG-4 (AAC audio)");

    /** What is supported, for messages. */
    public static final String SUPPORTED = "WAV, MP3, M4A/AAC and the AAC audio of MP4";

    private final String label;

    MediaType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a file name has the extension of a supported type (for choosing among linked media). */
    public static boolean hasSupportedExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".wav") || n.endsWith(".mp3") || n.endsWith(".m4a") || n.endsWith(".mp4")
                || n.endsWith(".mov");
    }

    /** The type of {@code file} from its content; a {@link MediaException} says why it is not playable. */
    public static MediaType of(Path file) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new MediaException(file, "no such file");
        }
        if (n < head.length) {
            throw new MediaException(file, n == 0 ? "the file is empty" : "too short to be audio (" + n + " bytes)");
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return WAV;
        }
        if (ascii(head, 4, "ftyp")) {
            return MP4_AAC;
        }
        if (ascii(head, 0, "ID3") || mpegLayer3Sync(head)) {
            return MP3;
        }
        throw new MediaException(file, unsupported(head, file) + "; supported: " + SUPPORTED);
    }

    private static String unsupported(byte[] head, Path file) {
        String known = ascii(head, 0, "OggS") ? "Ogg (Vorbis/Opus) audio"
                : ascii(head, 0, "fLaC") ? "FLAC audio"
                : ascii(head, 0, "FORM") && ascii(head, 8, "AIFF") ? "AIFF audio"
                : (head[0] & 0xff) == 0xff && (head[1] & 0xf6) == 0xf0 ? "raw AAC (ADTS) without an MPEG-4 container"
                : (head[0] & 0xff) == 0x1a && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xdf ? "Matroska/WebM"
                : ascii(head, 0, "RIFF") && ascii(head, 8, "AVI ") ? "AVI video"
                : null;
        if (known != null) {
            return known + " is not supported";
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String claimed = name.endsWith(".mp3") ? "MP3" : name.endsWith(".wav") ? "WAV"
                : name.endsWith(".m4a") || name.endsWith(".mp4") || name.endsWith(".mov") ? "MPEG-4" : null;
        return claimed != null
                ? "named like " + claimed + " but its content is not " + claimed + " (it starts with " + hex(head) + ")"
                : "not an audio file the annotator can read (it starts with " + hex(head) + ")";
    }

    /** An MPEG audio frame header of layer III (MPEG 1, 2 or 2.5). */
    private static boolean mpegLayer3Sync(byte[] h) {
        return (h[0] & 0xff) == 0xff && (h[1] & 0xe0) == 0xe0 && ((h[1] >> 1) & 0x3) == 1 && ((h[1] >> 3) & 0x3) != 1;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        return new String(b, at, s.length(), StandardCharsets.ISO_8859_1).equals(s);
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append(String.format("%02x", b[i] & 0xff));
        }
        return "0x" + s;
    }
}
