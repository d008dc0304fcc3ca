package org.marketaccess.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** What the default profile (application.properties) configures, for tests that run it elsewhere. */
public final class DefaultProfile {

    private static final String DATA = "./data/portal";

    private DefaultProfile() {}

    /** The default profile's embedded database URL, with every option, on the database file {@code database}. */
    public static String databaseUrl(Path database) {
        Properties properties = new Properties();
        try (InputStream in = DefaultProfile.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = properties.getProperty("spring.datasource.url");
        if (!url.startsWith("jdbc:h2:file:" + DATA + ";")) {
            throw new IllegalStateException("the default profile's database is no longer " + DATA + ": " + url);
        }
        return url.replace(DATA, database.toAbsolutePath().toString());
    }
}
