package org.marketaccess.portal.introduction.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.matching.MatchDetail;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * One introduction request for whoever may see it: both postings side by side with the match score
 * and reasons, the state, and only the steps the caller may take now. Contact persons appear once
 * the introduction is made, because the service hands them out only then.
 */
@Route("introductions/:id")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class IntroductionDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div actions = new Div();

    private final IntroductionService introductions;
    private final MatchingService matching;
    private final TaxonomyService taxonomy;
    private IntroductionId id;

    private final ClusterService clusters;

    IntroductionDetailsView(
            IntroductionService introductions,
            MatchingService matching,
            TaxonomyService taxonomy,
            ClusterService clusters) {
        this.clusters = clusters;
        this.introductions = introductions;
        this.matching = matching;
        this.taxonomy = taxonomy;
        addClassName("introduction-details");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = IntroductionId.parse(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            id = null;
        }
        show();
    }

    private void show() {
        removeAll();
        Optional<IntroductionDetails> found = introductions.details(id);
        if (found.isEmpty()) {
            add(
                    new H2(getTranslation("introduction.details.title")),
                    new Paragraph(getTranslation("introduction.unknown")));
            return;
        }
        IntroductionDetails details = found.get();
        Span status = new Span(getTranslation("introduction.status." + details.status()));
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", details.status().name());
        add(new H2(getTranslation("introduction.details.title")), status);
        add(new Paragraph(getTranslation("introduction.party." + details.party())));
        add(sides(details));
        add(request(details));
        add(contacts(details));
        add(actions(details));
    }

    private Component sides(IntroductionDetails details) {
        Div needSide = side(
                getTranslation("introduction.details.need"),
                details.needTitle(),
                needOrganization(details),
                "needs/view/" + details.needId());
        Div opportunitySide = side(
                getTranslation("introduction.details.opportunity"),
                details.opportunityTitle(),
                opportunityOrganization(details),
                "opportunities/view/" + details.opportunityId());
        Div sides = new Div(needSide, opportunitySide);
        sides.addClassName("side-by-side");
        Div block = new Div();
        block.setWidthFull();
        Optional<MatchDetail> match = matching.match(details.needId(), details.opportunityId());
        match.ifPresent(found -> {
            Span score = new Span(
                    found.views().differs()
                            ? getTranslation(
                                    "introduction.details.match.views",
                                    Math.round(found.views().fromNeed()),
                                    Math.round(found.views().fromOpportunity()))
                            : getTranslation("introduction.details.match", Math.round(found.score())));
            score.addClassName("score-badge");
            score.setClassName("two-views", found.views().differs());
            block.add(score, reasons(found.explanation()));
        });
        block.add(sides);
        match.ifPresent(found -> block.add(new Anchor(
                "matches/" + details.needId() + "/" + details.opportunityId(),
                getTranslation("introduction.details.match.open"))));
        return block;
    }

    private Div side(String heading, String title, String organization, String href) {
        Div side = new Div(new H3(heading), new Anchor(href, title), new Paragraph(organization));
        side.addClassName("card");
        return side;
    }

    private Component reasons(MatchExplanation why) {
        Div reasons = new Div();
        reasons.addClassName("reasons");
        why.sharedClinicalAreas()
                .forEach(code -> reasons.add(chip(taxonomy.label(TaxonomyKind.CLINICAL_AREA, code), "chip")));
        why.sharedCategories().forEach(code -> reasons.add(chip(taxonomy.label(TaxonomyKind.CATEGORY, code), "chip")));
        why.sharedCareSettings()
                .forEach(code -> reasons.add(chip(taxonomy.label(TaxonomyKind.CARE_SETTING, code), "chip")));
        for (MatchExplanation.Missing missing : why.missing()) {
            String text =
                    switch (missing.kind()) {
                        case CERTIFICATION ->
                            getTranslation(
                                    "match.missing.certification",
                                    taxonomy.label(TaxonomyKind.CERTIFICATION, missing.code()));
                        case INTEGRATION ->
                            getTranslation(
                                    "match.missing.integration",
                                    taxonomy.label(TaxonomyKind.INTEGRATION, missing.code()));
                        case STAGE ->
                            getTranslation(
                                    "match.missing.stage",
                                    taxonomy.label(TaxonomyKind.STAGE, missing.code()),
                                    missing.needHas() == null
                                            ? "—"
                                            : taxonomy.label(TaxonomyKind.STAGE, missing.needHas()));
                        case REGION ->
                            getTranslation("match.missing.region", taxonomy.label(TaxonomyKind.REGION, missing.code()));
                    };
            reasons.add(chip(text, "chip missing"));
        }
        return reasons;
    }

    private static Span chip(String text, String classes) {
        Span chip = new Span(text);
        chip.addClassNames(classes.split(" "));
        return chip;
    }

    private String needOrganization(IntroductionDetails details) {
        String name =
                details.requesterType() == OrganizationType.STARTUP ? details.requesterName() : details.recipientName();
        return name == null ? getTranslation("introduction.anonymous") : name;
    }

    private String opportunityOrganization(IntroductionDetails details) {
        String name = details.requesterType() == OrganizationType.PROVIDER
                ? details.requesterName()
                : details.recipientName();
        return name == null ? getTranslation("introduction.anonymous") : name;
    }

    private Component request(IntroductionDetails details) {
        VerticalLayout request = new VerticalLayout();
        request.setPadding(false);
        String who = details.requestedBy() == null
                ? (details.requesterName() == null ? getTranslation("introduction.anonymous") : details.requesterName())
                : details.requestedBy();
        request.add(new Paragraph(getTranslation(
                "introduction.details.requested", who, Dates.date(getLocale()).format(details.createdAt()))));
        request.add(new H3(getTranslation("introduction.details.message")));
        Paragraph message = new Paragraph(details.message());
        message.addClassName("introduction-message");
        request.add(message);
        if (details.forProgram() != null) {
            var program = details.forProgram();
            Paragraph sides = new Paragraph(getTranslation(
                    "introduction.details.clusters",
                    clusters.name(program.requesterCluster()),
                    clusters.name(program.recipientCluster())));
            sides.addClassName("introduction-clusters");
            request.add(sides);
            if (program.decidedForCluster() != null) {
                Paragraph decided = new Paragraph(getTranslation(
                        "introduction.details.decided-for",
                        program.decidedBy(),
                        clusters.name(program.decidedForCluster())));
                decided.addClassName("introduction-decided-for");
                request.add(decided);
            }
        }
        if (details.programNote() != null) {
            Paragraph note = new Paragraph(getTranslation("introduction.details.program-note", details.programNote()));
            note.addClassName("program-note");
            request.add(note);
        }
        if (details.informationRequest() != null) {
            request.add(
                    new H3(getTranslation("introduction.details.question")),
                    new Paragraph(details.informationRequest()));
        }
        if (details.declineReason() != null) {
            Paragraph declined = new Paragraph(getTranslation(
                    "introduction.details.decline",
                    getTranslation("introduction.decline-reason."
                            + details.declineReason().code())));
            declined.addClassName("decline-reason");
            request.add(declined);
            if (details.declineNote() != null) {
                request.add(new Paragraph(details.declineNote()));
            }
        }
        if (details.status() == IntroductionStatus.AWAITING_RESPONSE && details.expiresAt() != null) {
            request.add(new Paragraph(getTranslation(
                    "introduction.details.answer-by", Dates.date(getLocale()).format(details.expiresAt()))));
        }
        if (details.outcome() != null) {
            Paragraph recorded = new Paragraph(getTranslation(
                    "introduction.details.outcome", getTranslation("introduction.outcome." + details.outcome())));
            recorded.addClassName("introduction-outcome");
            request.add(recorded);
            if (details.outcomeNote() != null) {
                request.add(new Paragraph(details.outcomeNote()));
            }
        }
        return request;
    }

    private Component contacts(IntroductionDetails details) {
        Div contacts = new Div();
        contacts.addClassName("introduction-contacts");
        if (details.contacts().isEmpty()) {
            if (details.party() != Party.PROGRAM) {
                contacts.add(new Paragraph(getTranslation("introduction.details.contacts.hidden")));
            }
            return contacts;
        }
        for (IntroductionDetails.Contacts side : details.contacts()) {
            contacts.add(new H3(getTranslation("introduction.details.contacts", side.organizationName())));
            if (side.persons().isEmpty()) {
                contacts.add(new Paragraph(getTranslation("introduction.details.contacts.none")));
            }
            UnorderedList list = new UnorderedList();
            for (ContactPersonData person : side.persons()) {
                ListItem item = new ListItem(person.name() + " — ");
                item.add(new Anchor("mailto:" + person.email(), person.email()));
                if (person.phone() != null && !person.phone().isBlank()) {
                    item.add(new Span(" — " + person.phone()));
                }
                item.addClassName("contact-person");
                list.add(item);
            }
            contacts.add(list);
        }
        return contacts;
    }

    private Component actions(IntroductionDetails details) {
        actions.removeAll();
        actions.add(new StepForm(introductions, details, this::show));
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("introduction.details.title");
    }
}
