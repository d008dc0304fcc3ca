package org.marketaccess.portal.dataset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.marketaccess.portal.dataset.Dataset;
import org.marketaccess.portal.dataset.DatasetImportService;
import org.marketaccess.portal.dataset.ImportReport;
import org.marketaccess.portal.dataset.LineProblem;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The program imports a data set: upload its files, then check-and-import. The import runs off the
 * request thread so that the progress bar can move for large files.
 */
@Route("import")
@Menu(title = "nav.import", order = 60, icon = "vaadin:upload")
@RolesAllowed(Roles.PROGRAM_MANAGER)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> FILES =
            Set.of(Dataset.ORGANIZATIONS, Dataset.NEEDS, Dataset.OPPORTUNITIES, Dataset.INTRODUCTIONS);

    final Upload upload = new Upload();
    final Button run = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div result = new Div();
    final Grid<LineProblem> problems = new Grid<>();
    private final Set<String> received = new TreeSet<>();
    private final Span receivedText = new Span();
    private final DatasetImportService imports;
    private final Path directory;

    ImportView(DatasetImportService imports) {
        this.imports = imports;
        try {
            directory = Files.createTempDirectory("portal-import");
            directory.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upload.setMaxFiles(3);
        upload.setAcceptedFileTypes(".jsonl");
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            String name = metadata.fileName();
            if (FILES.contains(name)) {
                Files.move(file.toPath(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                directory.resolve(name).toFile().deleteOnExit();
            } else {
                Files.deleteIfExists(file.toPath());
            }
            getUI().ifPresent(ui -> ui.access(() -> received(name)));
        }));
        run.setText(getTranslation("import.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.addClickListener(click -> start());
        progress.setVisible(false);
        problems.addColumn(LineProblem::file)
                .setHeader(getTranslation("import.file"))
                .setAutoWidth(true);
        problems.addColumn(LineProblem::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        Grid.Column<LineProblem> fieldColumn = problems.addColumn(
                        problem -> problem.field() == null ? "" : problem.field())
                .setHeader(getTranslation("import.field"))
                .setAutoWidth(true);
        problems.addColumn(LineProblem::reason)
                .setHeader(getTranslation("import.reason"))
                .setFlexGrow(3);
        ScreenWidth.fit(problems, fieldColumn);
        problems.setVisible(false);
        result.setId("import-result");
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                upload,
                receivedText,
                run,
                progress,
                progressText,
                result,
                problems);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    private void received(String name) {
        if (FILES.contains(name)) {
            received.add(name);
            receivedText.setText(getTranslation("import.received", String.join(", ", received)));
            run.setEnabled(true);
        } else {
            receivedText.setText(getTranslation("import.unknown-file", name));
        }
    }

    private void start() {
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        result.setText("");
        problems.setVisible(false);
        Pace pace = new Pace(150_000_000L);
        Runnable work = new DelegatingSecurityContextRunnable(() -> {
            ImportReport report;
            try {
                report = imports.importDirectory(directory, (phase, done, total) -> {
                    // pushed to the browser: a few times a second at most, not once per row
                    if (pace.due(done == total)) {
                        ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            progressText.setText(getTranslation("import.progress", done, total, phase));
                        });
                    }
                });
            } catch (RuntimeException failure) {
                ui.access(() -> finished(null, failure));
                return;
            }
            ImportReport done = report;
            ui.access(() -> finished(done, null));
        });
        CompletableFuture.runAsync(work);
    }

    private void finished(ImportReport report, RuntimeException failure) {
        progress.setVisible(false);
        run.setEnabled(true);
        if (failure != null) {
            result.setText(getTranslation("import.failed"));
            return;
        }
        if (report.imported()) {
            result.setText(getTranslation(
                    "import.done",
                    report.organizations().toString(),
                    report.needs().toString(),
                    report.opportunities().toString(),
                    report.introductions().toString()));
        } else {
            result.setText(getTranslation("import.refused", report.problems().size()));
            problems.setItems(List.copyOf(report.problems()));
            problems.setVisible(true);
        }
    }

    /** Lets a step through at most once per interval, and always the last one. */
    private static final class Pace {
        private final long intervalNanos;
        private long last = Long.MIN_VALUE / 2;

        Pace(long intervalNanos) {
            this.intervalNanos = intervalNanos;
        }

        synchronized boolean due(boolean lastStep) {
            long now = System.nanoTime();
            if (lastStep || now - last >= intervalNanos) {
                last = now;
                return true;
            }
            return false;
        }
    }
}
