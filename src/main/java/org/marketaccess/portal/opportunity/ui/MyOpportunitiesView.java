package org.marketaccess.portal.opportunity.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.posting.ui.MyPostingsLayout;
import org.marketaccess.portal.shared.PostingStatus;

/** A provider's own pilot opportunities, drafts included, with their response deadlines. */
@Route("opportunities")
@Menu(title = "nav.my-opportunities", order = 20, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROVIDER)
class MyOpportunitiesView extends MyPostingsLayout<OpportunitySummary> {

    MyOpportunitiesView(OpportunityService opportunities, Clock clock) {
        super(
                new Kind("opportunities", List.of(PostingStatus.values())),
                opportunities::mine,
                // a published opportunity past its response deadline is no longer offered: say so to its owner
                row -> row.status() == PostingStatus.PUBLISHED
                                && row.responseDeadline() != null
                                && row.responseDeadline().isBefore(LocalDate.now(clock))
                        ? "posting.status.PUBLISHED_EXPIRED"
                        : "posting.status." + row.status(),
                List.of(new Column<>(
                        "opportunity.responseDeadline",
                        row -> row.responseDeadline() == null
                                ? ""
                                : row.responseDeadline().toString())));
    }
}
