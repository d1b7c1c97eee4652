package org.globalhub.platform.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.personal.NotPersonal;

/**
 * A file someone uploaded, kept in the database (its bytes in {@link UploadChunk}s) so that every
 * server can read it; deleted under the retention policy ({@code UPLOADED_FILE}).
 */
@Entity
@Table(name = "uploaded_file")
@NotPersonal(
        "tools' questionnaires uploaded for import; who uploaded them is kept by the import run")
public class UploadedFile {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected UploadedFile() {}

    UploadedFile(String id, String fileName, String purpose, Instant uploadedAt) {
        this.id = Objects.requireNonNull(id);
        this.fileName = Objects.requireNonNull(fileName);
        this.purpose = Objects.requireNonNull(purpose);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    void completed(long sizeBytes, int chunkCount) {
        this.sizeBytes = sizeBytes;
        this.chunkCount = chunkCount;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getChunkCount() {
        return chunkCount;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
