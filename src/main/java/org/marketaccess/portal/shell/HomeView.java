package org.marketaccess.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.insight.PublicFigures;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationSummary;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * The portal's front page. A visitor who is not signed in reads the program's public landing page;
 * after login, each role finds what its organization or queue looks like, and what to do next.
 */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final boolean signedIn;

    HomeView(
            CurrentUser currentUser,
            OrganizationService organizations,
            AccountService accounts,
            TaxonomyService taxonomy,
            PublicFigures figures) {
        addClassName("home-view");
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            signedIn = false;
            add(new Landing(figures.now()));
            return;
        }
        signedIn = true;
        add(new H2(getTranslation("home.welcome", user.displayName())));
        switch (user.role()) {
            case Roles.STARTUP, Roles.PROVIDER -> add(memberHome(organizations, taxonomy));
            case Roles.PROGRAM_MANAGER -> add(programHome(organizations));
            case Roles.ADMIN -> add(adminHome(accounts));
            default -> add(new Paragraph(getTranslation("home.no-role")));
        }
    }

    @Override
    public String getPageTitle() {
        return signedIn ? getTranslation("nav.home") + " · " + getTranslation("app.name") : getTranslation("app.name");
    }

    private Component memberHome(OrganizationService organizations, TaxonomyService taxonomy) {
        Div content = new Div();
        OrganizationProfile organization = organizations.myOrganization().orElse(null);
        if (organization == null) {
            content.add(new Paragraph(getTranslation("home.member.no-organization")));
            return content;
        }
        Div card = card();
        card.add(new H3(organization.name()));
        card.add(line("home.organization.type", getTranslation("organization.type." + organization.type())));
        card.add(line("home.organization.region", taxonomy.label(TaxonomyKind.REGION, organization.region())));
        Span status = new Span(getTranslation("organization.status." + organization.status()));
        status.addClassNames(
                "status-badge", "status-" + organization.status().name().toLowerCase());
        status.setId("organization-status");
        Div statusLine = new Div(new Span(getTranslation("home.organization.status") + ": "), status);
        card.add(statusLine);
        if (organization.statusReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("home.organization.reason", organization.statusReason()));
            reason.setId("organization-status-reason");
            card.add(reason);
        }
        content.add(card);

        H3 nextTitle = new H3(getTranslation("home.next"));
        UnorderedList next = new UnorderedList();
        switch (organization.status()) {
            case PENDING_VERIFICATION -> {
                next.add(new ListItem(getTranslation("home.next.pending")));
                next.add(new ListItem(new Anchor("profile", getTranslation("home.next.complete-profile"))));
            }
            case REJECTED -> {
                next.add(new ListItem(getTranslation("home.next.rejected")));
                next.add(new ListItem(new Anchor("profile", getTranslation("home.next.fix-profile"))));
            }
            case VERIFIED -> {
                next.add(new ListItem(getTranslation("home.next.verified")));
                boolean startup = organization.type() == OrganizationType.STARTUP;
                next.add(new ListItem(new Anchor(
                        startup ? "needs/edit" : "opportunities/edit",
                        getTranslation(startup ? "home.next.post-need" : "home.next.post-opportunity"))));
                next.add(new ListItem(new Anchor(
                        startup ? "pilot-opportunities" : "innovation-needs",
                        getTranslation(startup ? "home.next.browse-opportunities" : "home.next.browse-needs"))));
                if (!organization.listedInDirectory()) {
                    next.add(new ListItem(new Anchor("profile", getTranslation("home.next.opt-in"))));
                }
                next.add(new ListItem(new Anchor("directory", getTranslation("home.next.directory"))));
                next.add(new ListItem(new Anchor("profile", getTranslation("home.next.keep-profile"))));
            }
        }
        content.add(nextTitle, next);
        return content;
    }

    private Component programHome(OrganizationService organizations) {
        Div content = new Div();
        Map<VerificationStatus, Long> counts = organizations.countByStatus();
        Div figures = new Div();
        figures.addClassName("figures");
        for (VerificationStatus status : VerificationStatus.values()) {
            figures.add(figure(getTranslation("organization.status." + status), counts.get(status)));
        }
        content.add(figures);
        H3 queue = new H3(getTranslation("home.program.oldest-pending"));
        content.add(queue);
        var pending = organizations.oldestPending();
        if (pending.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.program.none-pending")));
        } else {
            UnorderedList list = new UnorderedList();
            for (OrganizationSummary organization : pending) {
                list.add(new ListItem(new Anchor(
                        "organizations/" + organization.id(),
                        getTranslation(
                                "home.program.pending-line",
                                organization.name(),
                                getTranslation("organization.type." + organization.type()),
                                Dates.date(getLocale()).format(organization.createdAt())))));
            }
            content.add(list);
        }
        content.add(new Paragraph(new Anchor("organizations", getTranslation("home.program.open-queue"))));
        return content;
    }

    private Component adminHome(AccountService accounts) {
        Div content = new Div();
        Div figures = new Div();
        figures.addClassName("figures");
        accounts.countByRole().forEach((role, count) -> figures.add(figure(getTranslation("role." + role), count)));
        content.add(figures);
        content.add(new Paragraph(new Anchor("admin/accounts", getTranslation("home.admin.manage"))));
        return content;
    }

    private Div card() {
        Div card = new Div();
        card.addClassName("card");
        return card;
    }

    private Div figure(String label, Long value) {
        Span number = new Span(String.valueOf(value == null ? 0 : value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("figure");
        return figure;
    }

    private Div line(String labelKey, String value) {
        return new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
    }
}
