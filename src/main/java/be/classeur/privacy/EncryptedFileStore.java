package be.classeur.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the privacy module's files (copies of identity documents, attachments of rights requests such as a scanned
 * letter) as AES-GCM encrypted files (256-bit key from {@code classeur.privacy.id-proof-key},
 * a fresh random 12-byte IV per file, written before the cipher text) in {@code classeur.privacy.id-proof-dir}. The file
 * name is a random UUID, so it says nothing about whose document it is. The key is never stored in the database.
 */
@Component
class EncryptedFileStore {
    static final String DEMO_KEY = "Y2xhc3NldXItZGVtby1pZC1wcm9vZi1rZXktMzJieXQ=";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final SecretKey key;
    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    EncryptedFileStore(@Value("${classeur.privacy.id-proof-key}") String base64Key,
                       @Value("${classeur.privacy.id-proof-dir:./data/id-proofs}") String directory) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("classeur.privacy.id-proof-key must be a base64-encoded 256-bit key");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("classeur.privacy.id-proof-key must be a base64-encoded 256-bit key (32 bytes), not "
                    + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    /** Encrypts and writes the bytes; returns the new file's name (a random UUID). */
    String write(byte[] content) {
        String name = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] encrypted = cipher.doFinal(content);
            ByteBuffer out = ByteBuffer.allocate(IV_BYTES + encrypted.length).put(iv).put(encrypted);
            Files.write(path(name), out.array());
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the encrypted file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the file", e);
        }
    }

    /**
     * Encrypts and writes the bytes for the current transaction: if it does not commit, the file is deleted again, so
     * that no file stays behind without the row that names it. Returns the new file's name.
     */
    String writeWithinTransaction(byte[] content) {
        String name = write(content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(name);
                    }
                }
            });
        }
        return name;
    }

    /** Reads and decrypts a file written by {@link #write}. */
    byte[] read(String name) {
        try {
            byte[] stored = Files.readAllBytes(path(name));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the encrypted file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the file (wrong key or altered file)", e);
        }
    }

    /** Deletes the file; true when it existed. Its bytes are overwritten first, so they do not linger on disk. */
    boolean delete(String name) {
        Path file = path(name);
        try {
            if (Files.exists(file)) {
                long size = Files.size(file);
                Files.write(file, new byte[(int) Math.min(size, Integer.MAX_VALUE)]);
            }
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the encrypted file", e);
        }
    }

    Path path(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a stored file name");
        }
        return directory.resolve(name);
    }
}
