package org.marketaccess.portal.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.marketaccess.portal.organization.ContactPersonData;

@Entity
@Table(name = "contact_person")
class ContactPerson {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private String name;

    private String email;

    private String phone;

    private int position;

    protected ContactPerson() {}

    ContactPerson(UUID id, Organization organization, ContactPersonData data, int position) {
        this.id = id;
        this.organization = organization;
        this.position = position;
        update(data);
    }

    void update(ContactPersonData data) {
        ContactPersonData normalized = normalized(data);
        this.name = normalized.name();
        this.email = normalized.email();
        this.phone = normalized.phone();
    }

    /** Whether this entry names the person with this e-mail. */
    boolean names(String address) {
        return email.equalsIgnoreCase(address);
    }

    /** Erases the person named here; the entry stays, so that the organization keeps its contact slot. */
    void erase() {
        this.name = "Deleted person";
        this.email = "deleted@deleted.invalid";
        this.phone = null;
    }

    /** The values as stored: what a change compares against. */
    static ContactPersonData normalized(ContactPersonData data) {
        return new ContactPersonData(
                data.name().strip(),
                data.email().strip(),
                data.phone() == null || data.phone().isBlank()
                        ? null
                        : data.phone().strip());
    }

    ContactPersonData toData() {
        return new ContactPersonData(name, email, phone);
    }
}
