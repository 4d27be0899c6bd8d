package org.attune.elan.protocol;

/**
 * Why a recognizer cannot do its job, in words for the ELAN user: a missing tier, a bad number, an unreadable file.
 * The recognizer reports the message and ends with {@code RESULT: FAILED.}.
 */
public class RecognizerException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecognizerException(String message) {
        super(message);
    }

    public RecognizerException(String message, Throwable cause) {
        super(message, cause);
    }
}
