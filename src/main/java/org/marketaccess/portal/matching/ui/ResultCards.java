package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.search.PairScore;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * Result cards: title (a link), the other organization or "anonymous", the score out of 100, the
 * reasons (what both share, what is missing) and a snippet with the matching words marked. A card
 * is one element whose markup jsoup writes: every text and attribute is escaped by it, none is
 * taken as markup.
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

    /**
     * A card; {@code requestHref}, when given, adds a "Request introduction" link. A results page shows
     * a few dozen cards that never change once shown (the page replaces them all), so a card is one
     * element of the page's tree with its inside built as markup — by jsoup, which escapes every text
     * and attribute — rather than some fifty components each kept in the user's session.
     */
    Div card(ResultCard result, String href, String requestHref) {
        Document document = new Document("");
        // no spaces between elements (they would show); characters past ASCII as entities, so that
        // Java keeps the markup at one byte a character (a single "…" would double it in the session)
        document.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.US_ASCII);
        Element inside = document.appendElement("div");
        Element head = inside.appendElement("div").addClass("result-head");
        link(head, href, result.title()).addClass("result-title");
        if (result.score() != null) {
            head.appendElement("span")
                    .addClass("score-badge")
                    .attr("title", t("match.score.help"))
                    .text(t("match.score", format(result.score())));
        }
        if (result.otherView() != null) {
            inside.appendElement("span").addClass("other-view").text(t("match.other-view", format(result.otherView())));
        }
        if (result.awaitingAnswers() > 0) {
            // capacity-aware ranking says why this one sits lower than its score (decision 031)
            // a line of its own (a div), in the secondary colour of the line above
            inside.appendElement("div")
                    .addClass("capacity-note")
                    .addClass("other-view")
                    .text(t("match.capacity-lowered", result.awaitingAnswers()));
        }
        inside.appendElement("span")
                .addClass("result-organization")
                .text(
                        result.anonymous()
                                ? t(
                                        result.kind() == PostingKind.NEED
                                                ? "need.anonymous-startup"
                                                : "opportunity.anonymous-provider")
                                : result.organizationName());
        if (requestHref != null) {
            link(inside, requestHref, t("introduction.request.button")).addClass("request-introduction");
        }
        MatchExplanation why = result.explanation();
        if (why != null) {
            Element reasons = inside.appendElement("div").addClass("reasons");
            reasonChips(why).forEach(chips -> markup(reasons, chips));
            if (!why.matchingWords().isEmpty()) {
                reasons.appendElement("span").addClass("matching-words").text(matchingWords(why));
            }
        } else {
            markup(inside, new Chips(labels(result.clinicalAreas(), TaxonomyKind.CLINICAL_AREA), "chip"));
        }
        Element snippet = inside.appendElement("p").addClass("snippet");
        for (MatchExplanation.Segment segment : result.snippet()) {
            Element part = snippet.appendElement("span").text(segment.text());
            if (segment.match()) {
                part.addClass("hit");
            }
        }
        Div card = new Div();
        card.addClassName("result-card");
        card.getElement().setAttribute("data-posting", result.id());
        card.getElement().setProperty("innerHTML", inside.html());
        return card;
    }

    /** A link the router follows in the page (no reload), as Vaadin's own router links. */
    private static Element link(Element parent, String href, String text) {
        return parent.appendElement("a")
                .attr("href", href)
                .attr("router-link", "")
                .text(text);
    }

    private static void markup(Element parent, Chips chips) {
        Element div = parent.appendElement("div").addClass("chips");
        for (String label : chips.labels()) {
            Element chip = div.appendElement("span");
            for (String name : chips.className().split(" ")) {
                chip.addClass(name);
            }
            chip.text(label);
        }
    }

    /** One row of chips: their labels and the class each chip gets. */
    private record Chips(List<String> labels, String className) {}

    /** The rows of chips of a match's reasons, in the order they are shown. */
    private List<Chips> reasonChips(MatchExplanation why) {
        List<Chips> rows = new java.util.ArrayList<>();
        rows.add(new Chips(labels(why.sharedClinicalAreas(), TaxonomyKind.CLINICAL_AREA), "chip"));
        rows.add(new Chips(labels(why.sharedCategories(), TaxonomyKind.CATEGORY), "chip"));
        rows.add(new Chips(labels(why.sharedCareSettings(), TaxonomyKind.CARE_SETTING), "chip"));
        if (why.regionFits() && why.opportunityRegion() != null) {
            rows.add(new Chips(
                    List.of(t("match.region-fits", taxonomy.label(TaxonomyKind.REGION, why.opportunityRegion()))),
                    "chip"));
        }
        rows.add(new Chips(why.missing().stream().map(this::missing).toList(), "chip missing"));
        return rows;
    }

    private List<String> labels(List<String> codes, TaxonomyKind kind) {
        return codes.stream().map(code -> taxonomy.label(kind, code)).toList();
    }

    private String matchingWords(MatchExplanation why) {
        return t(
                "match.words",
                String.join(", ", why.matchingWords().stream().limit(12).toList()));
    }

    /** What the two postings share and what the opportunity requires that the need lacks (match page). */
    Div reasons(MatchExplanation why) {
        Div reasons = new Div();
        reasons.addClassName("reasons");
        reasonChips(why).forEach(row -> reasons.add(chips(row.labels(), row.className())));
        if (!why.matchingWords().isEmpty()) {
            Span words = new Span(matchingWords(why));
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

    private static Div chips(List<String> labels, String className) {
        Div chips = new Div();
        chips.addClassName("chips");
        for (String label : labels) {
            Span chip = new Span(label);
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
