package org.marketaccess.portal.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class NeedServiceIT {

    @Autowired
    NeedService needs;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    DatabaseCounts counts;

    String startup;
    String otherStartup;
    String provider;

    @BeforeEach
    void organizations() {
        startup = members.member(OrganizationType.STARTUP, true);
        otherStartup = members.member(OrganizationType.STARTUP, true);
        provider = members.member(OrganizationType.PROVIDER, true);
    }

    @Test
    void aDraftIsPublishedThenClosedAndTheAuditTrailFollows() {
        NeedId id = actAs.user(startup, () -> needs.create(Postings.need("Pilot site for COPD monitoring")));
        NeedDetails published = actAs.user(startup, () -> needs.publish(id, v(id)));
        assertThat(published.status()).isEqualTo(PostingStatus.PUBLISHED);
        NeedDetails closed = actAs.user(startup, () -> needs.close(id, published.version()));
        assertThat(closed.status()).isEqualTo(PostingStatus.CLOSED);
        assertThat(counts.auditRows("NEED_PUBLISHED", id.toString())).isEqualTo(1);
        assertThat(counts.auditRows("NEED_CLOSED", id.toString())).isEqualTo(1);
        assertThatThrownBy(() -> actAs.user(startup, () -> needs.update(id, Postings.need("again"), closed.version())))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anUnverifiedStartupCannotPost() {
        String unverified = members.member(OrganizationType.STARTUP, false);
        assertThatThrownBy(() -> actAs.user(unverified, () -> needs.create(Postings.need("Too early"))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("organization", "posting.organization-not-verified"));
    }

    /** Issue 14's probe: a provider the program has not verified browsed every published need. */
    @Test
    void aProviderNotVerifiedYetSeesNoPublishedNeed() {
        String title = TestData.unique("Published for verified providers");
        NeedId id = actAs.user(startup, () -> needs.create(Postings.need(title)));
        actAs.user(startup, () -> needs.publish(id, needs.find(id).orElseThrow().version()));
        String unverified = members.member(OrganizationType.PROVIDER, false);

        actAs.user(unverified, () -> {
            assertThat(needs.find(id)).isEmpty();
            assertThatThrownBy(() -> needs.published(title, null, null, PageRequest.of(0, 10)))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                            .containsEntry("organization", "posting.organization-not-verified.browse"));
        });
        assertThat(actAs.user(provider, () -> needs.find(id)))
                .as("a verified provider still sees it")
                .isPresent();
    }

    @Test
    void anotherStartupCannotOpenEditPublishOrCloseADraftByItsId() {
        NeedId draft = actAs.user(startup, () -> needs.create(Postings.need("Our secret draft")));
        Map<String, Long> before = counts.snapshot();

        actAs.user(otherStartup, () -> {
            assertThat(needs.find(draft)).isEmpty();
            for (long version = 0; version < 3; version++) {
                long guess = version;
                assertThatThrownBy(() -> needs.update(draft, Postings.need("Hijacked"), guess))
                        .isInstanceOf(InvalidInputException.class);
                assertThatThrownBy(() -> needs.publish(draft, guess)).isInstanceOf(InvalidInputException.class);
                assertThatThrownBy(() -> needs.close(draft, guess)).isInstanceOf(InvalidInputException.class);
            }
        });
        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(actAs.user(
                        startup, () -> needs.find(draft).orElseThrow().content().title()))
                .isEqualTo("Our secret draft");
    }

    @Test
    void providersSeePublishedNeedsOnlyAndProvidersCannotWriteNeeds() {
        NeedId draft = actAs.user(startup, () -> needs.create(Postings.need("Still a draft")));
        NeedId published = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need("Published need"));
            needs.publish(id, v(id));
            return id;
        });
        actAs.user(provider, () -> {
            assertThat(needs.find(draft)).isEmpty();
            assertThat(needs.find(published)).isPresent();
            assertThatThrownBy(() -> needs.create(Postings.need("Not mine to write")))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void anAnonymousNeedNeverNamesItsStartupToProvidersButDoesToItsOwnerAndTheProgram() {
        NeedId id = actAs.user(startup, () -> {
            NeedId created = needs.create(Postings.need("Stealth pilot", "Stealth product.", true));
            needs.publish(created, v(created));
            return created;
        });
        NeedDetails seenByProvider = actAs.user(provider, () -> needs.find(id).orElseThrow());
        assertThat(seenByProvider.organization()).isNull();
        assertThat(seenByProvider.toString()).doesNotContain("Test Org");
        NeedSummary listed =
                actAs.user(provider, () -> needs.published("Stealth pilot", null, null, PageRequest.of(0, 10))
                        .getContent()
                        .getFirst());
        assertThat(listed.organizationName()).isNull();

        assertThat(actAs.user(startup, () -> needs.find(id).orElseThrow().organization()))
                .isNotNull();
        assertThat(actAs.user(
                        TestData.DEMO_PROGRAM_MANAGER,
                        () -> needs.find(id).orElseThrow().organization()))
                .isNotNull();
    }

    @Test
    void publishingNeedsEverythingAProviderJudgesBy() {
        NeedId id = actAs.user(
                startup,
                () -> needs.create(new NeedDraft(
                        "Only a title", null, null, null, null, null, null, null, null, null, false, false, null)));
        assertThatThrownBy(() -> actAs.user(startup, () -> needs.publish(id, v(id))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsKeys(
                                "description",
                                "sought",
                                "categories",
                                "clinicalAreas",
                                "careSettings",
                                "regions",
                                "stage"));
        assertThat(actAs.user(startup, () -> needs.find(id).orElseThrow().status()))
                .isEqualTo(PostingStatus.DRAFT);
    }

    @Test
    void aNeedKeepsTheLanguageChosenElseTheOneItsTextIsWrittenIn() {
        NeedId catalan = actAs.user(
                startup,
                () -> needs.create(Postings.need(
                        "Seguiment a domicili de la insuficiència cardíaca",
                        "Busquem un hospital per validar el seguiment a casa dels pacients amb insuficiència cardíaca.",
                        false)));
        assertThat(actAs.user(
                        startup,
                        () -> needs.find(catalan).orElseThrow().content().language()))
                .isEqualTo("ca");
        NeedId chosen = actAs.user(startup, () -> needs.create(language(Postings.need("Telemonitoring"), "es")));
        assertThat(actAs.user(
                        startup,
                        () -> needs.find(chosen).orElseThrow().content().language()))
                .isEqualTo("es");
        assertThatThrownBy(() ->
                        actAs.user(startup, () -> needs.create(language(Postings.need("Télésurveillance"), "fr"))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("language", "posting.language.unknown"));
    }

    private static NeedDraft language(NeedDraft draft, String language) {
        return new NeedDraft(
                draft.title(),
                draft.description(),
                draft.sought(),
                draft.categories(),
                draft.clinicalAreas(),
                draft.careSettings(),
                draft.stage(),
                draft.certifications(),
                draft.integrations(),
                draft.regions(),
                draft.anonymous(),
                false,
                language);
    }

    @Test
    void unknownTaxonomyCodesAreRefused() {
        NeedDraft draft = new NeedDraft(
                "Title",
                "Text",
                null,
                java.util.List.of("quantum-healing"),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                null);
        assertThatThrownBy(() -> actAs.user(startup, () -> needs.create(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("categories", "taxonomy.unknown-code"));
    }

    @Test
    void tenThousandCharactersMarkupEmojiAndRightToLeftTextComeBackAsTheyWereWritten() {
        String prefix = "<script>alert('x')</script><b>bold</b> 🚀 مرحبا بالعالم שלום ";
        String description = prefix + "x".repeat(10_000 - prefix.length());
        assertThat(description).hasSize(10_000);
        String title = "<img src=x onerror=alert(1)> Ωmega 🚀 שלום";
        NeedId id = actAs.user(startup, () -> needs.create(Postings.need(title, description, false)));
        NeedDraft stored =
                actAs.user(startup, () -> needs.find(id).orElseThrow().content());
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.description()).isEqualTo(description);
    }

    @Test
    void textOverTheLimitOrWithControlCharactersIsRefusedWithAClearMessageAndNothingIsWritten() {
        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(
                        () -> actAs.user(startup, () -> needs.create(Postings.need("Long", "x".repeat(10_001), false))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("description", "need.description.too-long"));
        assertThatThrownBy(() -> actAs.user(startup, () -> needs.create(Postings.need("Bell\u0007", "Text", false))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "text.control-characters"));
        assertThatThrownBy(() -> actAs.user(startup, () -> needs.create(Postings.need("t".repeat(201)))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "need.title.too-long"));
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void aTitleWithAZeroWidthSpaceOrADirectionOverrideOrALineBreakIsRefusedAndNothingIsWritten() {
        Map<String, Long> before = counts.snapshot();
        Map<String, String> titles = Map.of(
                "Pilot\u200Bsite", "text.invisible-characters",
                "Pilot \u202Eetis", "text.bidi-controls",
                "Pilot\nsite", "text.line-breaks");
        titles.forEach((title, key) -> assertThatThrownBy(
                        () -> actAs.user(startup, () -> needs.create(Postings.need(title))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", key)));
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndNothingIsOverwritten() {
        NeedId id = actAs.user(startup, () -> needs.create(Postings.need("Original")));
        long seenByBoth = v(id);
        actAs.user(startup, () -> needs.update(id, Postings.need("First editor"), seenByBoth));
        assertThatThrownBy(
                        () -> actAs.user(startup, () -> needs.update(id, Postings.need("Second editor"), seenByBoth)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(actAs.user(
                        startup, () -> needs.find(id).orElseThrow().content().title()))
                .isEqualTo("First editor");
    }

    @Test
    void myNeedsAreFilteredByStatus() {
        actAs.user(startup, () -> {
            NeedId published = needs.create(Postings.need("A"));
            needs.publish(published, v(published));
            needs.create(Postings.need("B"));
            assertThat(needs.countMine(Set.of())).isEqualTo(2);
            assertThat(needs.countMine(Set.of(PostingStatus.DRAFT))).isEqualTo(1);
            assertThat(needs.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 10))
                            .getContent())
                    .extracting(NeedSummary::title)
                    .containsExactly("A");
        });
    }

    /** The version an editor would have loaded. */
    private long v(NeedId id) {
        return actAs.user(startup, () -> needs.find(id).orElseThrow().version());
    }
}
