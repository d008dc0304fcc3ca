package org.marketaccess.portal.posting;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.shared.ImportOutcome;
import org.marketaccess.portal.shared.Imported;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What a kind's service does alike to its postings: the member's own ones created, updated, published,
 * closed or moved, each change announced by the kind's event; one imported by external id; one handed
 * to the index or the program's records. Not a service: each kind's service holds one and calls it
 * from its public methods, which keep their transactions, their access rules and their types.
 *
 * @param <P> the kind's entity
 * @param <D> its command record
 * @param <I> its id
 * @param <V> its details, as a caller sees them
 * @param <F> its record for matching
 */
public final class Postings<P extends Posting<D>, D extends Record, I extends PostingId, V, F> {

    /** A draft as the kind takes it from a member (an opportunity's default region); most take it as it is. */
    @FunctionalInterface
    public interface Prepared<D> {
        D prepare(D draft, MemberOf member);
    }

    /** The kind's problems with a draft, field name to translation key; complete ones to publish. */
    @FunctionalInterface
    public interface Problems<D> {
        Map<String, String> of(D draft, boolean complete);
    }

    private final PostingType<P, D, I, F> type;
    private final PostingRepository<P> repository;
    private final PostingRules<P> rules;
    private final Problems<D> problems;
    private final Prepared<D> prepared;
    private final PostingRules.Shown<P, V> details;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Postings(
            PostingType<P, D, I, F> type,
            PostingRepository<P> repository,
            PostingRules<P> rules,
            Problems<D> problems,
            Prepared<D> prepared,
            PostingRules.Shown<P, V> details,
            ApplicationEventPublisher events,
            Clock clock) {
        this.type = type;
        this.repository = repository;
        this.rules = rules;
        this.problems = problems;
        this.prepared = prepared;
        this.details = details;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new draft for the signed-in member's verified organization. */
    public I create(D draft) {
        MemberOf member = rules.verifiedMember();
        D prepared = this.prepared.prepare(draft, member);
        check(prepared, false);
        P posting = type.made().make(UUID.randomUUID(), member.id().value(), null, clock.instant());
        posting.write(prepared, clock.instant());
        rules.reach(posting);
        repository.save(posting);
        I id = type.id().apply(posting.id());
        events.publishEvent(type.saved().apply(id, member.id()));
        return id;
    }

    /** Writes the member's own posting, shown at {@code expectedVersion}; a published one must stay complete. */
    public V update(I id, D draft, long expectedVersion) {
        MemberOf member = rules.verifiedMember();
        P posting = rules.own(id.value(), member, expectedVersion);
        D prepared = this.prepared.prepare(draft, member);
        check(prepared, posting.status() == PostingStatus.PUBLISHED);
        posting.write(prepared, clock.instant());
        rules.reach(posting);
        events.publishEvent(type.saved().apply(id, member.id()));
        repository.flush();
        return details.show(posting, member, true);
    }

    /** Publishes the member's own draft once it is complete. */
    public V publish(I id, long expectedVersion) {
        return move(id, expectedVersion, (posting, now) -> {
            check(posting.toDraft(), true);
            return posting.publish(now);
        });
    }

    public V close(I id, long expectedVersion) {
        return move(id, expectedVersion, Posting::close);
    }

    /**
     * Moves the member's own posting, shown at {@code expectedVersion}, and announces the new status.
     *
     * @param move the entity's move at a time; returns the status before
     */
    public V move(I id, long expectedVersion, BiFunction<P, Instant, PostingStatus> move) {
        MemberOf member = rules.verifiedMember();
        P posting = rules.own(id.value(), member, expectedVersion);
        PostingStatus before = move.apply(posting, clock.instant());
        events.publishEvent(type.statusChanged().event(id, member.id(), before, posting.status()));
        repository.flush();
        return details.show(posting, member, true);
    }

    /** The signed-in member's own postings; an empty filter means every status. */
    public <S> Page<S> mine(Set<PostingStatus> statuses, Pageable pageable, BiFunction<P, String, S> summary) {
        MemberOf member = rules.member();
        return repository
                .findOwn(member.id().value(), PostingChecks.statusesOrAll(statuses), pageable)
                .map(posting -> summary.apply(posting, member.name()));
    }

    public long countMine(Set<PostingStatus> statuses) {
        MemberOf member = rules.member();
        return repository.countOwn(member.id().value(), PostingChecks.statusesOrAll(statuses));
    }

    public Optional<I> findByExternalId(String externalId) {
        return repository.findByExternalId(externalId).map(found -> type.id().apply(found.id()));
    }

    /**
     * Creates (published) or updates a posting from a program's data set, matched by external id; an
     * unchanged record or an ended posting is left alone. The caller has validated the record.
     */
    public Imported<I> importPosting(String externalId, OrganizationId organization, D draft) {
        P posting = repository.findByExternalId(externalId).orElse(null);
        if (posting == null) {
            posting = type.made().make(UUID.randomUUID(), organization.value(), externalId, clock.instant());
            posting.write(draft, clock.instant());
            rules.reach(posting);
            posting.publishImported(clock.instant());
            repository.save(posting);
            I id = type.id().apply(posting.id());
            events.publishEvent(type.saved().apply(id, organization));
            return new Imported<>(id, ImportOutcome.CREATED);
        }
        I id = type.id().apply(posting.id());
        if (posting.status().editable() && !posting.toDraft().equals(asStored(draft))) {
            posting.write(draft, clock.instant());
            rules.reach(posting);
            events.publishEvent(type.saved().apply(id, organization));
            return new Imported<>(id, ImportOutcome.UPDATED);
        }
        return new Imported<>(id, ImportOutcome.UNCHANGED);
    }

    /** The posting as the search index must hold it: present while published, absent otherwise. */
    public Optional<F> forMatching(I id) {
        return repository
                .findById(id.value())
                .filter(found -> found.status() == PostingStatus.PUBLISHED)
                .map(this::forMatching);
    }

    /** The posting whatever its state, for the program's records. */
    public Optional<F> record(I id) {
        return repository.findById(id.value()).map(this::forMatching);
    }

    private F forMatching(P posting) {
        return type.forMatching()
                .of(
                        type.id().apply(posting.id()),
                        new OrganizationId(posting.organizationId()),
                        posting.toDraft(),
                        posting.publishedAt(),
                        posting.version());
    }

    /**
     * A draft as a posting holds it once written (text stripped, each code once, sorted): what an
     * import compares with the stored one to tell an unchanged record.
     */
    private D asStored(D draft) {
        P probe = type.made().make(null, null, null, Instant.EPOCH);
        probe.write(draft, Instant.EPOCH);
        return probe.toDraft();
    }

    /** Refuses a draft with problems (field name to translation key); nothing is changed. */
    private void check(D draft, boolean complete) {
        Map<String, String> found = problems.of(draft, complete);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
