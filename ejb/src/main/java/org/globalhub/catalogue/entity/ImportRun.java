package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who started an import job execution, with which file and choice (the job repository holds the rest). */
@Entity
@Table(name = "import_run")
public class ImportRun {

    @Id
    @Column(name = "execution_id")
    private long executionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false)
    private boolean publish;

    @Column(name = "started_by", nullable = false, length = 254)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected ImportRun() {
    }

    public ImportRun(long executionId, String fileName, boolean publish, String startedBy, Instant startedAt) {
        this.executionId = executionId;
        this.fileName = fileName;
        this.publish = publish;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public long getExecutionId() { return executionId; }
    public String getFileName() { return fileName; }
    public boolean isPublish() { return publish; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
}
