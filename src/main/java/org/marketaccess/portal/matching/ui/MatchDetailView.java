package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.MatchDetail;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** One need and one opportunity side by side: the score, what they share, what is missing, where their texts meet. */
@Route("matches/:needId/:opportunityId")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class MatchDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MatchingService matching;
    private final ResultCards cards;
    private final AuthenticationContext authentication;

    MatchDetailView(MatchingService matching, TaxonomyService taxonomy, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.matching = matching;
        this.cards = new ResultCards(this, taxonomy);
        addClassName("match-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<MatchDetail> found = parse(event).flatMap(ids -> matching.match(ids.need(), ids.opportunity()));
        if (found.isEmpty()) {
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        MatchDetail detail = found.get();
        MatchExplanation why = detail.explanation();
        add(
                new H2(getTranslation("match.title")),
                new Paragraph(getTranslation("match.explains")),
                cards.scoreBadge(detail.views(), detail.score()),
                cards.reasons(why));

        Div needSide = side(
                getTranslation("match.need"),
                detail.need().content().title(),
                detail.need().organizationHidden()
                        ? getTranslation("need.anonymous-startup")
                        : detail.need().organization().name(),
                "needs/view/" + detail.need().id(),
                why.needSnippet());
        Div opportunitySide = side(
                getTranslation("match.opportunity"),
                detail.opportunity().content().title(),
                detail.opportunity().organizationHidden()
                        ? getTranslation("opportunity.anonymous-provider")
                        : detail.opportunity().organization().name(),
                "opportunities/view/" + detail.opportunity().id(),
                why.opportunitySnippet());
        Div sides = new Div(needSide, opportunitySide);
        sides.addClassName("side-by-side");
        add(sides);
        boolean startup = authentication.hasRole(Roles.STARTUP) && detail.need().mine();
        boolean provider =
                authentication.hasRole(Roles.PROVIDER) && detail.opportunity().mine();
        if ((startup && detail.need().status() == PostingStatus.PUBLISHED)
                || (provider && detail.opportunity().status() == PostingStatus.PUBLISHED)) {
            Anchor request = new Anchor(
                    "introductions/request?need=" + detail.need().id() + "&opportunity="
                            + detail.opportunity().id(),
                    getTranslation("introduction.request.button"));
            request.addClassName("request-introduction");
            add(request);
        }
    }

    private static Div side(
            String heading,
            String title,
            String organization,
            String href,
            java.util.List<MatchExplanation.Segment> snippet) {
        H3 kind = new H3(heading);
        Div side = new Div(kind, new Anchor(href, title), new Paragraph(organization), ResultCards.snippet(snippet));
        side.addClassName("card");
        return side;
    }

    private record Ids(NeedId need, OpportunityId opportunity) {}

    private static Optional<Ids> parse(BeforeEnterEvent event) {
        try {
            return Optional.of(new Ids(
                    NeedId.parse(event.getRouteParameters().get("needId").orElse("")),
                    OpportunityId.parse(
                            event.getRouteParameters().get("opportunityId").orElse(""))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("match.title");
    }
}
