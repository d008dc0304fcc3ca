package org.marketaccess.portal.introduction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.RequestOptions;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;

/**
 * Asks for an introduction to another side's posting, reached from a match, a posting or a search
 * result: {@code ?opportunity=…} for a startup, {@code ?need=…} for a provider, and the caller's own
 * posting as the other parameter when it is already known.
 */
@Route("introductions/request")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
class IntroductionRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<RequestOptions.Choice> mine = new Select<>();
    final TextArea message = new TextArea();
    final Button send = new Button();
    final Paragraph problem = new Paragraph();

    private final IntroductionService introductions;
    private RequestOptions options;
    private boolean startup;

    IntroductionRequestView(IntroductionService introductions) {
        this.introductions = introductions;
        addClassName("introduction-request");
        setMaxWidth("52rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> need = query.getSingleParameter("need");
        Optional<String> opportunity = query.getSingleParameter("opportunity");
        add(
                new H2(getTranslation("introduction.request.title")),
                new Paragraph(getTranslation("introduction.request.intro")));
        try {
            NeedId needId = need.map(NeedId::parse).orElse(null);
            OpportunityId opportunityId = opportunity.map(OpportunityId::parse).orElse(null);
            options = introductions.requestOptions(needId, opportunityId);
            // the side the caller did not name is theirs: a startup names an opportunity
            startup = options.otherPostingId().equals(opportunity.orElse(null));
            String preselected = startup ? need.orElse(null) : opportunity.orElse(null);
            form(preselected);
        } catch (IllegalArgumentException | InvalidInputException | IllegalTransitionException refused) {
            problem.setText(getTranslation(key(refused)));
            problem.addClassName("error-text");
            add(problem);
        }
    }

    private void form(String preselected) {
        Span other = new Span(options.otherTitle()
                + " — "
                + (options.otherOrganization() == null
                        ? getTranslation("introduction.anonymous")
                        : options.otherOrganization()));
        other.addClassName("request-other");
        Paragraph otherLine = new Paragraph(getTranslation("introduction.request.other") + ": ");
        otherLine.add(other);
        add(otherLine);
        if (options.mine().isEmpty()) {
            problem.setText(getTranslation("introduction.request.mine.none"));
            add(problem);
            return;
        }
        mine.setLabel(getTranslation("introduction.request.mine"));
        mine.setItems(options.mine());
        mine.setItemLabelGenerator(choice -> choice.title()
                + " ("
                + getTranslation("introduction.request.score", Math.round(choice.score()))
                + (choice.taken() ? ", " + getTranslation("introduction.request.taken") : "")
                + ")");
        mine.setItemEnabledProvider(choice -> !choice.taken());
        mine.setWidthFull();
        options.mine().stream()
                .filter(choice -> choice.postingId().equals(preselected) && !choice.taken())
                .findFirst()
                .or(() -> options.mine().stream()
                        .filter(choice -> !choice.taken())
                        .findFirst())
                .ifPresent(mine::setValue);

        message.setLabel(getTranslation("introduction.request.message"));
        message.setHelperText(getTranslation("introduction.request.message.help"));
        message.setMaxLength(IntroductionService.MESSAGE_MAX);
        message.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        message.setWidthFull();
        message.setMinHeight("10rem");

        send.setText(getTranslation("introduction.request.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        add(mine, message, send);
    }

    private void send() {
        message.setInvalid(false);
        mine.setInvalid(false);
        RequestOptions.Choice choice = mine.getValue();
        if (choice == null) {
            mine.setErrorMessage(getTranslation("introduction.own-posting-required"));
            mine.setInvalid(true);
            return;
        }
        try {
            IntroductionId id = startup
                    ? introductions.request(
                            NeedId.parse(choice.postingId()),
                            OpportunityId.parse(options.otherPostingId()),
                            message.getValue())
                    : introductions.request(
                            NeedId.parse(options.otherPostingId()),
                            OpportunityId.parse(choice.postingId()),
                            message.getValue());
            Notification.show(getTranslation("introduction.request.sent"), 4000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(
                    IntroductionDetailsView.class, new com.vaadin.flow.router.RouteParameters("id", id.toString())));
        } catch (InvalidInputException invalid) {
            String key = invalid.fieldErrors().values().iterator().next();
            if (invalid.fieldErrors().containsKey("message")) {
                message.setErrorMessage(getTranslation(key));
                message.setInvalid(true);
            } else {
                mine.setErrorMessage(getTranslation(key));
                mine.setInvalid(true);
            }
        } catch (IllegalTransitionException refused) {
            mine.setErrorMessage(getTranslation(refused.messageKey()));
            mine.setInvalid(true);
        }
    }

    private static String key(RuntimeException refused) {
        if (refused instanceof InvalidInputException invalid) {
            return invalid.fieldErrors().values().iterator().next();
        }
        if (refused instanceof IllegalTransitionException transition) {
            return transition.messageKey();
        }
        return "introduction.other-unavailable";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("introduction.request.title");
    }
}
