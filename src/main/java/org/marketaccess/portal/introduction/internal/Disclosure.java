package org.marketaccess.portal.introduction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;

/**
 * Who sees what of an introduction. The requester and the program see it from the start, the
 * recipient once the program let it through, nobody else ever. Until the introduction is made, an
 * anonymous side's name stays hidden from the other side, the recipient sees neither who asked nor
 * the program's question, and no contact person is disclosed; once made, each side sees the other's
 * contact persons and the program both.
 */
public final class Disclosure {

    /** The caller as disclosure sees them: the program, a member of one organization, or nobody. */
    public record Viewer(boolean program, UUID organization, Set<String> clusters) {

        /** The program with every cluster. */
        public static final Viewer PROGRAM = new Viewer(true, null, null);

        public static final Viewer NOBODY = new Viewer(false, null, null);

        /** A program manager, who works the requests in which either side belongs to one of their clusters. */
        public static Viewer manager(Set<String> clusters) {
            return new Viewer(true, null, Set.copyOf(clusters));
        }

        public static Viewer memberOf(UUID organization) {
            return new Viewer(false, organization, null);
        }
    }

    private final Function<UUID, IntroductionDetails.Contacts> contacts;

    /** {@code contacts}: an organization's contact persons, asked for only when they are disclosed. */
    public Disclosure(Function<UUID, IntroductionDetails.Contacts> contacts) {
        this.contacts = contacts;
    }

    /** How the viewer stands to the introduction; empty when it is none of their business. */
    public static Optional<Party> party(Introduction introduction, Viewer viewer) {
        if (viewer.program()) {
            // a manager of other clusters has nothing to do with it (decision 028)
            boolean theirs = viewer.clusters() == null
                    || introduction.clusters() == null
                    || introduction.clusters().concern(viewer.clusters());
            return theirs ? Optional.of(Party.PROGRAM) : Optional.empty();
        }
        if (viewer.organization() == null) {
            return Optional.empty();
        }
        if (viewer.organization().equals(introduction.requesterOrg())) {
            return Optional.of(Party.REQUESTER);
        }
        if (viewer.organization().equals(introduction.recipientOrg()) && seenByRecipient(introduction)) {
            return Optional.of(Party.RECIPIENT);
        }
        return Optional.empty();
    }

    /** Only approved requests have an answer-by time: the ones the recipient has been asked. */
    private static boolean seenByRecipient(Introduction introduction) {
        return introduction.expiresAt() != null;
    }

    public IntroductionDetails details(Introduction introduction, Party party) {
        boolean introduced = introduced(introduction);
        List<IntroductionDetails.Contacts> disclosed = new ArrayList<>();
        if (introduced) {
            // the only place contact persons of another organization leave the feature
            if (party != Party.REQUESTER) {
                disclosed.add(contacts.apply(introduction.requesterOrg()));
            }
            if (party != Party.RECIPIENT) {
                disclosed.add(contacts.apply(introduction.recipientOrg()));
            }
        }
        return new IntroductionDetails(
                new IntroductionId(introduction.id()),
                party,
                new NeedId(introduction.needId()),
                new OpportunityId(introduction.opportunityId()),
                introduction.needTitle(),
                introduction.opportunityTitle(),
                introduction.requesterType(),
                requesterName(introduction, party),
                recipientName(introduction, party),
                party == Party.RECIPIENT && !introduced ? null : introduction.requestedBy(),
                introduction.message(),
                introduction.status(),
                party == Party.RECIPIENT ? null : introduction.infoRequest(),
                introduction.declineReason(),
                introduction.declineNote(),
                introduction.outcome(),
                introduction.outcomeNote(),
                introduction.programNote(),
                introduction.createdAt(),
                introduction.updatedAt(),
                introduction.expiresAt(),
                List.copyOf(disclosed),
                introduction.actions(party),
                introduction.version(),
                party == Party.PROGRAM && introduction.clusters() != null
                        ? new IntroductionDetails.ForProgram(
                                introduction.clusters().requester(),
                                introduction.clusters().recipient(),
                                introduction.decidedBy(),
                                introduction.clusters().decidedFor())
                        : null);
    }

    public static IntroductionSummary summary(Introduction introduction, Party party) {
        return new IntroductionSummary(
                new IntroductionId(introduction.id()),
                party,
                introduction.requesterType(),
                introduction.needTitle(),
                introduction.opportunityTitle(),
                requesterName(introduction, party),
                recipientName(introduction, party),
                introduction.status(),
                introduction.outcome(),
                introduction.createdAt(),
                introduction.updatedAt(),
                introduction.expiresAt());
    }

    private static String requesterName(Introduction introduction, Party party) {
        boolean hidden = party == Party.RECIPIENT && introduction.requesterAnonymous() && !introduced(introduction);
        return hidden ? null : introduction.requesterName();
    }

    private static String recipientName(Introduction introduction, Party party) {
        boolean hidden = party == Party.REQUESTER && introduction.recipientAnonymous() && !introduced(introduction);
        return hidden ? null : introduction.recipientName();
    }

    private static boolean introduced(Introduction introduction) {
        return introduction.status() == IntroductionStatus.INTRODUCED;
    }
}
