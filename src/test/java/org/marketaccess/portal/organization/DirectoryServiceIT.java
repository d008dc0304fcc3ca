package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@WithAnonymousUser
class DirectoryServiceIT {

    @Autowired
    DirectoryService directory;

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Test
    void listsOnlyVerifiedOrganizationsThatOptedIn() {
        String tag = TestData.unique("dir");
        OrganizationId verifiedListed = register(tag + " listed", true, true);
        register(tag + " unlisted", false, true);
        register(tag + " pending", true, false);

        assertThat(names(new DirectoryQuery(tag, null, null))).containsExactly(tag + " listed");
        assertThat(directory.count(new DirectoryQuery(tag, null, null))).isEqualTo(1);
        assertThat(verifiedListed).isNotNull();
    }

    @Test
    void aRegionFilterIncludesTheRegionsNestedInIt() {
        assertThat(names(new DirectoryQuery(null, null, "new-england")))
                .contains("HeartLoop Health", "Harborview Community Hospital")
                .doesNotContain("Respira Analytics");
        assertThat(names(new DirectoryQuery(null, null, "europe")))
                .contains("Respira Analytics", "West Riding NHS Foundation Trust")
                .doesNotContain("HeartLoop Health");
        assertThat(names(new DirectoryQuery(null, null, "atlantis"))).isEmpty();
    }

    @Test
    void filtersByTypeAndFindsByNameWhateverTheCase() {
        assertThat(names(new DirectoryQuery("harborview", OrganizationType.PROVIDER, null)))
                .containsExactly("Harborview Community Hospital");
        assertThat(names(new DirectoryQuery("harborview", OrganizationType.STARTUP, null)))
                .isEmpty();
    }

    @Test
    void wildcardsInTheSearchTextAreLiteral() {
        assertThat(names(new DirectoryQuery("%", null, null))).isEmpty();
        assertThat(names(new DirectoryQuery("_", null, null))).isEmpty();
    }

    @Test
    void directoryEntriesCarryNoContactPerson() {
        assertThat(DirectoryEntry.class.getRecordComponents())
                .extracting(component -> component.getName())
                .containsExactly("id", "type", "name", "region", "website", "description");
    }

    private List<String> names(DirectoryQuery query) {
        return directory
                .search(query, PageRequest.of(0, 50))
                .map(DirectoryEntry::name)
                .getContent();
    }

    private OrganizationId register(String name, boolean listed, boolean verify) {
        return SystemAuthentication.runAsSystem(() -> {
            var base = TestData.registration(OrganizationType.STARTUP);
            OrganizationId id = registrations.register(new Registration(
                    base.fullName(),
                    base.email(),
                    base.password(),
                    base.type(),
                    name,
                    base.website(),
                    "yorkshire",
                    base.description(),
                    base.contactName(),
                    base.contactEmail(),
                    base.contactPhone(),
                    listed));
            if (verify) {
                organizations.verify(id, null, 0);
            }
            return id;
        });
    }
}
