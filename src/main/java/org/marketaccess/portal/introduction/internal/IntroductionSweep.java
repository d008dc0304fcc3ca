package org.marketaccess.portal.introduction.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.Duration;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds recipients before their response period ends and expires the requests nobody answered.
 * Each request is its own transaction: one that a recipient answers at the same moment loses
 * nothing, it is simply not expired.
 */
@Component
@EnableScheduling
public class IntroductionSweep {

    private static final Logger log = LoggerFactory.getLogger(IntroductionSweep.class);

    private final IntroductionService introductions;
    private final OnceAcrossNodes nodes;

    IntroductionSweep(IntroductionService introductions, OnceAcrossNodes nodes) {
        this.introductions = introductions;
        this.nodes = nodes;
    }

    /**
     * The periodic sweep, on one node of several (decision 033): the lock stays taken a minute after
     * it ended, so another node's timer firing a moment later skips this turn. Returns whether it ran here.
     */
    @Scheduled(
            initialDelayString = "${portal.introductions.sweep-interval:PT10M}",
            fixedDelayString = "${portal.introductions.sweep-interval:PT10M}")
    public boolean scheduledSweep() {
        return nodes.once("introduction-sweep", Duration.ofMinutes(1), Duration.ofMinutes(30), this::sweep);
    }

    /** Reminds and expires what is due now (each request once: its state moves). */
    public void sweep() {
        runAsSystem(() -> {
            int reminded = 0;
            int expired = 0;
            for (IntroductionId id : introductions.dueForReminder()) {
                reminded += attempt(() -> introductions.remind(id), id);
            }
            for (IntroductionId id : introductions.dueForExpiry()) {
                expired += attempt(() -> introductions.expire(id), id);
            }
            if (reminded + expired > 0) {
                log.info("Introductions: {} reminder(s) sent, {} request(s) expired", reminded, expired);
            }
        });
    }

    private static int attempt(java.util.function.BooleanSupplier step, IntroductionId id) {
        try {
            return step.getAsBoolean() ? 1 : 0;
        } catch (RuntimeException raced) {
            // answered or withdrawn meanwhile: the next sweep sees the new state
            log.info("Introduction {} not swept this time: {}", id, raced.getMessage());
            return 0;
        }
    }
}
