package org.marketaccess.portal.dataset.internal;

import java.nio.file.Path;
import org.marketaccess.portal.dataset.DatasetImportService;
import org.marketaccess.portal.dataset.ImportReport;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code scripts/import-data DIR}: the same import as the program manager's view, for the operator,
 * against the database of the active profile. Prints the report and exits 0 when imported, 1 when
 * the data set had bad lines (and nothing was written).
 */
@Component
@Order(100)
@ConditionalOnProperty("portal.import.dir")
class ImportCommand implements ApplicationRunner {

    private final DatasetImportService imports;
    private final ConfigurableApplicationContext context;

    ImportCommand(DatasetImportService imports, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path directory = Path.of(context.getEnvironment().getRequiredProperty("portal.import.dir"));
        System.out.println("Importing " + directory.toAbsolutePath());
        ImportReport report =
                SystemAuthentication.runAsSystem(() -> imports.importDirectory(directory, (phase, done, total) -> {
                    if (done == total || done % 1000 == 0) {
                        System.out.println("  " + done + "/" + total + " (" + phase + ")");
                    }
                }));
        System.out.println(report.describe());
        int code = report.imported() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
