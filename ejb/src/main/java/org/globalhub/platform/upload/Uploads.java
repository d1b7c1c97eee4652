package org.globalhub.platform.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.globalhub.platform.InvalidInputException;

/**
 * The one store for uploaded files: in the database, in chunks, so that any server of a cluster
 * reads what another received, and memory stays bounded however large the file. Files leave under
 * the retention policy ({@code UPLOADED_FILE}).
 */
@ApplicationScoped // not a service: its callers (e.g. ImportJobService) declare who may upload
public class Uploads {

    /** Bytes per stored chunk: small enough for any driver, large enough for few rows. */
    public static final int CHUNK_BYTES = 512 * 1024;

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    /**
     * Stores the stream's bytes and returns the file's id. It is committed in a transaction of its
     * own, before anything that reads it (a batch job) can start. A stream longer than {@code
     * maxBytes} is refused with {@code tooBigKey}, an empty one with {@code emptyKey}; nothing is
     * kept then.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String store(
            String fileName,
            String purpose,
            InputStream in,
            long maxBytes,
            String tooBigKey,
            String emptyKey) {
        String id = UUID.randomUUID().toString();
        UploadedFile file = new UploadedFile(id, fileName, purpose, Instant.now(clock));
        em.persist(file);
        em.flush(); // before its chunks: no mapped relation tells the provider the order
        long size = 0;
        int seq = 0;
        try {
            while (true) {
                byte[] chunk = in.readNBytes(CHUNK_BYTES);
                if (chunk.length == 0) {
                    break;
                }
                size += chunk.length;
                if (size > maxBytes) {
                    throw new InvalidInputException(tooBigKey);
                }
                em.persist(new UploadChunk(id, seq++, chunk));
                em.flush();
                em.clear(); // the written chunk leaves memory
                file = em.find(UploadedFile.class, id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new InvalidInputException(emptyKey);
        }
        file.completed(size, seq);
        return id;
    }

    /**
     * Copies a stored file into a local working file (for a reader that needs random access or two
     * passes), one chunk in memory at a time; false if no such file is stored (any more).
     */
    @Transactional
    public boolean copyTo(String id, Path target) {
        UploadedFile file = em.find(UploadedFile.class, id);
        if (file == null) {
            return false;
        }
        int chunks = file.getChunkCount();
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int seq = 0; seq < chunks; seq++) {
                UploadChunk chunk = em.find(UploadChunk.class, new UploadChunk.Key(id, seq));
                if (chunk == null) {
                    return false; // deleted meanwhile (retention)
                }
                out.write(chunk.getData());
                em.detach(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** The stored file's description, or null. */
    @Transactional
    public UploadedFile find(String id) {
        return em.find(UploadedFile.class, id);
    }
}
