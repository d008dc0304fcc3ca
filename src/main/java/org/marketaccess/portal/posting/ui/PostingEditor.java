package org.marketaccess.portal.posting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.posting.PostingDetails;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.UnverifiedNotice;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The editor of a member's own posting of one kind: a new one at {@code path/edit}, an existing one
 * at {@code path/edit/<id>}; its {@link PostingForm}, its status, and the moves save as draft,
 * publish and close (a kind may add its own, {@link #move}). What the service refuses is shown at
 * the fields or above the buttons. The page titles are the translation keys {@code path.new} and
 * {@code path.edit}. A kind's browserless tests find its parts by id: {@code posting-title},
 * {@code posting-save}, {@code posting-publish}, {@code posting-close}, {@code posting-status} and
 * {@code posting-form-error}.
 *
 * @param <I> the kind's id
 * @param <D> the kind's command record
 * @param <V> the kind's posting as its service shows it
 */
public abstract class PostingEditor<I, D extends Record, V extends PostingDetails<I, D>> extends VerticalLayout
        implements HasUrlParameter<String>, HasDynamicTitle {

    /** What the editor asks of the kind's service. */
    public record Commands<I, D, V>(
            Function<String, I> parse,
            Function<I, Optional<V>> find,
            Function<D, I> create,
            Update<I, D, V> update,
            Move<I, V> publish,
            Move<I, V> close) {}

    @FunctionalInterface
    public interface Update<I, D, V> {
        V update(I id, D draft, long expectedVersion);
    }

    @FunctionalInterface
    public interface Move<I, V> {
        V move(I id, long expectedVersion);
    }

    final TextField title;
    final Button save = new Button();
    final Button publish = new Button();
    final Button close = new Button();
    final Span status = new Span();
    final Div formError = new Div();
    protected final PostingForm<D> form;
    private final H2 heading = new H2();
    private final HorizontalLayout statusLine;
    private final HorizontalLayout buttons;
    private final String path;
    private final Commands<I, D, V> commands;
    private I id;
    private long version;

    protected PostingEditor(
            String path, PostingForm<D> form, Commands<I, D, V> commands, OrganizationService organizations) {
        this.path = path;
        this.form = form;
        this.commands = commands;
        this.title = form.title;
        addClassName("posting-editor");
        title.setId("posting-title");
        save.setId("posting-save");
        publish.setId("posting-publish");
        close.setId("posting-close");
        status.setId("posting-status");
        formError.setId("posting-form-error");
        save.setText(getTranslation("posting.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> act(this::saveDraft, "posting.saved"));
        publish.setText(getTranslation("posting.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> act(
                () -> {
                    saveDraft();
                    return commands.publish().move(id, version);
                },
                "posting.published"));
        close.setText(getTranslation("posting.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> act(() -> commands.close().move(id, version), "posting.closed"));
        formError.addClassName("form-error");
        formError.setVisible(false);
        statusLine = new HorizontalLayout(new Span(getTranslation("postings.status") + ":"), status);
        buttons = new HorizontalLayout(save, publish, close);
        add(heading, statusLine, form, formError, buttons);
        showNew();
        if (!organizations.currentMembership().map(MemberOf::verified).orElse(false)) {
            UnverifiedNotice.lock(this, heading);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter == null) {
            show(null);
            return;
        }
        V details = commands.find()
                .apply(commands.parse().apply(parameter))
                .filter(PostingDetails::mine)
                .orElse(null);
        if (details == null) {
            removeAll();
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        show(details);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(path + (id == null ? ".new" : ".edit"));
    }

    /** A move of the kind's own, a button before "Close"; {@code doneKey} is what it says when done. */
    protected Button move(String textKey, Move<I, V> move, String doneKey) {
        Button button = new Button(getTranslation(textKey));
        button.addClickListener(click -> act(() -> move.move(id, version), doneKey));
        buttons.addComponentAtIndex(buttons.indexOf(close), button);
        return button;
    }

    /** Something the kind says under the status line. */
    protected void addUnderStatus(Component note) {
        addComponentAtIndex(indexOf(statusLine) + 1, note);
    }

    /** The translation key of the status as the owner reads it. */
    protected String statusKey(V details) {
        return "posting.status." + details.status();
    }

    /** The kind shows what is its own of the posting; null for a new one. */
    protected void shown(V details) {}

    /** A new posting was saved: the kind may show what the service added to it. */
    protected void created(V details) {}

    private V saveDraft() {
        if (id == null) {
            id = commands.create().apply(form.write());
            V created = commands.find().apply(id).orElseThrow();
            version = created.version();
            created(created);
            return created;
        }
        V updated = commands.update().update(id, form.write(), version);
        version = updated.version();
        return updated;
    }

    private void act(Supplier<V> action, String doneKey) {
        formError.setVisible(false);
        try {
            V result = action.get();
            form.clearErrors();
            show(result);
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, path + "/edit/" + id));
        } catch (InvalidInputException invalid) {
            String unplaced = form.showErrors(invalid.fieldErrors());
            formError.setText(unplaced == null ? getTranslation("posting.fix-errors") : unplaced);
            formError.setVisible(true);
        } catch (OptimisticLockingFailureException | IllegalTransitionException stale) {
            formError.setText(getTranslation("posting.changed-elsewhere"));
            formError.setVisible(true);
        }
    }

    private void showNew() {
        id = null;
        version = 0;
        heading.setText(getTranslation(path + ".new"));
        status.setText(getTranslation("posting.status.DRAFT"));
        publish.setVisible(true);
        close.setVisible(false);
    }

    private void show(V details) {
        if (details == null) {
            showNew();
            shown(null);
            return;
        }
        id = details.id();
        version = details.version();
        heading.setText(getTranslation(path + ".edit"));
        form.read(details.content());
        status.setText(getTranslation(statusKey(details)));
        boolean editable = details.status().editable();
        save.setEnabled(editable);
        publish.setVisible(details.status() == PostingStatus.DRAFT);
        close.setVisible(editable);
        shown(details);
    }
}
