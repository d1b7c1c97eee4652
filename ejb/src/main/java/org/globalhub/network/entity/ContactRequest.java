package org.globalhub.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.personal.DataKind;
import org.globalhub.platform.personal.NotPersonal;
import org.globalhub.platform.personal.PersonalData;

/**
 * An agent asks a listed colleague who does not show contact details to get in touch; the colleague
 * decides.
 */
@Entity
@Table(name = "contact_request")
public class ContactRequest {

    public enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    @NotPersonal
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contact_request_seq")
    @TableGenerator(
            name = "contact_request_seq",
            table = "hub_sequence",
            pkColumnName = "seq_name",
            valueColumnName = "seq_count",
            pkColumnValue = "CONTACT_REQUEST",
            allocationSize = 20)
    private Long id;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(nullable = false, length = 254)
    private String sender;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(nullable = false, length = 254)
    private String recipient;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(length = 500)
    private String note;

    @PersonalData(DataKind.CONVERSATIONS)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @PersonalData(DataKind.CONVERSATIONS)
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ContactRequest() {}

    public ContactRequest(String sender, String recipient, String note, Instant createdAt) {
        this.sender = Objects.requireNonNull(sender);
        this.recipient = Objects.requireNonNull(recipient);
        this.note = note;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void decide(boolean accept, Instant now) {
        if (status != Status.PENDING) {
            throw new InvalidInputException("contact.alreadyDecided");
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSender() {
        return sender;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
