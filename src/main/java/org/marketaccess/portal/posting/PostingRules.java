package org.marketaccess.portal.posting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules a kind's service applies alike to its postings: who writes them (a member of the owning
 * side, verified), which one is the caller's own and unchanged since the editor showed it, who sees
 * which one and whether with its organization, and that a draft with problems is refused. Not a
 * service: each kind's service holds one, inside its own transactions and access rules.
 *
 * @param <P> the kind's entity
 */
public final class PostingRules<P extends Posting<?>> {

    /** How a kind shows a posting to a viewer (null: the program), with its organization or not. */
    @FunctionalInterface
    public interface Shown<P, V> {
        V show(P posting, MemberOf viewer, boolean showOrganization);
    }

    private final String kind;
    private final OrganizationType owners;
    private final OrganizationType otherSide;
    private final Function<UUID, Optional<P>> byId;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final PostingAudience audience;

    /**
     * @param kind the kind's word in messages and error fields ({@code need})
     * @param owners the side that writes postings of the kind; {@code otherSide} sees the published ones
     */
    public PostingRules(
            String kind,
            OrganizationType owners,
            OrganizationType otherSide,
            Function<UUID, Optional<P>> byId,
            OrganizationService organizations,
            CurrentUser currentUser,
            PostingAudience audience) {
        this.audience = audience;
        this.kind = kind;
        this.owners = owners;
        this.otherSide = otherSide;
        this.byId = byId;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    /** Writes the clusters that may see the posting, after each write of it. */
    public void reach(P posting) {
        audience.reach(posting);
    }

    /**
     * The pattern a browse filters the postings' audience with: empty for the program, which sees
     * every cluster's postings; the member's cluster otherwise.
     */
    public String browsePattern() {
        if (currentUser.require().hasRole(Roles.PROGRAM_MANAGER)) {
            return "";
        }
        return organizations
                .currentMembership()
                .map(member -> Posting.audiencePattern(member.cluster()))
                .orElse("%,-none-,%");
    }

    /** The signed-in member of an organization of the owning side. */
    public MemberOf member() {
        return organizations
                .currentMembership()
                .filter(member -> member.type() == owners)
                .orElseThrow(() -> new AccessDeniedException("Not a member of a " + owners));
    }

    /** The signed-in member whose organization is verified: only they write postings. */
    public MemberOf verifiedMember() {
        MemberOf member = member();
        if (!member.verified()) {
            throw new InvalidInputException("organization", "posting.organization-not-verified");
        }
        return member;
    }

    /**
     * The member's own posting at the version the editor showed. Another organization's posting is
     * treated as unknown; one changed meanwhile is refused.
     */
    public P own(UUID id, MemberOf member, long expectedVersion) {
        P posting = byId.apply(id)
                .filter(found -> found.organizationId().equals(member.id().value()))
                .orElseThrow(() -> new InvalidInputException(kind, "posting.unknown"));
        if (posting.version() != expectedVersion) {
            throw new OptimisticLockingFailureException(
                    Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + id + " was changed meanwhile");
        }
        return posting;
    }

    /**
     * A posting as the caller may see it: its owner and the program see it whole; a verified member of
     * the other side sees a published one of a cluster it may see (decision 028), without the
     * organization when it is anonymous; anyone else
     * (an organization the program has not verified yet included) sees nothing.
     */
    public <V> Optional<V> visible(UUID id, Shown<P, V> shown) {
        Optional<P> found = byId.apply(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        P posting = found.get();
        if (currentUser.require().hasRole(Roles.PROGRAM_MANAGER)) {
            return Optional.of(shown.show(posting, null, true));
        }
        MemberOf member = organizations.currentMembership().orElse(null);
        if (mine(posting, member)) {
            return Optional.of(shown.show(posting, member, true));
        }
        boolean ofOtherSide = member != null && member.type() == otherSide && member.verified();
        if (ofOtherSide && posting.status() == PostingStatus.PUBLISHED && audience.sees(member, posting)) {
            return Optional.of(shown.show(posting, member, !posting.anonymous()));
        }
        return Optional.empty();
    }

    /**
     * Refuses to list the kind's published postings to anyone but the program and a verified member
     * of the other side: an organization the program has not verified yet browses nothing.
     */
    public void requireBrowsing() {
        if (currentUser.require().hasRole(Roles.PROGRAM_MANAGER)) {
            return;
        }
        MemberOf member = organizations.currentMembership().orElse(null);
        if (member == null || member.type() != otherSide || !member.verified()) {
            throw new InvalidInputException("organization", "posting.organization-not-verified.browse");
        }
    }

    public boolean mine(P posting, MemberOf viewer) {
        return viewer != null && viewer.id().value().equals(posting.organizationId());
    }

    /** The owner's card, or null when it is not to be shown. */
    public OrganizationCard card(P posting, boolean show) {
        OrganizationId owner = new OrganizationId(posting.organizationId());
        return show ? organizations.cards(List.of(owner)).get(owner) : null;
    }

    /**
     * A page of postings as the caller lists them: each with its owner's name, none for an anonymous
     * one unless the caller is the program.
     */
    public <S> Page<S> listed(Page<P> page, BiFunction<P, String, S> summary) {
        Map<OrganizationId, OrganizationCard> cards = organizations.cards(page.stream()
                .map(posting -> new OrganizationId(posting.organizationId()))
                .toList());
        boolean program = currentUser.require().hasRole(Roles.PROGRAM_MANAGER);
        return page.map(posting -> summary.apply(
                posting,
                posting.anonymous() && !program
                        ? null
                        : cards.get(new OrganizationId(posting.organizationId()))
                                .name()));
    }
}
