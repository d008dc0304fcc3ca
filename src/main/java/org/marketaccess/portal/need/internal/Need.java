package org.marketaccess.portal.need.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.shared.PostingLifecycle;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.TermCode;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;

@Entity
@Table(name = "need")
public class Need {

    @Id
    private UUID id;

    private String externalId;

    private UUID organizationId;

    private String title;

    private String description;

    private String stage;

    @Enumerated(EnumType.STRING)
    private PostingStatus status;

    private boolean anonymous;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant publishedAt;

    /** Null until persisted, so that Spring Data persists new entities with assigned ids instead of merging. */
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "need_term", joinColumns = @JoinColumn(name = "need_id"))
    @BatchSize(size = 100)
    private Set<TermCode> terms = new HashSet<>();

    protected Need() {}

    public Need(UUID id, UUID organizationId, String externalId, Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.externalId = externalId;
        this.status = PostingStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void write(NeedDraft draft, Instant now) {
        PostingLifecycle.requireEditable(status);
        title = TextRules.clean(draft.title());
        description = draft.description() == null ? "" : draft.description().strip();
        stage = TextRules.clean(draft.stage());
        anonymous = draft.anonymous();
        Set<TermCode> next = new HashSet<>();
        add(next, TaxonomyKind.SOUGHT, draft.sought());
        add(next, TaxonomyKind.CATEGORY, draft.categories());
        add(next, TaxonomyKind.CLINICAL_AREA, draft.clinicalAreas());
        add(next, TaxonomyKind.CARE_SETTING, draft.careSettings());
        add(next, TaxonomyKind.CERTIFICATION, draft.certifications());
        add(next, TaxonomyKind.INTEGRATION, draft.integrations());
        add(next, TaxonomyKind.REGION, draft.regions());
        terms.retainAll(next);
        terms.addAll(next);
        updatedAt = now;
    }

    public PostingStatus publish(Instant now) {
        PostingStatus before = status;
        status = PostingLifecycle.publish(status);
        publishedAt = now;
        updatedAt = now;
        return before;
    }

    /** Imported data is published as it comes: the program vouches for it. */
    public void publishImported(Instant now) {
        if (status == PostingStatus.DRAFT) {
            status = PostingStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    public PostingStatus close(Instant now) {
        PostingStatus before = status;
        status = PostingLifecycle.close(status);
        updatedAt = now;
        return before;
    }

    public NeedDraft toDraft() {
        return new NeedDraft(
                title,
                description,
                codes(TaxonomyKind.SOUGHT),
                codes(TaxonomyKind.CATEGORY),
                codes(TaxonomyKind.CLINICAL_AREA),
                codes(TaxonomyKind.CARE_SETTING),
                stage,
                codes(TaxonomyKind.CERTIFICATION),
                codes(TaxonomyKind.INTEGRATION),
                codes(TaxonomyKind.REGION),
                anonymous);
    }

    private List<String> codes(TaxonomyKind kind) {
        return terms.stream()
                .filter(term -> term.kind().equals(kind.name()))
                .map(TermCode::code)
                .sorted()
                .toList();
    }

    private static void add(Set<TermCode> into, TaxonomyKind kind, List<String> codes) {
        codes.forEach(code -> into.add(new TermCode(kind.name(), code)));
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String title() {
        return title;
    }

    public String stage() {
        return stage;
    }

    public PostingStatus status() {
        return status;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
