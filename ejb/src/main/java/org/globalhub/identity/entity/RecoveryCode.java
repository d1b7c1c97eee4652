package org.globalhub.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.PersonalData;

/** One of the ten one-time codes that replace the authenticator once each; stored as a hash. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
        name = "RecoveryCode.findUnused",
        query =
                "SELECT r FROM RecoveryCode r WHERE r.account = :account AND r.codeHash = :hash AND r.usedAt IS NULL")
@NamedQuery(
        name = "RecoveryCode.deleteFor",
        query = "DELETE FROM RecoveryCode r WHERE r.account = :account")
public class RecoveryCode {

    @PersonalData(DataKind.CREDENTIALS)
    @Id
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @PersonalData(DataKind.CREDENTIALS)
    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @PersonalData(DataKind.CREDENTIALS)
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    public RecoveryCode(String codeHash, Account account) {
        this.codeHash = codeHash;
        this.account = account;
    }

    public void use(Instant now) {
        usedAt = now;
    }
}
