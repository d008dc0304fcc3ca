package org.marketaccess.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionEvents.Change;
import org.marketaccess.portal.shared.PostingStatus;

/** Every action the trail can hold reads as words on the audit page, never as its code. */
class AuditActionLabelsTest {

    @Test
    void everyActionTheTrailCanHoldHasALabel() {
        List<String> actions = new ArrayList<>(List.of(
                "LOGIN_SUCCEEDED",
                "LOGIN_FAILED",
                "ACCOUNT_CREATED",
                "ACCOUNT_LOCKED",
                "ACCOUNT_UNLOCKED",
                "TWO_FACTOR_ENROLLED",
                "SECOND_FACTOR_SUCCEEDED",
                "SECOND_FACTOR_FAILED",
                "RECOVERY_CODE_USED",
                "TWO_FACTOR_RESET",
                "ACCOUNT_ROLE_CHANGED",
                "MANAGER_CLUSTERS_CHANGED",
                "ACCOUNT_ENABLED",
                "ACCOUNT_DISABLED",
                "PASSWORD_RESET_REQUESTED",
                "PASSWORD_RESET",
                "PASSWORD_CHANGED",
                "EMAIL_VERIFIED",
                "ORGANIZATION_REGISTERED",
                "ORGANIZATION_VERIFIED",
                "ORGANIZATION_REJECTED",
                "ORGANIZATION_RESUBMITTED",
                "ORGANIZATION_PROFILE_UPDATED",
                "ORGANIZATION_RENAME_PROPOSED",
                "ORGANIZATION_RENAMED",
                "ORGANIZATION_RENAME_DECLINED",
                "ORGANIZATION_MEMBER_INVITED",
                "ORGANIZATION_MEMBER_JOINED",
                "ORGANIZATION_MEMBER_REMOVED",
                "ORGANIZATION_MEMBER_LEFT",
                "ACCOUNT_DELETED",
                "ORGANIZATION_IMPORTED",
                "ORGANIZATION_REIMPORTED",
                "DATASET_IMPORTED"));
        for (PostingStatus status : PostingStatus.values()) {
            actions.add("NEED_" + status);
            actions.add("OPPORTUNITY_" + status);
        }
        for (Change change : Change.values()) {
            actions.add("INTRODUCTION_" + change);
        }
        ResourceBundle words = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        assertThat(actions).allSatisfy(action -> assertThat(words.containsKey("audit.action." + action))
                .as(action)
                .isTrue());
    }
}
