package org.marketaccess.portal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One taxonomy code held by a posting, with the list it belongs to (e.g. CATEGORY, telehealth). */
@Embeddable
public record TermCode(
        @Column(name = "kind") String kind,
        @Column(name = "code") String code) {}
