package org.attune.annotator.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The gapless playback information of an MP3 file written by LAME (also through ffmpeg): the encoder's delay and
 * padding in the LAME tag of the first frame, a silent "Info"/"Xing" frame that decoders without gapless support
 * (mp3spi) play as silence. With it the decoded audio can be cut to the samples that were encoded.
 *
 * @param skipFrames the decoded sample frames to drop at the start: the info frame, the encoder's delay and the
 *                   decoder's delay (529 samples)
 * @param keepFrames the sample frames that were encoded
 */
record Mp3Gapless(long skipFrames, long keepFrames) {

    private static final int DECODER_DELAY = 529;

    /** The gapless information of {@code mp3}, if it has a LAME tag. */
    static Optional<Mp3Gapless> of(Path mp3) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(mp3)) {
            b = in.readNBytes(1 << 16);
        }
        int at = 0;
        if (b.length >= 10 && b[0] == 'I' && b[1] == 'D' && b[2] == '3') {
            at = 10 + ((b[6] & 0x7f) << 21 | (b[7] & 0x7f) << 14 | (b[8] & 0x7f) << 7 | (b[9] & 0x7f))
                    + ((b[5] & 0x10) != 0 ? 10 : 0);
        }
        if (at + 4 > b.length || (b[at] & 0xff) != 0xff || (b[at + 1] & 0xe0) != 0xe0) {
            return Optional.empty();
        }
        boolean mpeg1 = ((b[at + 1] >> 3) & 3) == 3;
        boolean mono = ((b[at + 3] >> 6) & 3) == 3;
        boolean crc = (b[at + 1] & 1) == 0;
        int samplesPerFrame = mpeg1 ? 1152 : 576;
        int xing = at + 4 + (crc ? 2 : 0) + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
        if (xing + 8 > b.length || !(ascii(b, xing, "Info") || ascii(b, xing, "Xing"))) {
            return Optional.empty();
        }
        int flags = b[xing + 7] & 0xff;
        if ((flags & 1) == 0) {
            return Optional.empty(); // no frame count
        }
        long frames = Integer.toUnsignedLong(int32(b, xing + 8));
        int lame = xing + 8 + 4 + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        if (lame + 24 > b.length || !(ascii(b, lame, "LAME") || ascii(b, lame, "Lavf") || ascii(b, lame, "Lavc"))) {
            return Optional.empty();
        }
        int delay = (b[lame + 21] & 0xff) << 4 | (b[lame + 22] & 0xf0) >> 4;
        int padding = (b[lame + 22] & 0x0f) << 8 | (b[lame + 23] & 0xff);
        long keep = frames * samplesPerFrame - delay - padding;
        if (keep <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Mp3Gapless(samplesPerFrame + delay + DECODER_DELAY, keep));
    }

    private static boolean ascii(byte[] b, int at, String s) {
        return new String(b, at, s.length(), StandardCharsets.ISO_8859_1).equals(s);
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
