package org.marketaccess.portal.posting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.posting.PostingRow;
import org.marketaccess.portal.shared.PostingStatus;

/** A row of the database view {@code posting_overview}: read-only by construction. */
@Entity
@Immutable
@Table(name = "posting_overview")
public class PostingOverview {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private PostingKind kind;

    private UUID organizationId;

    private String organizationName;

    private String title;

    @Enumerated(EnumType.STRING)
    private PostingStatus status;

    private boolean anonymous;

    private Instant updatedAt;

    private LocalDate responseDeadline;

    protected PostingOverview() {}

    public PostingRow toRow() {
        return new PostingRow(id, kind, organizationName, title, status, anonymous, updatedAt, responseDeadline);
    }
}
