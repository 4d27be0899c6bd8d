package org.attune.annotator.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javax.sound.sampled.spi.AudioFileReader;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;
import net.sourceforge.jaad.spi.javasound.AACAudioFileReader;

/**
 * Opens media as 16-bit signed little-endian PCM. The reader is chosen by the file's content ({@link MediaType}),
 * never by asking Java Sound, where the MP3 and AAC plug-ins both register and claim each other's files: WAV goes
 * to the JDK, MP3 to mp3spi's {@code MpegAudioFileReader}, MPEG-4 to javasound-aac's {@code AACAudioFileReader}
 * (the first AAC track; video is ignored); MP3 is cut to the encoded samples when LAME's tag says where they are
 * ({@link Mp3Gapless}); the result is converted with
 * {@link AudioSystem#getAudioInputStream(AudioFormat, AudioInputStream)}.
 */
public final class AudioDecoder {

    private AudioDecoder() {
    }

    /** The audio of {@code file} as 16-bit PCM (the length may be unknown for compressed media). */
    public static AudioInputStream openPcm(Path file) throws IOException {
        MediaType type = MediaType.of(file);
        AudioInputStream source = open(file, type);
        try {
            AudioInputStream pcm = source;
            if (!isPcm16(pcm.getFormat())) {
                // the plug-in's decoder to 16-bit PCM: mp3spi gives little-endian, javasound-aac only big-endian,
                // which the JDK then swaps
                AudioFormat f = pcm.getFormat();
                AudioFormat little = pcm16(f, false);
                AudioFormat big = pcm16(f, true);
                if (AudioSystem.isConversionSupported(little, f)) {
                    pcm = AudioSystem.getAudioInputStream(little, pcm);
                } else if (AudioSystem.isConversionSupported(big, f) && AudioSystem.isConversionSupported(little, big)) {
                    pcm = AudioSystem.getAudioInputStream(little, AudioSystem.getAudioInputStream(big, pcm));
                } else {
                    throw new MediaException(file, "cannot decode " + type.label() + " audio in " + f);
                }
            }
            return type == MediaType.MP3 ? trimmed(file, pcm) : pcm;
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e instanceof MediaException ? (MediaException) e
                    : new MediaException(file, "cannot decode the " + type.label() + " audio (" + e.getMessage() + ")", e);
        }
    }

    /** MP3 cut to the encoded samples when the file says where they are (LAME's tag), else as decoded. */
    private static AudioInputStream trimmed(Path file, AudioInputStream pcm) throws IOException {
        Optional<Mp3Gapless> gapless = Mp3Gapless.of(file);
        if (gapless.isEmpty()) {
            return pcm;
        }
        int frameSize = pcm.getFormat().getFrameSize();
        long skip = gapless.get().skipFrames() * frameSize;
        byte[] buf = new byte[8192];
        while (skip > 0) {
            int n = pcm.read(buf, 0, (int) Math.min(buf.length, skip));
            if (n <= 0) {
                break;
            }
            skip -= n;
        }
        return new AudioInputStream(pcm, pcm.getFormat(), gapless.get().keepFrames());
    }

    /** Opens a WAV file with the JDK's reader (its header only is read). */
    static AudioInputStream openWav(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        try {
            return AudioSystem.getAudioInputStream(raw);
        } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
            raw.close();
            throw new MediaException(file, "not a WAV file Java Sound can read (" + e.getMessage() + ")", e);
        }
    }

    private static AudioInputStream open(Path file, MediaType type) throws IOException {
        if (type == MediaType.WAV) {
            return openWav(file);
        }
        if (type == MediaType.MP4_AAC) {
            checkMp4Boxes(file);
        }
        AudioFileReader reader = type == MediaType.MP3 ? new MpegAudioFileReader() : new AACAudioFileReader();
        try {
            return reader.getAudioInputStream(file.toFile());
        } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw new MediaException(file, "not readable as " + type.label() + " (" + why + ")", e);
        }
    }

    /**
     * Walks the top-level boxes of an MPEG-4 file: each must end within the file and the index ({@code moov}) must
     * be there. javasound-aac loops forever on a box that runs past the end of the file (a truncated download or
     * an interrupted recording), so such files are refused here first.
     */
    private static void checkMp4Boxes(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long length = ch.size();
            long at = 0;
            boolean moov = false;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (at < length) {
                header.clear().limit(8);
                ch.position(at);
                if (length - at < 8 || ch.read(header) < 8) {
                    throw new MediaException(file, "damaged MPEG-4 file: " + (length - at) + " stray bytes at the end");
                }
                long size = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (size == 1) {
                    header.clear().limit(8);
                    if (ch.read(header) < 8) {
                        throw new MediaException(file, "damaged MPEG-4 file: the '" + type + "' box is cut off");
                    }
                    size = header.getLong(0);
                } else if (size == 0) {
                    size = length - at;
                }
                if (size < 8 || at + size > length) {
                    throw new MediaException(file, "truncated or damaged MPEG-4 file: the '" + type + "' box at byte "
                            + at + " is " + size + " bytes long but the file ends at byte " + length);
                }
                moov |= type.equals("moov");
                at += size;
            }
            if (!moov) {
                throw new MediaException(file, "incomplete MPEG-4 file: it has no 'moov' box (the index of the"
                        + " recording, written last: was the recording or copy interrupted?)");
            }
        }
    }

    static boolean isPcm16(AudioFormat f) {
        return f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED && f.getSampleSizeInBits() == 16 && !f.isBigEndian();
    }

    private static AudioFormat pcm16(AudioFormat f, boolean bigEndian) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16, f.getChannels(),
                2 * f.getChannels(), f.getSampleRate(), bigEndian);
    }
}
