package org.globalhub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * Who started an import job execution, with which file and choice (the job repository holds the
 * rest).
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    @NotPersonal
    @Id
    @Column(name = "execution_id")
    private long executionId;

    @NotPersonal("the provider's questionnaire file")
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @NotPersonal
    @Column(nullable = false)
    private boolean publish;

    @PersonalData(
            value = DataKind.WRITINGS,
            erasure = PersonalData.Erasure.ALIASED,
            keptBecause =
                    "the record of an import stays with the tools it brought in, without the name of who started it")
    @Column(name = "started_by", nullable = false, length = 254)
    private String startedBy;

    @NotPersonal
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected ImportRun() {}

    public ImportRun(
            long executionId,
            String fileName,
            boolean publish,
            String startedBy,
            Instant startedAt) {
        this.executionId = executionId;
        this.fileName = fileName;
        this.publish = publish;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isPublish() {
        return publish;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
