package org.marketaccess.portal.posting;

import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.posting.internal.PostingOverview;
import org.marketaccess.portal.posting.internal.PostingOverviewRepository;
import org.marketaccess.portal.shared.LikePatterns;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All postings of both kinds for the program, with filters; anonymous ones included with their names. */
@Service
@RolesAllowed(Roles.PROGRAM_MANAGER)
@Transactional(readOnly = true)
public class PostingOverviewService {

    private final PostingOverviewRepository postings;

    PostingOverviewService(PostingOverviewRepository postings) {
        this.postings = postings;
    }

    /**
     * @param kind a kind, or null for both
     * @param status a status or null for all
     * @param text part of the title or of the organization's name
     */
    public Page<PostingRow> postings(PostingKind kind, PostingStatus status, String text, Pageable pageable) {
        return postings.search(kind, status, LikePatterns.contains(text), pageable)
                .map(PostingOverview::toRow);
    }

    public long count(PostingKind kind, PostingStatus status, String text) {
        return postings.countSearch(kind, status, LikePatterns.contains(text));
    }
}
