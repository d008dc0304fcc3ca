package org.marketaccess.portal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the annotated test on the real PostgreSQL of {@code application-postgres-test.properties}.
 * Skipped with a visible reason when PostgreSQL cannot be reached, unless
 * {@code PORTAL_REQUIRE_POSTGRES=true} (as in CI), where it fails instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ActiveProfiles({"test", "postgres", "postgres-test"})
@ExtendWith(RequiresPostgres.class)
public @interface PostgresTest {}
