package org.marketaccess.portal.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface InAppNotificationRepository extends Repository<InAppNotification, Long> {

    InAppNotification save(InAppNotification notification);

    Optional<InAppNotification> findById(long id);

    long countByRecipientAndReadAtIsNull(String recipient);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from InAppNotification n where n.recipient = :recipient")
    int deleteAllByRecipient(@Param("recipient") String recipient);

    List<InAppNotification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

    @Modifying
    @Query("update InAppNotification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);
}
