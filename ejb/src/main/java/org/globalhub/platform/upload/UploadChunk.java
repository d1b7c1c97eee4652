package org.globalhub.platform.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.globalhub.platform.personal.NotPersonal;

/**
 * Part {@code seq} (from 0) of an {@link UploadedFile}'s bytes, at most {@link
 * Uploads#CHUNK_BYTES}.
 */
@Entity
@Table(name = "uploaded_chunk")
@IdClass(UploadChunk.Key.class)
@NotPersonal("the bytes of an uploaded file, classified with the file")
public class UploadChunk {

    @Id
    @Column(name = "file_id", length = 36)
    private String fileId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(nullable = false)
    private byte[] data;

    protected UploadChunk() {}

    UploadChunk(String fileId, int seq, byte[] data) {
        this.fileId = Objects.requireNonNull(fileId);
        this.seq = seq;
        this.data = Objects.requireNonNull(data);
    }

    byte[] getData() {
        return data;
    }

    /** The chunk's key: its file and its place in it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fileId;
        private int seq;

        public Key() {}

        public Key(String fileId, int seq) {
            this.fileId = fileId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && seq == k.seq && Objects.equals(fileId, k.fileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileId, seq);
        }
    }
}
