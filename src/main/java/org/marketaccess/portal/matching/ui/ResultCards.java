package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.search.PairScore;
import org.marketaccess.portal.search.PostingKind;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * Result cards: title (a link), the other organization or "anonymous", the score out of 100, the
 * reasons (what both share, what is missing) and a snippet with the matching words marked. All
 * text is set as text, never as markup.
 */
final class ResultCards {

    private final Component owner;
    private final TaxonomyService taxonomy;

    ResultCards(Component owner, TaxonomyService taxonomy) {
        this.owner = owner;
        this.taxonomy = taxonomy;
    }

    Div card(ResultCard result, String href) {
        return card(result, href, null);
    }

    /** A card; {@code requestHref}, when given, adds a "Request introduction" link. */
    Div card(ResultCard result, String href, String requestHref) {
        Div card = new Div();
        card.addClassName("result-card");
        card.getElement().setAttribute("data-posting", result.id());
        Anchor title = new Anchor(href, result.title());
        title.addClassName("result-title");
        Div head = new Div(title);
        head.addClassName("result-head");
        if (result.score() != null) {
            Span score = new Span(t("match.score", format(result.score())));
            score.addClassName("score-badge");
            score.getElement().setAttribute("title", t("match.score.help"));
            head.add(score);
        }
        card.add(head);
        if (result.otherView() != null) {
            Span other = new Span(t("match.other-view", format(result.otherView())));
            other.addClassName("other-view");
            card.add(other);
        }
        Span organization = new Span(
                result.anonymous()
                        ? t(
                                result.kind() == PostingKind.NEED
                                        ? "need.anonymous-startup"
                                        : "opportunity.anonymous-provider")
                        : result.organizationName());
        organization.addClassName("result-organization");
        card.add(organization);
        if (requestHref != null) {
            Anchor request = new Anchor(requestHref, t("introduction.request.button"));
            request.addClassName("request-introduction");
            card.add(request);
        }
        MatchExplanation why = result.explanation();
        if (why != null) {
            card.add(reasons(why));
        } else {
            card.add(chips(result.clinicalAreas(), code -> taxonomy.label(TaxonomyKind.CLINICAL_AREA, code), "chip"));
        }
        card.add(snippet(result.snippet()));
        return card;
    }

    /** What the two postings share and what the opportunity requires that the need lacks. */
    Div reasons(MatchExplanation why) {
        Div reasons = new Div();
        reasons.addClassName("reasons");
        reasons.add(chips(why.sharedClinicalAreas(), code -> taxonomy.label(TaxonomyKind.CLINICAL_AREA, code), "chip"));
        reasons.add(chips(why.sharedCategories(), code -> taxonomy.label(TaxonomyKind.CATEGORY, code), "chip"));
        reasons.add(chips(why.sharedCareSettings(), code -> taxonomy.label(TaxonomyKind.CARE_SETTING, code), "chip"));
        if (why.regionFits() && why.opportunityRegion() != null) {
            reasons.add(chips(
                    List.of(why.opportunityRegion()),
                    code -> t("match.region-fits", taxonomy.label(TaxonomyKind.REGION, code)),
                    "chip"));
        }
        reasons.add(chips(why.missing().stream().map(this::missing).toList(), text -> text, "chip missing"));
        if (!why.matchingWords().isEmpty()) {
            Span words = new Span(t(
                    "match.words",
                    String.join(", ", why.matchingWords().stream().limit(12).toList())));
            words.addClassName("matching-words");
            reasons.add(words);
        }
        return reasons;
    }

    String missing(MatchExplanation.Missing missing) {
        return switch (missing.kind()) {
            case CERTIFICATION ->
                t("match.missing.certification", taxonomy.label(TaxonomyKind.CERTIFICATION, missing.code()));
            case INTEGRATION ->
                t("match.missing.integration", taxonomy.label(TaxonomyKind.INTEGRATION, missing.code()));
            case STAGE ->
                t(
                        "match.missing.stage",
                        taxonomy.label(TaxonomyKind.STAGE, missing.code()),
                        missing.needHas() == null ? "—" : taxonomy.label(TaxonomyKind.STAGE, missing.needHas()));
            case REGION -> t("match.missing.region", taxonomy.label(TaxonomyKind.REGION, missing.code()));
        };
    }

    static Paragraph snippet(List<MatchExplanation.Segment> segments) {
        Paragraph snippet = new Paragraph();
        snippet.addClassName("snippet");
        for (MatchExplanation.Segment segment : segments) {
            Span part = new Span(segment.text());
            if (segment.match()) {
                part.addClassName("hit");
            }
            snippet.add(part);
        }
        return snippet;
    }

    private static Div chips(List<String> codes, Function<String, String> label, String className) {
        Div chips = new Div();
        chips.addClassName("chips");
        for (String code : codes) {
            Span chip = new Span(label.apply(code));
            for (String name : className.split(" ")) {
                chip.addClassName(name);
            }
            chips.add(chip);
        }
        return chips;
    }

    /**
     * The pair's score: one number when both sides see the same, both labelled by side when a
     * requirement or region weighs differently for one of them.
     */
    Span scoreBadge(PairScore views, double callersView) {
        Span score = new Span(
                views.differs()
                        ? t("match.views", format(views.fromNeed()), format(views.fromOpportunity()))
                        : t("match.score", format(callersView)));
        score.addClassName("score-badge");
        score.setClassName("two-views", views.differs());
        score.getElement().setAttribute("title", t("match.score.help"));
        return score;
    }

    static String format(double score) {
        return Long.toString(Math.round(score));
    }

    private String t(String key, Object... parameters) {
        return owner.getTranslation(key, parameters);
    }
}
