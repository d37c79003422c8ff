package be.classeur.privacy;

/** A decrypted document, ready to be downloaded by the officer. */
public record StoredDocument(String fileName, String contentType, byte[] content) {
}
