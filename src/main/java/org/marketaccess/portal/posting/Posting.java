package org.marketaccess.portal.posting;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.TermCode;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;

/**
 * What a need and an opportunity are alike: who owns it, its title, whether it is anonymous, its
 * status and its moves (draft → published → closed, guarded here), its times and version, and its
 * taxonomy codes. Each kind maps its own table and code table and adds what truly differs, with its
 * command record: what it writes and reads back.
 *
 * @param <D> the kind's command record
 */
@MappedSuperclass
public abstract class Posting<D extends Record> {

    @Id
    private UUID id;

    private String externalId;

    private UUID organizationId;

    private String title;

    @Enumerated(EnumType.STRING)
    private PostingStatus status;

    private boolean anonymous;

    /** Seen inside its organization's cluster only; otherwise by its partner clusters too (decision 028). */
    private boolean keptInCluster;

    /**
     * The clusters that may see it, as {@code ,code,code,} (sorted): written with the posting, so
     * that a browse filters on it with one {@code like}. Clusters and organizations' clusters change
     * only by migration, so it stays right (decision 028).
     */
    private String audience;

    /** en, es or ca: chosen in the editor, else detected from the text when written (decision 027). */
    private String language;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant publishedAt;

    /** Null until persisted, so that Spring Data persists new entities with assigned ids instead of merging. */
    @Version
    private Long version;

    protected Posting() {}

    protected Posting(UUID id, UUID organizationId, String externalId, Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.externalId = externalId;
        this.status = PostingStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The posting's codes, in its own code table. */
    protected abstract Set<TermCode> terms();

    /** Writes a draft: the common part through {@link #writeCommon}, then the kind's own fields. */
    public abstract void write(D draft, Instant now);

    /** The posting as its kind's command record, as it is stored. */
    public abstract D toDraft();

    /**
     * Writes what both kinds hold; the kind writes its own fields in the same call. Refused once the
     * posting has ended.
     */
    protected final void writeCommon(
            String title,
            boolean anonymous,
            boolean keptInCluster,
            Map<TaxonomyKind, List<String>> codes,
            Instant now) {
        PostingLifecycle.requireEditable(status);
        this.title = TextRules.clean(title);
        this.anonymous = anonymous;
        this.keptInCluster = keptInCluster;
        Set<TermCode> next = new HashSet<>();
        codes.forEach((kind, values) -> values.forEach(code -> next.add(new TermCode(kind.name(), code))));
        terms().retainAll(next);
        terms().addAll(next);
        updatedAt = now;
    }

    /**
     * The posting's language: the one chosen ({@code en}, {@code es}, {@code ca}), else the one its
     * title and {@code text} are written in. The kind calls it after writing its text.
     */
    protected final void writeLanguage(String chosen, String text) {
        PostingLanguage given = PostingLanguage.ofCode(chosen);
        language = (given != null ? given : PostingLanguage.detect(title + "\n" + (text == null ? "" : text))).code();
    }

    /** en, es or ca; null for a posting written before languages were kept (decision 027). */
    public String language() {
        return language;
    }

    /** The codes of one taxonomy kind, sorted. */
    protected final List<String> codes(TaxonomyKind kind) {
        return terms().stream()
                .filter(term -> term.kind().equals(kind.name()))
                .map(TermCode::code)
                .sorted()
                .toList();
    }

    /** @return the status before */
    public PostingStatus publish(Instant now) {
        PostingStatus next = PostingLifecycle.publish(status);
        publishedAt = now;
        return move(next, now);
    }

    /** Imported data is published as it comes: the program vouches for it. */
    public void publishImported(Instant now) {
        if (status == PostingStatus.DRAFT) {
            status = PostingStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    /** @return the status before */
    public PostingStatus close(Instant now) {
        return move(PostingLifecycle.close(status), now);
    }

    /** A move only one kind has (an opportunity awarded); {@code next} comes from {@link PostingLifecycle}. */
    protected final PostingStatus move(PostingStatus next, Instant now) {
        PostingStatus before = status;
        status = next;
        updatedAt = now;
        return before;
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

    public PostingStatus status() {
        return status;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public boolean keptInCluster() {
        return keptInCluster;
    }

    /** Sets the clusters that may see it, worked out by {@link PostingAudience}. */
    public void reach(Set<String> clusters) {
        audience = "," + String.join(",", new java.util.TreeSet<>(clusters)) + ",";
    }

    /** Whether organizations of {@code cluster} may see it. */
    public boolean seenBy(String cluster) {
        return cluster != null && audience != null && audience.contains("," + cluster + ",");
    }

    /** The pattern a browse of {@code cluster} filters the stored audience with. */
    public static String audiencePattern(String cluster) {
        return "%," + cluster + ",%";
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
