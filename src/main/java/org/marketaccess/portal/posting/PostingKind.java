package org.marketaccess.portal.posting;

import java.util.UUID;

/** The two kinds of posting: a startup's need and a provider's pilot opportunity. */
public enum PostingKind {
    NEED("needs/view/"),
    OPPORTUNITY("opportunities/view/");

    private final String detailsPath;

    PostingKind(String detailsPath) {
        this.detailsPath = detailsPath;
    }

    /** Where a posting of this kind is shown. */
    public String detailsRoute(UUID id) {
        return detailsPath + id;
    }
}
