package org.globalhub.batch.questionnaireimport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.globalhub.catalogue.boundary.QuestionnaireImportService;
import org.globalhub.catalogue.control.ImportProblemDetail;
import org.globalhub.catalogue.control.ImportRow;
import org.globalhub.catalogue.control.ImportRowValidator;
import org.globalhub.identity.Roles;
import org.globalhub.platform.upload.UploadedFile;
import org.globalhub.platform.upload.Uploads;

/**
 * The batch artifacts' way into the catalogue. Batch threads run without the starter's login (a run
 * may be started from the WildFly CLI), so this local-only bean calls the administrator-only
 * service as an administrator; who started the run travels as a job parameter into the tools'
 * history.
 */
@Stateless
@RunAs(Roles.ADMINISTRATOR)
@PermitAll // reachable only by local calls of this application's batch artifacts (no remote view)
public class ImportJobGateway {

    @EJB QuestionnaireImportService imports;

    @Inject Uploads uploads;

    /** The stored upload's file name (its suffix says how to read it), or null if it is gone. */
    public String uploadName(String uploadId) {
        UploadedFile upload = uploads.find(uploadId);
        return upload == null ? null : upload.getFileName();
    }

    /** Copies the stored upload into the run's working file. */
    public boolean copyUpload(String uploadId, java.nio.file.Path target) {
        return uploads.copyTo(uploadId, target);
    }

    public ImportRowValidator validator() {
        return imports.validator();
    }

    public int write(List<ImportRow> rows, boolean publish, String actor, long run) {
        return imports.importRows(rows, publish, actor, run);
    }

    public void recordProblems(long executionId, long line, List<ImportProblemDetail> problems) {
        imports.recordProblems(executionId, line, problems);
    }

    /** Why the whole file was refused (row 0); kept even though the failing step rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFileProblem(long executionId, String messageKey, String argument) {
        imports.recordProblems(
                executionId, 0, List.of(new ImportProblemDetail(null, null, messageKey, argument)));
    }
}
