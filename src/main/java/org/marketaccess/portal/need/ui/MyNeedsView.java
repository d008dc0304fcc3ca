package org.marketaccess.portal.need.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.posting.ui.MyPostingsLayout;
import org.marketaccess.portal.shared.PostingStatus;

/** A startup's own needs, drafts included (a need is never awarded). */
@Route("needs")
@Menu(title = "nav.my-needs", order = 20, icon = "vaadin:lightbulb")
@RolesAllowed(Roles.STARTUP)
class MyNeedsView extends MyPostingsLayout<NeedSummary> {

    MyNeedsView(NeedService needs) {
        super(
                new Kind("needs", List.of(PostingStatus.DRAFT, PostingStatus.PUBLISHED, PostingStatus.CLOSED)),
                needs::mine,
                row -> "posting.status." + row.status(),
                List.of());
    }
}
