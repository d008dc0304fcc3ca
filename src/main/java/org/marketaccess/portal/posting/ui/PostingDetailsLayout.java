package org.marketaccess.portal.posting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import org.marketaccess.portal.posting.PostingDetails;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.Facts;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * The page of one posting as the caller may see it: its title, its organization (or the kind's word
 * for an anonymous one, never the name), its status, the organization's website, the kind's own
 * facts, and the link to ask for an introduction (the other side) or to edit it (its owner, while
 * editable). The organization's line is the span {@code posting-organization}.
 *
 * @param <I> the kind's id
 * @param <D> the kind's command record
 * @param <V> the kind's posting as its service shows it
 */
public abstract class PostingDetailsLayout<I, D extends Record, V extends PostingDetails<I, D>> extends VerticalLayout
        implements HasUrlParameter<String>, HasDynamicTitle {

    /**
     * The words and links of a kind.
     *
     * @param path its routes ({@code path/edit/<id>}) and the translation key {@code path.edit}
     * @param anonymousKey what an anonymous posting shows instead of its organization
     * @param requester the role of the other side, who may ask for an introduction
     * @param requestParameter the posting's parameter of {@code introductions/request}
     * @param find the posting of a URL parameter as the caller may see it
     * @param title a posting's title
     */
    public record Kind<D, V>(
            String path,
            String anonymousKey,
            String requester,
            String requestParameter,
            SerializableFunction<String, Optional<V>> find,
            SerializableFunction<D, String> title) {}

    final Span organization = new Span();
    private final Kind<D, V> kind;
    private final TaxonomyService taxonomy;
    private final AuthenticationContext authentication;
    private String title = "";

    protected PostingDetailsLayout(Kind<D, V> kind, TaxonomyService taxonomy, AuthenticationContext authentication) {
        this.kind = kind;
        this.taxonomy = taxonomy;
        this.authentication = authentication;
        addClassName("posting-details");
        organization.setId("posting-organization");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        V details = kind.find().apply(parameter).orElse(null);
        if (details == null) {
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        title = kind.title().apply(details.content());
        organization.setText(
                details.organizationHidden()
                        ? getTranslation(kind.anonymousKey())
                        : details.organization().name());
        Span status = new Span(getTranslation("posting.status." + details.status()));
        status.addClassName("status-badge");
        add(new H2(title), new Div(organization, new Span(" · "), status));
        underStatus(details);
        if (!details.organizationHidden() && details.organization().website() != null) {
            Anchor website = new Anchor(
                    details.organization().website(), details.organization().website());
            website.setTarget("_blank");
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(website);
        }
        content(details);
        if (!details.mine()
                && details.status() == PostingStatus.PUBLISHED
                && authentication.hasRole(kind.requester())) {
            Anchor request = new Anchor(
                    "introductions/request?" + kind.requestParameter() + "=" + details.id(),
                    getTranslation("introduction.request.button"));
            request.addClassName("request-introduction");
            add(request);
        }
        if (details.mine() && details.status().editable()) {
            add(new Anchor(kind.path() + "/edit/" + details.id(), getTranslation(kind.path() + ".edit")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The kind's own facts of the posting, after its website. */
    protected abstract void content(V details);

    /** Something the kind says under the status line; nothing by default. */
    protected void underStatus(V details) {}

    /** A labelled list of a taxonomy's codes, by their labels. */
    protected Div facts(String labelKey, TaxonomyKind kind, List<String> codes) {
        return Facts.codes(this, labelKey, codes, code -> taxonomy.label(kind, code));
    }

    /** No code, or the one code. */
    protected static List<String> optional(String code) {
        return code == null ? List.of() : List.of(code);
    }
}
