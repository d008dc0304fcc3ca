package org.marketaccess.portal.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.marketaccess.portal.matching.LearnedWeights;
import org.marketaccess.portal.matching.RankingWeightsService;
import org.marketaccess.portal.matching.WeightLearner;
import org.marketaccess.portal.search.ScoreWeights;

/**
 * The ranking's weights learned from the program's decisions (decision 031): the current ones, what
 * they were learned from, how they did in the history replay, a relearn button and, for the
 * program, the decision history as a file.
 */
class LearnedWeightsPanel extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    final Paragraph version = new Paragraph();
    final Paragraph parts = new Paragraph();
    final Paragraph labels = new Paragraph();
    final Paragraph replay = new Paragraph();
    final Button relearn = new Button();
    private final RankingWeightsService weights;

    LearnedWeightsPanel(RankingWeightsService weights, boolean program) {
        this.weights = weights;
        setId("learned-weights");
        relearn.setText(getTranslation("insight.weights.relearn"));
        relearn.addClickListener(click -> {
            LearnedWeights learned = weights.relearn();
            Notification.show(getTranslation("insight.weights.relearned", learned.version()));
            show(learned);
        });
        add(version, parts, labels, replay, relearn);
        if (program) {
            Anchor history = new Anchor(this::exportHistory, getTranslation("insight.weights.download"));
            history.setId("decision-history");
            add(new Div(history));
        }
        show(weights.current());
    }

    void show(LearnedWeights current) {
        if (current.version() == 0) {
            version.setText(getTranslation("insight.weights.design"));
        } else if (!current.learned() && current.tooFewLabels()) {
            version.setText(getTranslation("insight.weights.too-few", current.labels(), WeightLearner.MIN_LABELS));
        } else if (!current.learned()) {
            version.setText(getTranslation("insight.weights.not-better"));
        } else {
            version.setText(getTranslation(
                    "insight.weights.version",
                    current.version(),
                    TIME.format(current.learnedAt()),
                    current.requestedBy()));
        }
        ScoreWeights w = current.weights();
        parts.setText(getTranslation(
                "insight.weights.parts",
                number(w.text()),
                number(w.clinical()),
                number(w.category()),
                number(w.setting()),
                number(w.requirementFactor()),
                number(w.regionFactor())));
        labels.setVisible(current.version() > 0);
        labels.setText(getTranslation(
                "insight.weights.labels",
                current.positives(),
                current.negatives(),
                current.setAside(),
                current.capacityDeclines()));
        replay.setVisible(current.version() > 0);
        replay.setText(
                current.replayNdcgLearned() == null
                        ? getTranslation("insight.weights.no-replay")
                        : getTranslation(
                                "insight.weights.replay",
                                current.replayTrainMonths(),
                                current.replayTestMonths(),
                                number(current.replayNdcgLearned()),
                                number(current.replayNdcgDesign())));
    }

    private void exportHistory(DownloadEvent event) throws IOException {
        event.setFileName("decision-history.jsonl");
        event.setContentType("application/x-ndjson");
        weights.exportHistory(new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
