package org.marketaccess.portal.matching;

import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.internal.IndexSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/** The administrator's view of the search index and the rebuild action. */
@Service
@RolesAllowed(Roles.ADMIN)
public class IndexAdminService {

    private static final Logger log = LoggerFactory.getLogger(IndexAdminService.class);

    private final IndexSync sync;
    private final TaskExecutor executor;
    private final CurrentUser currentUser;

    IndexAdminService(
            IndexSync sync,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
            CurrentUser currentUser) {
        this.sync = sync;
        this.executor = executor;
        this.currentUser = currentUser;
    }

    public IndexStatus status() {
        return sync.status();
    }

    /**
     * Brings the index in line with the database now, as the start-up check does (changes whose
     * after-commit update is still on its way are indexed here already); returns how many postings
     * were indexed again.
     */
    public int catchUp() {
        return sync.reconcile();
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean startRebuild() {
        if (sync.isRebuilding()) {
            return false;
        }
        String reason = "requested by " + currentUser.require().email();
        executor.execute(() -> {
            try {
                sync.rebuild(reason);
            } catch (RuntimeException e) {
                log.warn("Index rebuild {} failed: {}", reason, e.getMessage());
            }
        });
        return true;
    }
}
