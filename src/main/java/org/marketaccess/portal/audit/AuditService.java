package org.marketaccess.portal.audit;

import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.audit.internal.AuditEventRepository;
import org.marketaccess.portal.audit.internal.AuditRecord;
import org.marketaccess.portal.audit.internal.SubjectNames;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.LikePatterns;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail. Writing happens only by listening to the other features' events. */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional(readOnly = true)
public class AuditService {

    /** Rows per query while exporting: the export streams, it never holds the whole trail. */
    static final int EXPORT_PAGE = 1_000;

    /** Ids grow in the order rows are written, so the highest id is the newest entry. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    /** Days outside these years are refused rather than passed to the database. */
    private static final int FIRST_YEAR = 1;

    private static final int LAST_YEAR = 9999;

    /** The bounds of "any time": every day that a filter may name lies between them. */
    private static final Instant EARLIEST = startOf(LocalDate.of(FIRST_YEAR, 1, 1));

    private static final Instant AFTER_LATEST = startOf(LocalDate.of(LAST_YEAR + 1, 1, 1));

    private final AuditEventRepository records;
    private final SubjectNames names;

    AuditService(AuditEventRepository records, SubjectNames names) {
        this.records = records;
        this.names = names;
    }

    public Page<AuditEntry> recent(Pageable pageable) {
        return named(records.findAllByOrderByIdDesc(pageable).map(AuditRecord::toEntry));
    }

    /**
     * The entries that match, newest first (a sort in {@code pageable} is ignored).
     *
     * @throws InvalidInputException when the filter's days are out of order or out of range
     */
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        Criteria criteria = Criteria.of(filter);
        Pageable newestFirst = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST)
                : Pageable.unpaged(NEWEST_FIRST);
        return named(records.search(
                        criteria.actor,
                        criteria.action,
                        criteria.subjectType,
                        criteria.subjectId,
                        criteria.from,
                        criteria.until,
                        newestFirst)
                .map(AuditRecord::toEntry));
    }

    private Page<AuditEntry> named(Page<AuditEntry> page) {
        return new PageImpl<>(names.name(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** @throws InvalidInputException as {@link #search} */
    public long count(AuditFilter filter) {
        Criteria criteria = Criteria.of(filter);
        return records.countSearch(
                criteria.actor,
                criteria.action,
                criteria.subjectType,
                criteria.subjectId,
                criteria.from,
                criteria.until);
    }

    /** The actions that occur in the trail, sorted. */
    public List<String> actions() {
        return records.actions();
    }

    /** The subject types that occur in the trail, sorted. */
    public List<String> subjectTypes() {
        return records.subjectTypes();
    }

    /**
     * Writes the matching entries as CSV (UTF-8, RFC 4180, newest first), reading them in pages of
     * {@value #EXPORT_PAGE}. The stream is flushed, not closed: it belongs to the caller.
     *
     * @throws InvalidInputException as {@link #search}, before anything is written
     */
    public void exportCsv(AuditFilter filter, OutputStream out) {
        Criteria criteria = Criteria.of(filter);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        AuditCsv csv = new AuditCsv(writer);
        try {
            csv.header();
            long below = Long.MAX_VALUE;
            List<AuditEntry> page;
            do {
                page = records.exportPage(
                        criteria.actor,
                        criteria.action,
                        criteria.subjectType,
                        criteria.subjectId,
                        criteria.from,
                        criteria.until,
                        below,
                        PageRequest.ofSize(EXPORT_PAGE));
                for (AuditEntry entry : names.name(page)) {
                    csv.row(entry);
                }
                if (!page.isEmpty()) {
                    below = page.getLast().id();
                }
            } while (page.size() == EXPORT_PAGE);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filter checked and turned into query parameters. */
    private record Criteria(
            String actor, String action, String subjectType, String subjectId, Instant from, Instant until) {

        static Criteria of(AuditFilter filter) {
            AuditFilter f = filter == null ? AuditFilter.none() : filter;
            Map<String, String> errors = new LinkedHashMap<>();
            if (outOfRange(f.from())) {
                errors.put("from", "audit.filter.date-out-of-range");
            }
            if (outOfRange(f.to())) {
                errors.put("to", "audit.filter.date-out-of-range");
            }
            if (errors.isEmpty()
                    && f.from() != null
                    && f.to() != null
                    && f.from().isAfter(f.to())) {
                errors.put("to", "audit.filter.to-before-from");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Criteria(
                    LikePatterns.contains(f.actor()),
                    f.action(),
                    f.subjectType(),
                    f.subjectId(),
                    f.from() == null ? EARLIEST : startOf(f.from()),
                    f.to() == null ? AFTER_LATEST : startOf(f.to().plusDays(1)));
        }

        private static boolean outOfRange(LocalDate day) {
            return day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR);
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
