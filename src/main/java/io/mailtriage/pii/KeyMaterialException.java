package io.mailtriage.pii;

/**
 * Key material is missing, unreadable or does not authenticate. Messages name the file,
 * variable or key version involved but never include key bytes or passwords.
 */
public final class KeyMaterialException extends RuntimeException {

    public KeyMaterialException(String message) {
        super(message);
    }

    public KeyMaterialException(String message, Throwable cause) {
        // The cause is kept for its type and stack only; its message may not be ours to vet.
        super(message + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")"));
    }
}
