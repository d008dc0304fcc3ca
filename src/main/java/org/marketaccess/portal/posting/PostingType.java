package org.marketaccess.portal.posting;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.shared.PostingStatus;

/**
 * The types a kind of posting keeps its own on purpose, given by their constructors: its entity, its
 * typed id, its two past-tense events and its record for matching. Other features depend on these
 * types ({@code NeedSaved}, {@code OpportunityId}); the posting core only makes them.
 *
 * @param made a new entity: id, owner, external id (null unless imported), time
 * @param id the typed id of an entity's id
 * @param saved the event that a posting was saved (created, edited or imported)
 * @param statusChanged the event that its status moved
 * @param forMatching a published posting as the index holds it
 * @param <P> the kind's entity
 * @param <D> its command record
 * @param <I> its id
 * @param <F> its record for matching
 */
public record PostingType<P, D, I, F>(
        Made<P> made,
        Function<UUID, I> id,
        BiFunction<I, OrganizationId, Object> saved,
        StatusChanged<I> statusChanged,
        ForMatching<I, D, F> forMatching) {

    @FunctionalInterface
    public interface Made<P> {
        P make(UUID id, UUID organizationId, String externalId, Instant now);
    }

    @FunctionalInterface
    public interface StatusChanged<I> {
        Object event(I id, OrganizationId organization, PostingStatus before, PostingStatus after);
    }

    @FunctionalInterface
    public interface ForMatching<I, D, F> {
        F of(I id, OrganizationId organization, D content, Instant publishedAt, long version);
    }
}
